/* Tests of dates.c: every written form of a date and a clock time, one case a line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "harness.h"

static void test_date_forms(void)
{
    static const struct {
        const char *in;
        dt_order order;
        const char *iso; /* NULL: no date; "----" + MM-DD: no year */
        size_t len;      /* bytes read; 0: the whole input */
    } cases[] = {
        {"11 Jan. 2023 -", DT_DAY_FIRST, "2023-01-11", 12},
        {"11 January 2023", DT_DAY_FIRST, "2023-01-11", 0},
        {"January 11, 2023", DT_DAY_FIRST, "2023-01-11", 0},
        {"Sept. 4, 2024", DT_DAY_FIRST, "2024-09-04", 0},
        {"Oct. 7th", DT_DAY_FIRST, "----10-07", 0},
        {"7th of October 2024", DT_DAY_FIRST, "2024-10-07", 0},
        {"25-May-2017 09:01", DT_DAY_FIRST, "2017-05-25", 11},
        {"2023-01-11", DT_DAY_FIRST, "2023-01-11", 0},
        {"2023/01/11", DT_DAY_FIRST, "2023-01-11", 0},
        {"Wednesday, 11 January 2023", DT_DAY_FIRST, "2023-01-11", 0},
        {"Tue, 04/08/2025 - 11:30", DT_MONTH_FIRST, "2025-04-08", 15},
        {"Tue, 04/08/2025 - 11:30", DT_DAY_FIRST, "2025-08-04", 15},
        {"03/09/2025", DT_DAY_FIRST, "2025-09-03", 0},
        {"03/09/2025", DT_MONTH_FIRST, "2025-03-09", 0},
        {"12.03.2025", DT_MONTH_FIRST, "2025-03-12", 0}, /* stops: day first everywhere */
        {"14 / 05 / 2025", DT_MONTH_FIRST, "2025-05-14", 0}, /* 14 settles it */
        {"05/14/2025", DT_DAY_FIRST, "2025-05-14", 0},
        {"4/8/25", DT_MONTH_FIRST, "2025-04-08", 0},
        {"7.10.2024", DT_DAY_FIRST, "2024-10-07", 0},
        {"07-10-2024", DT_DAY_FIRST, "2024-10-07", 0},
        {"22 May", DT_DAY_FIRST, "----05-22", 0},
        {"MARCH 3, 2025", DT_DAY_FIRST, "2025-03-03", 0},
        {"29 February 2024", DT_DAY_FIRST, "2024-02-29", 0},
        {"29 February 2023", DT_DAY_FIRST, NULL, 0},
        {"31 Feb. 2023", DT_DAY_FIRST, NULL, 0},
        {"11 Janx 2023", DT_DAY_FIRST, NULL, 0},
        {"Brussels", DT_DAY_FIRST, NULL, 0},
        {"12345 Jan 2023", DT_DAY_FIRST, NULL, 0},
        {"9/11", DT_MONTH_FIRST, NULL, 0},      /* no year: an event's name, not read */
        {"24/7", DT_DAY_FIRST, NULL, 0},
        {"1.5.2", DT_DAY_FIRST, NULL, 0},       /* a version */
        {"3/4/2025/6", DT_DAY_FIRST, NULL, 0},
        {"March 2025", DT_DAY_FIRST, NULL, 0},  /* no day */
        {"may 5", DT_DAY_FIRST, NULL, 0},       /* the verb */
        {"Monday", DT_DAY_FIRST, NULL, 0},
        {"13/13/2025", DT_DAY_FIRST, NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dt_date d;
        size_t n = strlen(cases[i].in), k = dt_date_at(cases[i].in, n, cases[i].order, &d);
        char got[16] = "";
        if (k && d.year)
            dt_iso(&d, got);
        else if (k)
            snprintf(got, sizeof got, "----%02d-%02d", d.month, d.day);
        CHECK_STR(k ? got : NULL, cases[i].iso);
        if (k && cases[i].iso)
            CHECKF(k == (cases[i].len ? cases[i].len : n), "case %zu: read %zu bytes", i, k);
    }
    dt_date d;
    CHECK(dt_date_at("October 7, 2024", 15, DT_DAY_FIRST, &d) && d.month_first &&
          d.form == DT_NAMED);
    CHECK(dt_date_at("7 October 2024", 14, DT_DAY_FIRST, &d) && !d.month_first);
    CHECK(dt_date_at("Friday 7 March 2025", 19, DT_DAY_FIRST, &d) && d.weekday == 5);
}

static void test_time_forms(void)
{
    static const struct {
        const char *in;
        int h, m, s, mer;
        const char *zone;
        int offset;
        size_t len; /* 0: the whole input; (size_t)-1: not a time */
    } cases[] = {
        {"9:05", 9, 5, -1, 0, NULL, 0, 0},
        {"16:45", 16, 45, -1, 0, NULL, 0, 0},
        {"09:12:00 -0400", 9, 12, 0, 0, NULL, -240, 0},
        {"9 a.m.", 9, 0, -1, 1, NULL, 0, 0},
        {"10:30 A.M. EDT", 10, 30, -1, 1, "Eastern Daylight Time", 0, 0},
        {"1:32 P.M. EDT", 1, 32, -1, 2, "Eastern Daylight Time", 0, 0},
        {"11.30am", 11, 30, -1, 1, NULL, 0, 0},
        {"3pm CET", 3, 0, -1, 2, "Central European Time", 0, 0},
        {"12:00 GMT+1", 12, 0, -1, 0, "Greenwich Mean Time", 60, 0},
        {"2:14 I said", 2, 14, -1, 0, NULL, 0, 4},
        {"2:14-3:00", 2, 14, -1, 0, NULL, 0, 4},
        {"2:14 US time", 2, 14, -1, 0, NULL, 0, 4},
        {"347 AM CST", 3, 47, -1, 1, "Central Standard Time", 0, 0},
        {"1030 PM EST", 10, 30, -1, 2, "Eastern Standard Time", 0, 0},
        {"1030 AM", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"1075 PM CST", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"11.30", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"9", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"25:00", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"13 p.m.", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"3:1", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"3.5 m", 0, 0, 0, 0, NULL, 0, (size_t)-1},
        {"10:301", 0, 0, 0, 0, NULL, 0, (size_t)-1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dt_time t;
        size_t n = strlen(cases[i].in), k = dt_time_at(cases[i].in, n, &t);
        if (cases[i].len == (size_t)-1) {
            CHECKF(k == 0, "case %zu (%s): read as a time", i, cases[i].in);
            continue;
        }
        CHECKF(k == (cases[i].len ? cases[i].len : n), "case %zu (%s): read %zu bytes", i,
               cases[i].in, k);
        CHECKF(t.hour == cases[i].h && t.minute == cases[i].m && t.second == cases[i].s &&
                   t.meridiem == cases[i].mer,
               "case %zu (%s): %d:%d:%d %d", i, cases[i].in, t.hour, t.minute, t.second,
               t.meridiem);
        char zone[64] = "";
        if (t.zone_say)
            snprintf(zone, sizeof zone, "%.*s", (int)t.zone_say_len, t.zone_say);
        CHECK_STR(t.zone_say ? zone : NULL, cases[i].zone);
        CHECKF(t.offset_minutes == cases[i].offset, "case %zu: offset %d", i, t.offset_minutes);
    }
}

static void test_words(void)
{
    CHECK_INT(dt_month("Sept.", 5), 9);
    CHECK_INT(dt_month("DECEMBER", 8), 12);
    CHECK_INT(dt_month("Ma", 2), 0);
    CHECK_STR(dt_month_name(3), "March");
    CHECK(dt_month_name(13) == NULL);
    CHECK_INT(dt_weekday("Tues.", 5), 2);
    CHECK_INT(dt_weekday("sunday", 6), 7);
    CHECK_INT(dt_weekday("Sunny", 5), 0);
}

static void test_guess(void)
{
    static const struct {
        const char *text;
        dt_order want;
    } cases[] = {
        {"Remarks\n\nMarch 4, 2025\n\nWe met on 03/04/2025.", DT_MONTH_FIRST},
        {"Speech\n\n4 March 2025\n\nWe met on 03/04/2025.", DT_DAY_FIRST},
        {"Notice\n\nPosted 25/03/2025\n\nOn 03/04/2025, and October 7, 2024.", DT_DAY_FIRST},
        {"Briefing\n\n1:32 P.M. EDT\n\nQ On 03/04/2025?", DT_MONTH_FIRST},
        {"Briefing\n\n13:32 CET\n\nOn 03/04/2025.", DT_DAY_FIRST},
        {"Nothing tells 03/04/2025.", DT_DAY_FIRST},
        /* the same day by name settles it, whatever order the names are in */
        {"PRESS RELEASE\nDate: 07/02/2025\n\nThe Committee at its meeting today (February 7, 2025) decided.",
         DT_DAY_FIRST},
        {"Notice\n\n02/07/2025\n\nToday, 7 February 2025, it rose.", DT_MONTH_FIRST},
        /* an American statement's marks: a member's party and state, the capital */
        {"FOR IMMEDIATE RELEASE\n06/03/2025\n\nToday, Sen. Maria Cantwell (D-Wash.) introduced the bill.",
         DT_MONTH_FIRST},
        {"Release\n06/03/2025\n\nWASHINGTON, D.C. \xE2\x80\x93 The bill was introduced.", DT_MONTH_FIRST},
        /* look-alike: a British council's (Lab) is no party-and-state tag */
        {"Notice\n06/03/2025\n\nCllr Ann Lee (Lab) opened the park.", DT_DAY_FIRST},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECKF(dt_guess_order(cases[i].text, strlen(cases[i].text)) == cases[i].want, "case %zu", i);
}

int main(void)
{
    test_guess();
    test_date_forms();
    test_time_forms();
    test_words();
    return h_report("test_dates");
}
