/* dates: the one reader of dates and clock times, shared by the statement stage (a
 * header's date as ISO 8601) and the speech stage (how a date or time is said). The
 * words (months, weekdays, time zones) are data: data/en/months.txt, weekdays.txt,
 * zones.txt. */
#ifndef HD_DATES_H
#define HD_DATES_H

#include <stddef.h>

/* How a numeric date whose first two numbers could both be a day or a month is read:
 * 03/09/2025 is 3 September (day first) or March 9 (month first). A number above 12
 * settles it whatever the order. */
typedef enum dt_order { DT_DAY_FIRST, DT_MONTH_FIRST } dt_order;

typedef enum dt_form {
    DT_NAMED,   /* a month by name: 7 Oct. 2024, October 7, 2024, 25-May-2017 */
    DT_ISO,     /* 2024-10-07 */
    DT_NUMERIC  /* 07/10/2024, 7.10.2024, 14 / 05 / 2025 */
} dt_form;

typedef struct dt_date {
    int year;    /* 0 when the text gives none ("7 October") */
    int month;   /* 1..12 */
    int day;     /* 1..31, 0 when the text gives none ("October 2024" is not read) */
    int weekday; /* 1 (Monday) .. 7, 0 when none */
    dt_form form;
    int month_first; /* the text put the month before the day (October 7; 10/07/2024) */
    int day_of;      /* written "14th day of January 2025" */
} dt_date;

/* Reads a date at the start of s[0, n): an optional weekday ("Tuesday, ", "Tue, "),
 * then one of: "7 Oct. 2024", "7 October", "7th of October 2024", "October 7, 2024",
 * "Oct. 7th", "25-May-2017", "2024-10-07", "07/10/2024", "7.10.2024", "14 / 05 / 2025",
 * "4/8/25" (years of two digits are 2000-2069 or 1970-1999). Numeric forms need a
 * year; their order is `order` unless a number above 12 settles it. Returns the bytes
 * read (the date ends at a word boundary), or 0 when no valid date starts there. */
size_t dt_date_at(const char *s, size_t n, dt_order order, dt_date *out);

/* Writes "YYYY-MM-DD" (11 bytes with the NUL) when the date has a year and a day;
 * returns 0 otherwise. */
int dt_iso(const dt_date *d, char iso[11]);

typedef struct dt_time {
    int hour, minute, second; /* second -1 when not written */
    int meridiem;             /* 0 none, 1 a.m., 2 p.m. */
    size_t zone_at, zone_len; /* the zone's code in the text ("EDT"), len 0 when none */
    const char *zone_say;     /* how the zone is said ("Eastern Daylight Time"), or NULL */
    size_t zone_say_len;
    int zone_us;              /* a zone of the United States */
    int offset;               /* 1 when a numeric offset ("-0400", "+01:00") follows */
    int offset_minutes;       /* east of UTC */
} dt_time;

/* Reads a clock time at the start of s[0, n): "9:05", "16:45", "09:12:00", "9 a.m.",
 * "10:30 A.M.", "1:32 P.M. EDT", "09:12:00 -0400", "11.30am" (only with am/pm); a zone
 * is one of data/en/zones.txt. Returns the bytes read, or 0. */
size_t dt_time_at(const char *s, size_t n, dt_time *out);

/* How a statement writes its numeric dates, from the evidence in its first 32 KB:
 * numeric dates that a number above 12 settles, else the order of its dates with a
 * month name ("October 7, 2024" against "7 October 2024"), else month first when its
 * clock times are in zones of the United States; day first when nothing tells. */
dt_order dt_guess_order(const char *s, size_t n);

/* Month number of a name or abbreviation, any case, with or without a stop ("Sept."),
 * or 0. */
int dt_month(const char *w, size_t n);

/* The month's full name ("March"), or NULL for a number outside 1..12; static text. */
const char *dt_month_name(int month);

/* The weekday's full name ("Tuesday"), or NULL outside 1..7; static text. */
const char *dt_weekday_name(int weekday);

/* Weekday number (1 = Monday) of a name or abbreviation, any case, stop allowed, or 0. */
int dt_weekday(const char *w, size_t n);

#endif
