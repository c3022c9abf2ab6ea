/* Tests of statement.c: header fields, blocks, speakers, chapters, offsets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "prosody.h"
#include "util.h"
#include "data.h"
#include "speakers.h"
#include "statement.h"

static void test_byline(void)
{
    static const struct {
        const char *in, *role, *name;
    } cases[] = {
        {"by the NATO Secretary General Jens Stoltenberg together with the President",
         "NATO Secretary General", "Jens Stoltenberg"},
        {"by President of the European Commission Ursula von der Leyen at the summit",
         "President of the European Commission", "Ursula von der Leyen"},
        {"by the Director-General of the World Coastal Observatory Marta Lindqvist with guests",
         "Director-General of the World Coastal Observatory", "Marta Lindqvist"},
        {"by the Secretary General", "Secretary General", NULL},
        {"by Ana Ruiz", NULL, "Ana Ruiz"},
        {"by the President of the Alpine Energy Agency Dr. Helga Brunner at the forum",
         "President of the Alpine Energy Agency", "Dr. Helga Brunner"},
        {"by the Mayor of Eastport Lena Holt", "Mayor of Eastport", "Lena Holt"},
        {"Special Agent in Charge Victor Osei of the Calder Falls Field Office", "Special Agent in Charge", "Victor Osei"},
        {"U.S. Attorney Serena Abiodun", "U.S. Attorney", "Serena Abiodun"},
        /* a form of address before the name, the office after the comma */
        {"Rt Hon Marion Keldale MP, Secretary of State for Energy Security", "Secretary of State for Energy Security",
         "Marion Keldale"},
        {"The Hon. Ana Ruiz, Minister for Ports", "Minister for Ports", "Ana Ruiz"},
        {"Tomas Ferrando, Vice-President of the ECB", "Vice-President of the ECB", "Tomas Ferrando"},
        {"by An Taoiseach, Ciar\xC3\xA1n \xC3\x93 Duibhir TD, on the passing of a colleague", "Taoiseach",
         "Ciar\xC3\xA1n \xC3\x93 Duibhir"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *role = NULL, *name = NULL;
        CHECK_INT(spk_split_person(cases[i].in, &role, &name), HD_OK);
        CHECK_STR(role, cases[i].role);
        CHECK_STR(name, cases[i].name);
        free(role);
        free(name);
    }
}

static const char statement[] =
    "Press conference\n"
    "\n"
    "by the Chair of the Harbour Council Ines Varga following the autumn session\n"
    "\n"
    "  \xE2\x80\xA2 7 Oct. 2024 -\n"
    "  \xE2\x80\xA2 |\n"
    "  \xE2\x80\xA2 Last updated: 8 Oct. 2024 09:15\n"
    "\n"
    "(As delivered)\n"
    "\n"
    "Good morning, everyone.\n"
    "We met for two days. Mr. Okafor chaired the first one.\n"
    "\n"
    "Decisions\n"
    "\n"
    "The Council agreed on three points:\n"
    "  \xE2\x80\xA2 new berths for small boats;\n"
    "  \xE2\x80\xA2 a fund for repairs.\n"
    "(Applause)\n"
    "\n"
    "ENDS\n";

static void test_statement(void)
{
    hd_doc *d = NULL;
    hd_diag diag = {0};
    CHECK_INT(hd_doc_parse(statement, strlen(statement), NULL, &d, &diag), HD_OK);
    if (!d)
        return;
    hd_header h = hd_doc_header(d);
    CHECK_STR(h.kind, "Press conference");
    CHECK_STR(h.date, "2024-10-07");
    CHECK_STR(h.updated, "2024-10-08T09:15");
    CHECK_STR(h.delivery, "As delivered");
    CHECK(h.byline && strncmp(h.byline, "by the Chair", 12) == 0);
    CHECK_INT(d->nspeakers, 1);
    if (d->nspeakers) {
        CHECK_STR(d->speakers[0].name, "Ines Varga");
        CHECK_STR(d->speakers[0].role, "Chair of the Harbour Council");
    }
    CHECK_INT(d->nchapters, 3);
    if (d->nchapters == 3) {
        CHECK_STR(d->chapters[0].title, "Introduction");
        CHECK_STR(d->chapters[1].title, "Press conference");
        CHECK_STR(d->chapters[2].title, "Decisions");
    }
    static const struct {
        const char *kind, *speaker, *text;
        int chapter;
    } want[] = {
        {"title", NULL, "Press conference", 1},
        {"byline", NULL, "by the Chair of the Harbour Council Ines Varga following the autumn session", 1},
        {"meta", NULL, "7 Oct. 2024", 1},
        {"meta", NULL, "As delivered", 1},
        {"speech", "s1", "Good morning, everyone.", 2},
        {"speech", "s1", "We met for two days.", 2},
        {"speech", "s1", "Mr. Okafor chaired the first one.", 2},
        {"heading", NULL, "Decisions", 3},
        {"speech", "s1", "The Council agreed on three points:", 3},
        {"list", "s1", "new berths for small boats;", 3},
        {"list", "s1", "a fund for repairs.", 3},
        {"stage", NULL, "(Applause)", 3},
    };
    size_t n = hd_doc_sentence_count(d);
    CHECK_INT(n, sizeof want / sizeof *want);
    for (size_t i = 0; i < n && i < sizeof want / sizeof *want; i++) {
        hd_sentence s;
        CHECK_INT(hd_doc_sentence(d, i, &s), HD_OK);
        CHECK_STR(s.kind, want[i].kind);
        CHECK_STR(s.speaker, want[i].speaker);
        CHECK_STR(s.text, want[i].text);
        CHECK_INT(s.chapter, want[i].chapter);
        /* Offsets point at the sentence in the input. */
        CHECKF(s.end - s.start == strlen(want[i].text) &&
                   memcmp(statement + s.start, want[i].text, s.end - s.start) == 0,
               "sentence %zu: offsets %zu..%zu do not hold its text", i, s.start, s.end);
    }
    hd_sentence s;
    CHECK_INT(hd_doc_sentence(d, n, &s), HD_ERR_ARG);
    hd_doc_free(d);
}

static void test_plain_and_empty(void)
{
    hd_doc *d = NULL;
    hd_diag diag = {0};
    hd_parse_options o = hd_parse_options_default();
    o.plain = 1;
    const char *prose = "Press statement\n\nby nobody\n\nIt rained. We stayed in.";
    CHECK_INT(hd_doc_parse(prose, strlen(prose), &o, &d, &diag), HD_OK);
    CHECK_INT(hd_doc_sentence_count(d), 4);
    hd_sentence s;
    if (d && hd_doc_sentence(d, 0, &s) == HD_OK) {
        CHECK_STR(s.kind, "speech");
        CHECK(s.speaker == NULL);
    }
    CHECK(hd_doc_header(d).kind == NULL);
    hd_doc_free(d);

    d = NULL;
    CHECK_INT(hd_doc_parse(" \n\t\n", 4, NULL, &d, &diag), HD_ERR_EMPTY);
    CHECK(d == NULL);
    CHECK_INT(hd_doc_parse("", 0, NULL, &d, &diag), HD_ERR_EMPTY);
    CHECK_INT(hd_doc_parse("ok\n\xC3", 4, NULL, &d, &diag), HD_ERR_UTF8);
    CHECK_INT(diag.line, 2);
    CHECK_INT(diag.col, 1);
    /* A BOM and CRLF line ends change nothing but the offsets. */
    const char *crlf = "\xEF\xBB\xBFHello there.\r\nGoodbye.\r\n";
    CHECK_INT(hd_doc_parse(crlf, strlen(crlf), NULL, &d, &diag), HD_OK);
    CHECK_INT(hd_doc_sentence_count(d), 2);
    if (d && hd_doc_sentence(d, 1, &s) == HD_OK) {
        CHECK_STR(s.text, "Goodbye.");
        CHECK_INT(s.start, 17);
    }
    hd_doc_free(d);
}

/* What a listener must hear is said by the narrator even inside a sentence. */
/* Each sentence of `text` (its kind and whether a speaker, and which, says it), as
 * "kind:speaker-id:text" lines, for the tests that follow. */
static char *sentence_lines(const char *text)
{
    hd_doc *d = NULL;
    if (hd_doc_parse(text, strlen(text), NULL, &d, NULL) != HD_OK || !d)
        return NULL;
    size_t cap = 1, len = 0;
    char *out = calloc(1, 1);
    for (size_t i = 0; out && i < hd_doc_sentence_count(d); i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        size_t n = strlen(s.kind) + strlen(s.text) + (s.speaker ? strlen(s.speaker) : 1) + 4;
        if (len + n + 1 > cap) {
            cap = 2 * (len + n + 1);
            char *t = realloc(out, cap);
            if (!t) {
                free(out);
                out = NULL;
                break;
            }
            out = t;
        }
        len += (size_t)snprintf(out + len, cap - len, "%s:%s:%s\n", s.kind, s.speaker ? s.speaker : "-", s.text);
    }
    hd_doc_free(d);
    return out;
}

/* Who a label names: "KALL:" answering questions is a spokesperson's surname, not a
 * station's call letters, and "WAMC:" that asks is the station; a person, a comma,
 * then where they work; a first name in capitals that an acronym has too, as the
 * text writes it in mixed case. */
static void test_label_people(void)
{
    static const struct {
        const char *text, *said, *name, *outlet;
        int asks;
    } cases[] = {
        {"Briefing on the budget\n\nCHAIR: Welcome.\n\nQUESTION: When is the estimate out?\n\nKALL: In mid-May, "
         "as usual.\n\nQUESTION: A shortfall?\n\nKALL: I won't anticipate it.\n",
         "In mid-May, as usual.", "Kall", NULL, 0},
        {"Briefing on the budget\n\nCHAIR: Welcome.\n\nWAMC: When is the estimate out?\n\nCHAIR: In mid-May.\n",
         "When is the estimate out?", NULL, "WAMC", 1},
        {"Mayor Holds Media Availability on Snow Response\n\nMayor Dolores Varga: Good morning. Tessa?\n\n"
         "Commissioner Tessa Lind, NYC Emergency Management: Thanks, Mayor. Code Blue is in effect.\n\n"
         "Mayor Varga: Thank you.\n",
         "Code Blue is in effect.", "Tessa Lind", NULL, 0},
        {"PRESS BRIEFING\n\nUSEC. CASTRO: Next, Pia Gutierrez.\n\nPIA GUTIERREZ/ABS-CBN: How about sugar?\n\n"
         "USEC. CASTRO: Thanks.\n",
         "How about sugar?", "Pia Gutierrez", "ABS-CBN", 1},
        /* (call letters that read as no surname ask, question mark or not) */
        {"Press conference transcript\n\nMayor Ortiz: The flood waters are receding.\n\nKCBS: Mayor, a follow-up on "
         "the levee. When was it last inspected.\n\nMayor Ortiz: Last spring.\n",
         "When was it last inspected.", NULL, "KCBS", 1},
        {"Interview transcript\nJune 3, 2025\n\nHOST: Our guest today is the chief executive of Mcdonald Holdings, Angus "
         "McDonald.\n\nANGUS MCDONALD: Thanks. Mcdonald Holdings has grown fast.\n\nHOST: Why?\n\nANGUS MCDONALD: "
         "Demand.\n",
         "Demand.", "Angus McDonald", NULL, 0},
        /* letters that ask the person whose initials they are, who only answers: a
         * newspaper's; an interviewer's initials that ask as the interviewer did stay
         * the interviewer */
        {"Prime Minister's press conference\n3 March 2025\n\nFiona Taylor: Let me begin with the economy.\n\nFT: Prime "
         "Minister, will growth return?\n\nFiona Taylor: I am confident.\n",
         "Prime Minister, will growth return?", NULL, "FT", 1},
        {"Interview transcript\n\nFiona Taylor: Welcome. What brings you here?\n\nPaul Adams: The book.\n\nFT: And "
         "why now?\n\nPaul Adams: The time was right.\n",
         "And why now?", "Fiona Taylor", NULL, 0},
        /* a dateline's introduction, its senator's role written short: the quotation
         * is his, not the late senator's that the introduction names after him */
        {"STATEMENT ON THE DEATH OF FORMER SENATOR RUTH ELLERY\n\nWASHINGTON, D.C. (Feb. 9, 2025) \xE2\x80\x94 U.S. Sen. "
         "Colm Ardagh (D-Vt.) released the following statement on the passing of former Sen. Ruth Ellery:\n\n"
         "\"Ruth Ellery served Vermont for thirty years.\n\n\"My thoughts are with her family.\"\n",
         "\"My thoughts are with her family.\"", "Colm Ardagh", NULL, 0},
        /* a question the speaker answers in the same turn is no one else's; the
         * statement "from" the person the lead-in names at its end; the subject of
         * the verb, not the one met */
        {"Fiona Taylor: Good morning.\n\nFT: What does this mean for families? It means lower bills.\n\n"
         "Fiona Taylor: Now, housing.\n",
         "What does this mean for families?", "Fiona Taylor", NULL, 0},
        {"Senator recovering\n\nWASHINGTON, D.C. (May 2, 2024) \xE2\x80\x94 The office of Sen. Ida Marsh released the "
         "following statement from spokesperson Dan Roe:\n\n\"The senator is recovering well.\"\n",
         "\"The senator is recovering well.\"", "Dan Roe", NULL, 0},
        {"Press Release\n\nOTTAWA (Jan. 3, 2024) \xE2\x80\x94 Following a meeting with Premier Gail Stroud, Minister Ravi "
         "Dhillon released the following statement:\n\n\"We agreed on a path forward.\"\n",
         "\"We agreed on a path forward.\"", "Ravi Dhillon", NULL, 0},
        /* letters that are a word ask too; a lead-in that names the person first and
         * the role after, its dateline in the header's lead-in; no role from a
         * clause */
        {"Ian Tan: Good morning.\n\nIT: Is the plan funded?\n\nIan Tan: Yes.\n", "Is the plan funded?", NULL, "IT", 1},
        {"Press Release\n\nLONDON (12 March 2024) \xE2\x80\x94 Tim Agu, chief executive of the Harbour Trust, issued "
         "the following statement:\n\n\"This was a difficult decision.\"\n",
         "\"This was a difficult decision.\"", "Tim Agu", NULL, 0},
        /* the kind alone, an office and a name under it */
        {"Commencement Remarks\nJustice Maria Delgado\n\nThank you. Good morning, graduates!\n", "Thank you.",
         "Maria Delgado", NULL, 0},
        {"Statement on the library closures\n\nBRISTOL (4 April 2024) \xE2\x80\x94 Jo Bell, who chairs the Friends of "
         "Bristol Libraries, issued the following statement:\n\n\"We will fight this decision.\"\n",
         "\"We will fight this decision.\"", "Jo Bell", NULL, 0},
        {"Acceptance speech \xE2\x80\x94 Dr Leila Haddad\nLifetime Achievement Award, National Science Awards 2024\n\n"
         "Thank you so much.\n",
         "Thank you so much.", "Dr Leila Haddad", NULL, 0},
        /* a journalist and an outlet of one word in the label's brackets */
        {"UNHCR Press Conference\n\n12 June 2025\n\nHIGH COMMISSIONER (Filippo Arcangeli): Good morning.\n\n"
         "JOURNALIST (Elena Varga, Reuters): What does that mean for operations?\n\nHIGH COMMISSIONER: We cut staff "
         "costs.\n",
         "What does that mean for operations?", "Elena Varga", "Reuters", 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        const st_speaker *who = NULL;
        for (size_t i = 0; d && i < hd_doc_sentence_count(d); i++) {
            hd_sentence se;
            hd_doc_sentence(d, i, &se);
            for (size_t j = 0; se.speaker && j < d->nspeakers && strcmp(se.text, cases[k].said) == 0; j++)
                if (strcmp(d->speakers[j].id, se.speaker) == 0)
                    who = &d->speakers[j];
        }
        CHECKF(who && who->asks == cases[k].asks &&
                   (!cases[k].name || (who->name && strcmp(who->name, cases[k].name) == 0)) &&
                   (!cases[k].outlet || (who->outlet && strcmp(who->outlet, cases[k].outlet) == 0)),
               "case %zu: %s / %s", k, who && who->name ? who->name : "-", who && who->outlet ? who->outlet : "-");
        hd_doc_free(d);
    }
    /* a role alone: a seat's place after a member's word; a portfolio of several
     * words after "and" */
    {
        static const char *const seat[][3] = {
            {"Statement by the Member for Stoke-on-Trent\n\nI will vote against the bill. My constituents deserve better.\n",
             NULL, "Member for Stoke-on-Trent"},
            {"Statement by the Commissioner for Children and Young People about the inquiry\n\nThe inquiry will begin "
             "in June.\n",
             NULL, "Commissioner for Children and Young People"},
            /* (a style between the office and the name is neither's) */
            {"Statement by Senator the Hon. Tom Reid\n\nToday I announce my retirement. It has been an honour.\n",
             "Tom Reid", "Senator"},
            /* (a surname that is also an event's word: hers) */
            {"Statement\n\nMary Bill\nChair, Riverside Residents Association\n\nWe want a date for the repair.\n",
             "Mary Bill", "Chair, Riverside Residents Association"},
        };
        for (size_t k = 0; k < sizeof seat / sizeof *seat; k++) {
            hd_doc *sd = NULL;
            CHECK_INT(hd_doc_parse(seat[k][0], strlen(seat[k][0]), NULL, &sd, NULL), HD_OK);
            const st_speaker *sp = sd && sd->nspeakers == 1 ? &sd->speakers[0] : NULL;
            CHECKF(sp && (seat[k][1] ? sp->name && strcmp(sp->name, seat[k][1]) == 0 : !sp->name) && sp->role &&
                       strcmp(sp->role, seat[k][2]) == 0,
                   "seat %zu: %s", k, sp && sp->role ? sp->role : "-");
            hd_doc_free(sd);
        }
    }
    /* the person before the comma keeps where they work as their role */
    const char *panel = "Panel transcript\n\nModerator: Welcome to the panel.\n\nDr. Rosa Lima, Mount Sinai Hospital: Our "
                        "study covers five years.\n\nModerator: Thank you.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(panel, strlen(panel), NULL, &d, NULL), HD_OK);
    int kept = 0;
    for (size_t j = 0; d && j < d->nspeakers; j++)
        kept |= d->speakers[j].name && strstr(d->speakers[j].name, "Rosa Lima") && d->speakers[j].role &&
                strcmp(d->speakers[j].role, "Mount Sinai Hospital") == 0;
    CHECKF(kept, "Dr. Rosa Lima's hospital");
    hd_doc_free(d);
}

/* A kind's byline is the person, not what the statement is about or where it was
 * given; an office's "to" and a "on behalf of" are the person's. */
static void test_byline_person(void)
{
    static const struct {
        const char *text, *byline;
    } cases[] = {
        {"Statement by H.E. Ambassador Karolina Vesela on the National Day of Ostria\n\n1 October 2023\n\nToday we "
         "celebrate.\n",
         "by H.E. Ambassador Karolina Vesela"},
        {"Statement by Mr. Tomasi Veikune, Prime Minister of Lautoka, at the General Debate\n\nMr. President,\n\nI "
         "bring greetings.\n",
         "by Mr. Tomasi Veikune, Prime Minister of Lautoka"},
        {"Statement by the Permanent Representative to the United Nations\n\nWe welcome the vote.\n",
         "by the Permanent Representative to the United Nations"},
        {"Statement by the High Representative on behalf of the EU on the elections in Veloria\n\nThe EU notes the "
         "vote.\n",
         "by the High Representative on behalf of the EU"},
        {"Statement by the Special Rapporteur on the Right to Food Ana Ruiz\n\nToday I visited the district.\n",
         "by the Special Rapporteur on the Right to Food Ana Ruiz"},
        {"Remarks by the Ambassador at Large for Global Health\n\nThank you all.\n",
         "by the Ambassador at Large for Global Health"},
        {"Remarks by the Minister at the Department of Transport\n\nThank you all.\n",
         "by the Minister at the Department of Transport"},
        {"Statement by the Mayor of Newcastle upon Tyne\n\nThe bridge reopens today.\n",
         "by the Mayor of Newcastle upon Tyne"},
        {"Statement by the Assistant to the President on National Security Affairs\n\nWe welcome the talks.\n",
         "by the Assistant to the President on National Security Affairs"},
        /* a capitalised participle before an article opens what the remarks do
         * (look-alike: an office's participle, "the Presiding Officer") */
        {"Remarks by Governor Elaine Mercer Conceding the Race for U.S. Senate\n\nThank you.\n",
         "by Governor Elaine Mercer"},
        {"Remarks by the Presiding Officer of the Senate\n\nThank you.\n", "by the Presiding Officer of the Senate"},
        /* the same in capitals, as a caps title line puts it */
        {"STATEMENT BY THE CARIBBEAN COMMUNITY (CARICOM) ON THE PASSAGE OF HURRICANE DELPHINE\n\nThe Community "
         "extends its sympathies.\n",
         "BY THE CARIBBEAN COMMUNITY (CARICOM)"},
        {"STATEMENT BY THE PRIME MINISTER ON THE PASSAGE OF HURRICANE DELPHINE\n\nWe extend our sympathies.\n",
         "BY THE PRIME MINISTER"},
        {"REMARKS BY THE AMBASSADOR AT LARGE FOR GLOBAL HEALTH\n\nThank you all.\n",
         "BY THE AMBASSADOR AT LARGE FOR GLOBAL HEALTH"},
        {"REMARKS BY THE MINISTER AT THE DEPARTMENT OF TRANSPORT\n\nThank you all.\n",
         "BY THE MINISTER AT THE DEPARTMENT OF TRANSPORT"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        CHECKF(d && d->byline && strcmp(d->byline, cases[k].byline) == 0, "case %zu: %s", k,
               d && d->byline ? d->byline : "-");
        hd_doc_free(d);
    }
}

/* A day the statement's own words tell of is not its date ("We announce the passing
 * of … on Sunday, October 8, 2023"); a narrated opening's day is. */
static void test_body_dates(void)
{
    static const struct {
        const char *text, *date;
    } cases[] = {
        {"Statement from the Family of Robert Callahan\n\nWe announce the passing of Robert Callahan on Sunday, "
         "October 8, 2023, at the age of 84.\n",
         NULL},
        {"Interview transcript\n\nSenator Moorcroft joined the show on Thursday, Nov. 6, 2025, to discuss the bill.\n\n"
         "HOST: Welcome.\n",
         "2025-11-06"},
        /* a dateline opening the lead-in the header keeps */
        {"Press Release\n\nLONDON (12 March 2024) \xE2\x80\x94 Tim Agu, chief executive of the Harbour Trust, issued "
         "the following statement:\n\n\"This was a difficult decision.\"\n",
         "2024-03-12"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        CHECKF(d && (cases[k].date ? d->date && strcmp(d->date, cases[k].date) == 0 : !d->date), "case %zu: %s", k,
               d && d->date ? d->date : "-");
        hd_doc_free(d);
    }
}

/* Long labels: a name after an honorific, then an office with commas in it (Japan's
 * foreign ministry), and an office whose name holds commas before the person
 * (Mexico's stenographic versions): turns, not speech, and the person named. */
static void test_long_labels(void)
{
    char *t = sentence_lines("Press Conference by Press Secretary KITAMURA Reiko\n\n"
                             "Ms. KITAMURA Reiko, Press Secretary, Ministry of Foreign Affairs: Minister Valk will visit "
                             "Japan on Monday.\n\nTanabe, NHK: Has access been granted?\n\n"
                             "Press Secretary Kitamura: It took place on Friday.\n");
    CHECKF(t && strstr(t, "speech:s1:Minister Valk will visit Japan on Monday.\n") &&
               strstr(t, "speech:s2:Has access been granted?\n") && strstr(t, "speech:s1:It took place on Friday.\n") &&
               !strstr(t, "Ministry of Foreign Affairs:"),
           "%s", t);
    free(t);
    const char *mx = "Versi\xC3\xB3n estenogr\xC3\xA1" "fica. Conferencia de prensa de la presidenta Ximena Robledo Garza\n\n"
                     "PRESIDENTA DE M\xC3\x89XICO, XIMENA ROBLEDO GARZA: Buenos d\xC3\xAD" "as. Hoy nos acompa\xC3\xB1" "a el secretario.\n\n"
                     "SECRETARIO DE INFRAESTRUCTURA, COMUNICACIONES Y TRANSPORTES, JOAQU\xC3\x8DN LEDESMA ARIZPE: Con su "
                     "permiso, presidenta. El tren lleva un avance del 62 por ciento.\n\n"
                     "PRESIDENTA DE M\xC3\x89XICO, XIMENA ROBLEDO GARZA: Gracias.\n";
    t = sentence_lines(mx);
    CHECKF(t && strstr(t, "speech:s2:Con su permiso, presidenta.\n") && strstr(t, "speech:s2:El tren lleva") &&
               strstr(t, "speech:s1:Gracias.\n") && !strstr(t, "TRANSPORTES"),
           "%s", t);
    free(t);
    hd_doc *d = NULL;
    char *json = NULL;
    CHECK_INT(hd_doc_parse(mx, strlen(mx), NULL, &d, NULL), HD_OK);
    CHECK(d && hd_doc_json(d, &json) == HD_OK);
    CHECKF(json && strstr(json, "\"name\":\"Joaqu\xC3\xADn Ledesma Arizpe\""), "%.600s", json ? json : "-");
    free(json);
    hd_doc_free(d);
}

/* gov.uk's press conferences: "PM remarks at …" in the title and "Prime Minister:" over
 * the answers are one person, and the remarks that open the body in the first person,
 * after a greeting, are theirs even though the first label names them. */
static void test_role_short(void)
{
    static const char *const heads[] = {"", "Speech\n\n"};
    for (size_t k = 0; k < 2; k++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "%sPM remarks at press conference on the Northern Plan: 13 November 2025\n\n"
                 "Good morning. Today I'm setting out our Northern Plan.\n\nLet me now take your questions.\n\n"
                 "Prime Minister, you promised to freeze fares. Isn't that broken?\n\n"
                 "Prime Minister:\n\nNo, and we are keeping that promise.\n\nChris Mason, BBC News:\n\n"
                 "Will you rule it out?\n\nPrime Minister:\n\nI will not write the Budget here.\n",
                 heads[k]);
        char *t = sentence_lines(text);
        /* (the unlabelled question that addresses him is someone else's) */
        CHECKF(t && strstr(t, "speech:s1:Good morning.\n") && strstr(t, "speech:s1:No, and we are keeping") &&
                   strstr(t, "speech:s2:Prime Minister, you promised to freeze fares.\n") &&
                   strstr(t, "speech:s3:Will you rule it out?\n") && strstr(t, "speech:s1:I will not write") &&
                   !strstr(t, ":s4:"),
               "%s", t);
        free(t);
    }
    /* an introduction that names the person in the third person stays the narrator's */
    char *t = sentence_lines("PM remarks at the summit\n\nGood morning. I am pleased to introduce the Prime "
                             "Minister, who will speak first.\n\nPrime Minister:\n\nThank you all.\n");
    CHECKF(t && strstr(t, "speech:-:Good morning.\n") && strstr(t, "speech:s1:Thank you all.\n"), "%s", t);
    free(t);
}

/* A legislature's written question: its code is no speaker, "Reply:" answers. */
static void test_written_question(void)
{
    char *t = sentence_lines("LCQ14: Support for elderly residents\n**********\n\n"
                             "Following is a question by the Hon Leung Wai-man and a written reply by the Secretary "
                             "for Housing in the Legislative Council today.\n\nQuestion:\n\n"
                             "Will the Government publish the waiting times?\n\nReply:\n\nPresident,\n\n"
                             "My reply to the Member's question is as follows.\n");
    CHECKF(t && strstr(t, "title:-:LCQ14: Support for elderly residents\n") &&
               strstr(t, "speech:s1:Will the Government publish the waiting times?\n") &&
               strstr(t, "speech:s2:My reply to the Member's question is as follows.\n") && !strstr(t, "Reply"),
           "%s", t);
    free(t);
}

/* The line that titles a statement among what publishers put over it: a press
 * office's contact lines, a unit under the organisation, a place over the date, a
 * council's meeting number and a document symbol. None is the title, nor read as one. */
static void test_header_titles(void)
{
    static const struct {
        const char *text, *kind, *title, *not_read;
    } cases[] = {
        {"FOR IMMEDIATE RELEASE\nNovember 20, 2025\nContact: Governor's Press Office\nPhone: (609) 555-0142\n"
         "Email: press@nj.example.gov\n\nGovernor Alvarado Announces $86 Million for Lead Lines\n\n"
         "TRENTON, N.J. - Governor Rosa Alvarado today announced $86 million in grants.\n",
         NULL, "Governor Alvarado Announces $86 Million for Lead Lines", NULL},
        {"MEDIA RELEASE\n\nWestmere Police Service\nCorporate Communications\n\n"
         "Release date: Sunday 16 November 2025, 9:45am\n\nFatal collision near Ferndale\n\n"
         "Police are appealing for witnesses following a collision on Saturday night.\n",
         "MEDIA RELEASE", "Fatal collision near Ferndale", NULL},
        {"Opening statement\n\nMs Helen Varga PSM\nCommissioner\nAustralian Public Service Commission\n\n"
         "Canberra\nTuesday, 4 November 2025\n\nThank you, Chair. The service employed 198,420 people.\n",
         "Opening statement", NULL, NULL},
        {"PEACE AND SECURITY COUNCIL\n1298TH MEETING\nADDIS ABABA, ETHIOPIA\n14 NOVEMBER 2025\n\n"
         "PSC/PR/COMM.1298 (2025)\n\nCOMMUNIQU\xC3\x89\n\nAdopted by the Council at its 1298th meeting, on the "
         "situation in the Republic of Kalindi.\n\nThe Council,\n\n1. Expresses deep concern;\n\n"
         "2. Decides to remain seized of the matter.\n",
         NULL, NULL, "PSC/PR"},
        /* a headline that lists its people by title, then its verb: the title, not a
         * person and their role */
        {"Press release\n\nGovernor Ruiz, Senator Hale and Representative Lee announce flood package\n\n"
         "Harrow Falls, OR \xE2\x80\x93 Jan. 28, 2025\n\nThe governor today announced a package.\n",
         "Press release", "Governor Ruiz, Senator Hale and Representative Lee announce flood package", NULL},
        /* a page's title as a browser shows it, its headline between bars, over the
         * headline: not read, not the title */
        {"Office of Public Affairs | Two Defendants Convicted in Export Scheme | United States Department of "
         "Justice\n\nPress Release\n\nTwo Defendants Convicted in Export Scheme\n\nFriday, June 6, 2025\n\nA federal "
         "jury in Boston convicted two men yesterday.\n",
         "Press Release", "Two Defendants Convicted in Export Scheme", "Office of Public Affairs"},
        /* (a date, over her block, titles nothing; nor an organisation whose name has
         * a noun that headlines use as a verb) */
        {"MEDIA RELEASE\n\nTuesday 3 June\n\nThe Hon. Priya Nair MP\nMinister for Housing\n\nThe Government is "
         "delivering 10,000 new homes.\n",
         "MEDIA RELEASE", "MEDIA RELEASE", NULL},
        {"Statement\nCourt Orders Enforcement Unit\nJune 3, 2025\n\nThe unit today issued new guidance on enforcing "
         "court orders.\n",
         "Statement", "Statement", NULL},
        /* a minister over her office, under the headline: the headline titles it
         * ("The Hon." is no label over a turn) */
        {"Media release\n\nNew rules to protect renters from no-grounds evictions\n\nThe Hon. Priya Nair MP\n"
         "Minister for Housing\n\nRenters will be protected under new laws introduced today.\n",
         "Media release", "New rules to protect renters from no-grounds evictions", NULL},
        /* a briefing's first topic in bold left open ("**Gaza") is the body's first
         * heading, not the title */
        {"Daily Press Briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by Ana Ruiz, "
         "Spokesperson for the Secretary-General.\n\n**Harbour aid\n\nGood afternoon. Convoys reached the port.\n\n"
         "**Floods\n\nRivers are falling.\n",
         "Daily Press Briefing", "Daily Press Briefing", NULL},
        /* a kind after an office's name with its small words (the office's name no part
         * of the kind); a kind after words that are no person titles with them; the
         * office's own line is no kind */
        {"Department of Defence Press Briefing\n\nAdm. Katherine Lowe, Chief of Naval Operations\n\nADM. LOWE: Thanks, "
         "everybody.\n",
         "Press Briefing", "Department of Defence Press Briefing", NULL},
        {"Office of the Mayor Statement on the Bridge Closure\n\nThe bridge will close on Monday.\n",
         "Statement", "Office of the Mayor Statement on the Bridge Closure", NULL},
        {"Department of Defence Press Briefing\nMeasles cases rise\n12 July 2024\n\nGood morning.\n",
         "Press Briefing", "Department of Defence Press Briefing", NULL},
        /* the kind, a dash, who speaks */
        {"Acceptance speech \xE2\x80\x94 Dr Leila Haddad\nLifetime Achievement Award, National Science Awards 2024\n\n"
         "Thank you so much.\n",
         "Acceptance speech", "Acceptance speech \xE2\x80\x94 Dr Leila Haddad", NULL},
        /* a record's volume and number are its masthead */
        {"House of Commons\nDebates\n\nVolume 151, No. 212\n1st Session, 44th Parliament\n\nOfficial Report "
         "(Hansard)\n\nWednesday, June 5, 2024\n\nThe House met at 2 p.m.\n",
         NULL, "Official Report (Hansard)", NULL},
        {"Ridgeline State Postgame Press Conference\n\nCOACH MARSH: We played hard tonight.\n",
         NULL, "Ridgeline State Postgame Press Conference", NULL},
        {"Office of the Press Secretary\n\nRemarks on the Harbour Bridge\n\nThank you all for coming.\n",
         NULL, "Remarks on the Harbour Bridge", NULL},
        /* a call's period before its kind */
        {"Northwind Energy plc\nQ3 2024 Earnings Call Transcript\nOctober 24, 2024, 8:30 a.m. ET\n\nOperator: Good day "
         "and welcome.\n",
         "Q3 2024 Earnings Call", NULL, NULL},
        {"Q2 FY2025 Results Call \xE2\x80\x94 Halden Retail Group\nDate: 6 November 2024\n\nOperator: Good day and "
         "welcome.\n",
         "Q2 FY2025 Results Call", NULL, NULL},
        /* "… is embargoed until 8:30 a.m. (ET) Friday, October 3, 2025", the embargo in
         * a line of its own: what editors are told, no title, not read */
        {"Transmission of material in this release is embargoed until 8:30 a.m. (ET) Friday, October 3, 2025\n\n"
         "USDL-25-1471\n\nTHE EMPLOYMENT SITUATION -- SEPTEMBER 2025\n\nEmployers added few jobs in September, "
         "and the jobless rate held near 4.3 percent.\n",
         NULL, "THE EMPLOYMENT SITUATION -- SEPTEMBER 2025", "embargoed"},
        /* GOV.UK's content type over a page's title is its kind */
        {"Department for Business and Trade\n\nOfficial Statistics\n\nUK trade in numbers: September 2025\n\n"
         "Published 2 October 2025\n\nTotal UK trade was \xC2\xA3" "1.78 trillion in the 12 months to June.\n",
         "Official Statistics", "UK trade in numbers: September 2025", NULL},
        {"Department for Energy Security and Net Zero\n\nPolicy paper\n\nClean Power 2030 Action Plan\n\n"
         "Published 13 December 2024\n\nThis plan sets out how the country will reach clean power by 2030.\n",
         "Policy paper", "Clean Power 2030 Action Plan", NULL},
        /* an agency's letters, a colon and a headline in sentence case, no stop: the
         * title, no turn */
        {"News release\n\nICRC: Hospitals in Kherson region on the brink as winter approaches\n\nGeneva (ICRC) "
         "\xE2\x80\x93 Hospitals in the region are running low on fuel, the ICRC warned on Tuesday.\n",
         "News release", "ICRC: Hospitals in Kherson region on the brink as winter approaches", NULL},
        /* a mission named by its country's adjective over the headline is the
         * publisher (look-alike: a headline about a mission, its verb after it) */
        {"U.S. Embassy in Brazil\n\nDemonstrations Expected Near the Embassy on Saturday\n\nApril 17, 2025\n\n"
         "Demonstrations are expected near the Embassy on Saturday.\n",
         NULL, "Demonstrations Expected Near the Embassy on Saturday", NULL},
        {"British Embassy Hosts Reception for Trade Week\n\nApril 17, 2025\n\nThe Ambassador welcomed guests "
         "to the residence.\n",
         NULL, "British Embassy Hosts Reception for Trade Week", NULL},
        /* "Senator the Hon Jenny Walsh" over her office: a person, no title */
        {"MEDIA RELEASE\n\nSenator the Hon Jenny Walsh\nMinister for Resources\n\nWednesday, 9 April 2025\n\n"
         "Capacity Investment Scheme delivers 9 GW of new clean energy\n\nThe Government has today announced the "
         "successful projects.\n",
         NULL, "Capacity Investment Scheme delivers 9 GW of new clean energy", NULL},
        /* an office's name of seven words or more over the headline is the
         * publisher's, not the title (look-alike: a headline with a verb) */
        {"Office of the United States Trade Representative\n\nUSTR Announces Tariff Exclusions for Solar "
         "Equipment\n\nNovember 18, 2025\n\nThe Office announced today that 14 exclusions will be extended.\n",
         NULL, "USTR Announces Tariff Exclusions for Solar Equipment", NULL},
        {"U.S. Mission to the United Nations\n\nRemarks at a Security Council Briefing on Sudan\n\nNovember 18, "
         "2025\n\nThank you, Madam President.\n",
         NULL, "Remarks at a Security Council Briefing on Sudan", NULL},
        {"Office of the Prime Minister Announces New Cabinet Committee\n\nNovember 18, 2025\n\nThe Prime "
         "Minister today announced a new committee.\n",
         NULL, "Office of the Prime Minister Announces New Cabinet Committee", NULL},
        /* a briefing note's "Spokesperson: Babar Qureshi" under the headline names who
         * speaks; no turn the headline is over, and no title */
        {"Briefing note\n\nCholera cases double in Yemen as rains begin\n\nSpokesperson: Babar Qureshi\n"
         "Location: Palais des Nations, Geneva\nDate: 14 August 2025\n\nCholera cases in Yemen have doubled since "
         "June.\n",
         "Briefing note", "Cholera cases double in Yemen as rains begin", NULL},
        /* "Governor's Statement: October 1, 2025": a kind after an office's possessive,
         * its colon and the date, titles the statement (look-alike: a field's date) */
        {"Governor's Statement: October 1, 2025\n\nShri Raghavan Iyer, Governor\n\nThe Committee met on 1 October "
         "and kept the policy rate unchanged.\n",
         NULL, "Governor's Statement", NULL},
        /* who speaks, a dash, then the kind of what she says */
        {"Secretary-General Ana Ruiz \xE2\x80\x93 Remarks to the General Assembly\n\nNew York, 22 September 2025\n\n"
         "Mr. President, excellencies.\n",
         "Remarks", "Secretary-General Ana Ruiz \xE2\x80\x93 Remarks to the General Assembly", NULL},
        /* an embargo after the kind's dash: the headline under it is the title */
        {"Southern Skies Astronomical Observatory\nMedia Statement - Embargoed until 16:00 SAST, Wednesday 9 July 2025\n\n"
         "Astronomers detect fast radio burst from distant galaxy\n\nCAPE TOWN - An international team has detected a "
         "fast radio burst.\n",
         "Media Statement", "Astronomers detect fast radio burst from distant galaxy", NULL},
        /* a testimony's embargo in capitals: no heading, not read */
        {"STATEMENT OF GENERAL MARCUS A. HOLLOWAY, USSF\nCHIEF OF SPACE OPERATIONS\n\nBEFORE THE SENATE ARMED SERVICES "
         "COMMITTEE\n\nMAY 21, 2025\n\nNOT FOR PUBLICATION UNTIL RELEASED BY THE SENATE ARMED SERVICES COMMITTEE\n\n"
         "Chairman Renner, thank you for the opportunity to testify.\n",
         "STATEMENT", "STATEMENT OF GENERAL MARCUS A. HOLLOWAY, USSF", "NOT FOR PUBLICATION"},
        /* a kind, then the publisher's fields between bars: the headline under it titles */
        {"PRESS RELEASE | Euro-Alpine Institute for Climate Research | Geneva\nAlpine glaciers lost 5% of their volume in "
         "2024\n\nGlaciers in the Alps lost about 5% of their ice in 2024.\n",
         "PRESS RELEASE", "Alpine glaciers lost 5% of their volume in 2024", NULL},
        /* an investigator's kind of report over the occurrence */
        {"Maritime Casualty Investigation Board\nPRELIMINARY REPORT\nGrounding of the bulk carrier MV Ocean Pearl\n\n"
         "The vessel grounded on the Horsburgh shoal.\n",
         "PRELIMINARY REPORT", "Grounding of the bulk carrier MV Ocean Pearl", NULL},
        /* hunt 92 d07: a box's or a plot's postal address under the masthead is no title */
        {"KENYA METEOROLOGICAL DEPARTMENT\nP.O. Box 30259-00100, Nairobi\n\nHEAVY RAINFALL ADVISORY\nIssue Date: 22/04/2024\n\n"
         "Heavy rainfall of more than 30mm in 24 hours is expected over the Lake Victoria Basin.\n",
         NULL, "HEAVY RAINFALL ADVISORY", NULL},
        {"INDEPENDENT NATIONAL ELECTORAL COMMISSION\nPlot 436 Zambezi Crescent, Maitama District, Abuja\n\nPRESS RELEASE\n\n"
         "Commission Announces Timetable for Governorship Elections\n\nThe Commission met today in Abuja.\n",
         NULL, "Commission Announces Timetable for Governorship Elections", NULL},
        /* hunt 92 d28: an issuing office's line ("FROM THE OFFICE OF THE GENERAL
         * SECRETARY") is no byline and no title; the headline titles */
        {"MEDIA STATEMENT\n\nFROM THE OFFICE OF THE GENERAL SECRETARY\n\nDate: 07 March 2025\n\n"
         "NUMZ SERVES 48-HOUR STRIKE NOTICE ON KOPJE PLATINUM LTD\n\nThe union has today served Kopje Platinum Ltd with a "
         "48-hour strike notice.\n",
         "MEDIA STATEMENT", "NUMZ SERVES 48-HOUR STRIKE NOTICE ON KOPJE PLATINUM LTD", NULL},
        /* hunt 92 d08: a hurricane centre's advisory: the storm's advisory by its name
         * titles; the office's line under it is no title */
        {"BULLETIN\nHurricane Marisol Advisory Number 14\nNWS National Hurricane Center Miami FL       AL052024\n"
         "1100 AM AST Wed Sep 04 2024\n\n...MARISOL STRENGTHENS TO A CATEGORY 3 HURRICANE...\n\n"
         "SUMMARY OF 1100 AM AST...1500 UTC...INFORMATION\n----------------------------------------------\n"
         "LOCATION...16.4N 58.7W\n\nAt 1100 AM AST (1500 UTC), the center of Hurricane Marisol was located near latitude "
         "16.4 North, longitude 58.7 West.\n",
         "BULLETIN", "Hurricane Marisol Advisory Number 14", NULL},
        /* hunt 93 d07: a regulator's name under the kind, one word of it in lower case
         * ("… Healthcare products Regulatory Agency"), is no title; the headline is */
        {"NEWS RELEASE\n\nMedicines and Healthcare products Regulatory Agency\n\nMHRA approves first gene therapy for sickle "
         "cell disease\n\nThe agency has today granted a conditional marketing authorisation for Casgevy.\n",
         "NEWS RELEASE", "MHRA approves first gene therapy for sickle cell disease", NULL},
        /* hunt 94 d06: the office that issues a release, its name last ("… Public Affairs"),
         * is a masthead, no title */
        {"NEWS RELEASE\nU.S. Army Europe and Africa Public Affairs\nRelease No. 26-041\nMay 12, 2026\n\nExercise Swift Anvil "
         "26 kicks off in Poland\n\nDRAWSKO POMORSKIE, Poland \xE2\x80\x94 More than 9,000 Soldiers began Exercise Swift Anvil "
         "26 here May 11.\n",
         "NEWS RELEASE", "Exercise Swift Anvil 26 kicks off in Poland", NULL},
        /* a headline that opens with its topic and a colon, under the Commission's kind
         * line (hunt 95 d09) */
        {"European Commission - Press release\nSafety Gate: toys and cosmetics top list of dangerous products\n\n"
         "Brussels, 20 March 2025\n\nToday, the Commission published the 2024 Safety Gate report.\n",
         "Press release", "Safety Gate: toys and cosmetics top list of dangerous products", NULL},
        /* an update's title under the service's name (hunt 95 d10) */
        {"Rural Fire Service\nFire Update \xE2\x80\x93 Bell Ridge Fire\n\nFri 24 Jan 2025, 9:45am\n\nFirefighters are "
         "working to strengthen containment lines.\n",
         NULL, "Fire Update \xE2\x80\x93 Bell Ridge Fire", NULL},
        /* an agency's name under the kind: no byline, no title (hunt 95 d13) */
        {"PRODUCT SAFETY ALERT\nACCC Product Safety Australia\nPublished date: 3 Mar 2025\n\nSprout Baby Teether Rings "
         "recalled\n\nThe teether ring can split, exposing a small internal part.\n",
         "PRODUCT SAFETY ALERT", "Sprout Baby Teether Rings recalled", NULL},
        /* a reference number's line and a bare "IMMEDIATE RELEASE" over the headline (hunt
         * 96 d07, d08) */
        {"MINISTRY OF EDUCATION\nMEDIA STATEMENT\n\nRef No: MOE/COMM/2026/88\n\nCLOSURE OF SCHOOLS DUE TO HEAVY FLOODING\n\n"
         "The Ministry of Education wishes to inform parents that all schools will remain closed.\n",
         "MEDIA STATEMENT", "CLOSURE OF SCHOOLS DUE TO HEAVY FLOODING", NULL},
        {"IMMEDIATE RELEASE\n\nRELEASE OF 2026 KCSE EXAMINATION RESULTS\n\nNairobi, 9th January 2027\n\nThe Cabinet "
         "Secretary for Education today released the results.\n",
         "Press release", "RELEASE OF 2026 KCSE EXAMINATION RESULTS", "IMMEDIATE RELEASE"},
        /* a company's name and a topic in lower case after its colon, under the kind (hunt
         * 96 d06) */
        {"Press Release\n\nAlpine Air Group: first-half results\n\nVienna, 2 June 2026\n\nAlpine Air Group reported revenue of "
         "EUR 1.24bn in the first half of 2026.\n",
         "Press Release", "Alpine Air Group: first-half results", NULL},
        /* an issuer's listing under the kind is no title (hunt 97 d03) */
        {"NEWS RELEASE\nTSX-V: NCU | OTCQB: NCUXF\n\nNorthcrest Copper Intersects 312 Metres of 0.61% CuEq at Tamarack\n\n"
         "VANCOUVER, BC, March 18, 2026 - Northcrest Copper Corp. is pleased to report assay results.\n",
         "NEWS RELEASE", "Northcrest Copper Intersects 312 Metres of 0.61% CuEq at Tamarack", NULL},
        {"NEWS RELEASE\nJSE share code: KRP ISIN: ZAE000287365\n\nKarooPlat lifts output guidance\n\nJohannesburg, 3 March "
         "2026 - KarooPlat raised its guidance.\n",
         "NEWS RELEASE", "KarooPlat lifts output guidance", NULL},
        {"NEWS RELEASE\nNasdaq: a new chapter\n\nThe exchange opened a new office.\n",
         "NEWS RELEASE", "Nasdaq: a new chapter", NULL},
        /* an organisation's masthead over its dateline, the headline under them (hunt 98
         * d06) */
        {"New South Wales Nurses and Midwives' Association\nSydney, Tuesday 15 April 2025\n\nNURSES TO STOP WORK FOR 24 "
         "HOURS\n\nPublic sector nurses and midwives across NSW will stop work for 24 hours from 7am Thursday.\n",
         NULL, "NURSES TO STOP WORK FOR 24 HOURS", NULL},
        {"Riverside Teachers Association\nRiverside, 3 March 2026\n\nTeachers accept new pay offer after ballot\n\n"
         "Members voted to accept the offer.\n",
         NULL, "Teachers accept new pay offer after ballot", NULL},
        {"Riverside Teachers Association\nRiverside, 3 March 2026\n\nMembers voted to accept the offer by a wide margin on "
         "Friday.\n",
         NULL, NULL, NULL},
        /* the contacts and the release's date between the kind and the headline (hunt 98
         * d07) */
        {"Cedar Valley Health System\n\nNews Release\n\nContact: Mark Ellison\nPhone: (319) 555-2230\n\nFor Immediate "
         "Release: Jan. 22, 2025\n\nCedar Valley Health System performs state's first robotic kidney transplant\n\n"
         "WATERLOO, Iowa - Surgeons have performed Iowa's first fully robotic kidney transplant.\n",
         "News Release", "Cedar Valley Health System performs state's first robotic kidney transplant", NULL},
        /* the European Parliament's session tag under a headline whose verb is "backs"
         * (hunt 98 d08) */
        {"Press release\n\nParliament backs new rules on roaming charges\n\nPlenary session\nITRE\n10-04-2025 - 13:02\n\n"
         "MEPs approved the agreement with 512 votes in favour, 64 against and 43 abstentions.\n",
         "Press release", "Parliament backs new rules on roaming charges", NULL},
        {"Press release\n\nCouncil endorses coastal plan\n\nPlenary session\n\nThe council approved the plan on Tuesday by "
         "a large majority.\n",
         "Press release", "Council endorses coastal plan", NULL},
        /* more of the listings' labels, in brackets too (a review) */
        {"NEWS RELEASE\nASX Code: APX\n\nApex Minerals Announces Drill Results at Red Hill\n\nPerth, 3 March 2025 - Apex "
         "Minerals reported results.\n",
         "NEWS RELEASE", "Apex Minerals Announces Drill Results at Red Hill", NULL},
        {"NEWS RELEASE\n(TSX-V: NCU) (OTCQB: NCUXF) (Frankfurt: 6NC)\n\nNorthcrest Copper drills 312 metres of copper\n\n"
         "Northcrest reported results.\n",
         "NEWS RELEASE", "Northcrest Copper drills 312 metres of copper", NULL},
        /* review 116: a headline that opens as a stage line does is still the title
         * ("The House met at last: …"); a record's "The House met at …" over its turns
         * is not */
        {"The House met at last: MPs return after summer recess\nWestminster News\nSeptember 2, 2025\n\nMPs returned to "
         "the Commons today after the summer recess.\n",
         NULL, "The House met at last: MPs return after summer recess", NULL},
        /* hunt 106: a match report's kind, its score line the title (d35); a
         * sitting's start is no title (d16) */
        {"MATCH REPORT\n\nKingsbridge City 0-3 Ashworth Town\n\nAshworth Town moved up to 3rd in League One with a "
         "convincing win.\n",
         "MATCH REPORT", "Kingsbridge City 0-3 Ashworth Town", NULL},
        {"HOUSE OF COMMONS\n\nTuesday 10 February 2026\n\nThe House met at half-past Eleven o'clock\n\nRural Bus "
         "Services\n\nDame Helen Crowther (Ashby Vale) (Con): What steps is the Department taking?\n",
         NULL, "Rural Bus Services", NULL},
        /* review 115: a kind's word after "the" is a topic's ("The Great Debate" over
         * the remarks); "… and Health Week Fact Sheet" is a fact sheet */
        {"The Great Debate\n\nRemarks by Professor Ana Ruiz at the University of Toronto\n\nThank you all for coming "
         "tonight.\n",
         "Remarks", NULL, NULL},
        {"Opioid Treatment and Recovery Act Fact Sheet\n\nThe department released new guidance on Monday.\n",
         "Fact sheet", "Opioid Treatment and Recovery Act Fact Sheet", NULL},
        /* three listings a bar apart are no page's menu: kept, and read (hunt 105) */
        {"NEWS RELEASE\nTSX: KRM | OTCQB: KRMF | LSE: KRM\n\nKestrel Resources Reports Assays from Harrow\n\n"
         "TORONTO, Ontario, May 4, 2026 - Kestrel Resources Inc. reported results.\n",
         "NEWS RELEASE", "Kestrel Resources Reports Assays from Harrow", NULL},
        /* a release with a dateline and a listed company's ticker, no wire's tag, is a
         * press release; a title that ends in "… and Business Highlights" names no kind;
         * a debate is a kind (hunt 105 d08–d10) */
        {"Meridia Health Announces Health Canada Approval of Lyxavir\n\nTORONTO, Ontario, February 3, 2026 -- Meridia "
         "Health Inc. (TSX: MDH) today announced that Health Canada has approved Lyxavir 25 mg tablets.\n",
         "Press release", "Meridia Health Announces Health Canada Approval of Lyxavir", NULL},
        {"Quintara Therapeutics Reports Second Quarter 2026 Financial Results and Business Highlights\n\nBOSTON, Aug. 6, "
         "2026 (GLOBE NEWSWIRE) -- Quintara Therapeutics, Inc. (Nasdaq: QNTR) today reported financial results.\n",
         "Press release", "Quintara Therapeutics Reports Second Quarter 2026 Financial Results and Business Highlights",
         NULL},
        {"Budget 2026 Highlights\n\nThe budget raises spending on schools and clinics by four percent.\n",
         "Budget 2026 Highlights", "Budget 2026 Highlights", NULL},
        {"U.S. SENATE DEBATE \xE2\x80\x93 PENNSYLVANIA\nOctober 20, 2026\n\nMODERATOR: Senator Marsh, your opening "
         "statement.\n\nSEN. MARSH: Thank you. I'm proud of my record.\n\nMR. KLINE: I'm running to change Washington.\n",
         "U.S. SENATE DEBATE", "U.S. SENATE DEBATE \xE2\x80\x93 PENNSYLVANIA", NULL},
        /* (a UK announcement: the company, its defined term, the headline under them) */
        {"Thornbury Pharma plc\n(\"Thornbury\" or the \"Company\")\n\nThornbury announces CHMP positive opinion for ZELORA\n\n"
         "London, UK, 27 May 2026 - Thornbury Pharma plc (LSE: TPH) today announced a positive opinion.\n",
         NULL, "Thornbury announces CHMP positive opinion for ZELORA", NULL},
        {"Thornbury Pharma plc\n(\"Thornbury\" or the \"Company\")\n\n27 May 2026\n\nThornbury announces CHMP positive opinion for ZELORA\n\n"
         "London, UK - Thornbury Pharma plc (LSE: TPH) today announced a positive opinion.\n",
         NULL, "Thornbury announces CHMP positive opinion for ZELORA", NULL},
        /* (the headline over the company: the headline stays the title) */
        {"Thornbury announces CHMP positive opinion for ZELORA\n\nThornbury Pharma plc\n(\"Thornbury\" or the \"Company\")\n\n"
         "London, UK, 27 May 2026 - Thornbury Pharma plc (LSE: TPH) today announced a positive opinion.\n",
         NULL, "Thornbury announces CHMP positive opinion for ZELORA", NULL},
        /* a contact's block that "Contact:" alone opens, over the headline: its lines are
         * the contact's, the headline the title (hunt 99 d04) */
        {"FOR IMMEDIATE RELEASE\nSeptember 12, 2025\n\nContact:\nLauren Pike\nlpike@westbrookschools.org | 555-410-8822\n\n"
         "Teachers Strike Enters Day 3\n\nClasses at all 14 Westbrook City Schools remain cancelled Friday.\n",
         "Press release", "Teachers Strike Enters Day 3", NULL},
        {"FOR IMMEDIATE RELEASE\nSeptember 12, 2025\n\nMedia Contact:\nLauren Pike\nCommunications Director\n(555) 410-8822\n"
         "lpike@westbrookschools.org\n\nTeachers Strike Enters Day 3\n\nClasses at all 14 Westbrook City Schools remain "
         "cancelled Friday.\n",
         "Press release", "Teachers Strike Enters Day 3", NULL},
        /* a kind, then the company's name, then the headline: the company titles nothing
         * (hunt 99 d05) */
        {"PUBLIC NOTICE\nGreater Accra Water Company Limited\n\nPLANNED SHUTDOWN OF KPONG HEADWORKS\n\n"
         "The Kpong Headworks will be shut down from 6:00am on Saturday.\n",
         "PUBLIC NOTICE", "PLANNED SHUTDOWN OF KPONG HEADWORKS", NULL},
        {"PUBLIC NOTICE\n\nGreater Accra Water Company Limited\n\nPlanned shutdown of Kpong Headworks\n\n"
         "The Kpong Headworks will be shut down from 6:00am on Saturday.\n",
         "PUBLIC NOTICE", "Planned shutdown of Kpong Headworks", NULL},
        /* (the company alone over its dateline and body: its name is the title still) */
        {"PUBLIC NOTICE\nGreater Accra Water Company Limited\n\nAccra, Ghana\n\n"
         "The Kpong Headworks will be shut down from 6:00am on Saturday.\n",
         "PUBLIC NOTICE", "Greater Accra Water Company Limited", NULL},
        /* a notice's kind line that says to whom it goes titles nothing (hunt 99 d06) */
        {"NOTICE TO CUSTOMERS\nJanuary 8, 2025\n\nJPS Advises of Planned Outage in St. Andrew\n\n"
         "Electricity supply will be interrupted on Sunday.\n",
         "NOTICE", "JPS Advises of Planned Outage in St. Andrew", NULL},
        {"Notice to all members\n\nStrike ballot opens on Monday\n\nMembers will receive their ballot papers by post.\n",
         "Notice", "Strike ballot opens on Monday", NULL},
        /* a notice's fields with no headline: the last field is no title (hunt 100 d03) */
        {"Enforcement Notice\n\nNotice No.: EN/2025/117\nDate of issue: 24 March 2025\nPermit: IPPC/AT/0456\n\n"
         "The operator has breached condition 3.2 of the permit.\n",
         "Enforcement Notice", "Enforcement Notice", NULL},
        {"To: All Northwind Staff\nFrom: Marcus Feld, Chief Executive Officer\nRe: Return to office\n\nHi all,\n\n"
         "We will be in the office 3 days a week.\n",
         NULL, "Re: Return to office", NULL},
        /* a site's section under a section that is page chrome: the page's path, not the
         * title (hunt 100 d04) */
        {"Press releases\nSpecial Procedures\n\nArbitoria: UN experts alarmed by mass arrests of environmental defenders\n\n"
         "GENEVA (17 March 2025) - UN experts today expressed grave concern over the arrests.\n",
         NULL, "Arbitoria: UN experts alarmed by mass arrests of environmental defenders", NULL},
        /* a Malaysian company's name and its registration over the report's heading (hunt
         * 100 d05) */
        {"ANNOUNCEMENT\nKuala Lumpur, 28 August 2025\n\nMAJUMART BERHAD (Registration No. 199801012345 (467890-K))\n"
         "QUARTERLY REPORT ON CONSOLIDATED RESULTS FOR THE SECOND QUARTER ENDED 30 JUNE 2025\n\n"
         "MajuMart Berhad recorded revenue of RM2.87 billion for the quarter.\n",
         "ANNOUNCEMENT", "QUARTERLY REPORT ON CONSOLIDATED RESULTS FOR THE SECOND QUARTER ENDED 30 JUNE 2025", NULL},
        /* (a review of hunt 99 and 100's rules) a headline with a colon under a date's field,
         * a company's slogan, a headline that ends in a legal form, a short headline under
         * a site's section: each still the title */
        {"PRESS RELEASE\nRelease date: 14 March 2025\nUpdate: Missing teenager found safe\n\nThe teenager was found on Friday.\n",
         "PRESS RELEASE", "Update: Missing teenager found safe", NULL},
        {"Uganda Electricity Transmission Company Limited\nPowering a modern Uganda\n\nPLANNED OUTAGE NOTICE\n\n"
         "Power will be off on Sunday.\n",
         NULL, "Uganda Electricity Transmission Company Limited", NULL},
        {"Review of the Post Office Limited\n\nFinal report published today\n\nThe review was published today.\n",
         NULL, "Review of the Post Office Limited", NULL},
        {"News\nFlood Warning Issued\n\nRiver Ouse expected to peak on Friday\n\nThe agency has issued a flood warning.\n",
         NULL, "Flood Warning Issued", NULL},
        /* hunt 103 d06-d08, d10: a company with its legal form, a mission "to" a
         * country or of seven words, a body and the nation it serves, a "still
         * current" field are the masthead or metadata over the headline; look-alikes:
         * a headline about a company, a mission's headline with a verb */
        {"Lumen Retail Group plc\nTrading update for the 13 weeks to 29 March 2025\n3 April 2025\n\nSales grew 3.4%.\n",
         NULL, "Trading update for the 13 weeks to 29 March 2025", NULL},
        {"Corvid Logistics AG\nTrading update for the first quarter\n3 April 2025\n\nSales grew 3.4%.\n", NULL,
         "Trading update for the first quarter", NULL},
        {"Embassy of Canada to Mexico\nMarch 10, 2026\n\nPassport services: temporary interruption\n\nPassport "
         "services will be unavailable.\n",
         NULL, "Passport services: temporary interruption", NULL},
        {"Embassy of the United States of America\nMarch 10, 2026\n\nVisa appointments resume in April\n\nThe "
         "consular section will reopen.\n",
         NULL, "Visa appointments resume in April", NULL},
        {"Police Scotland\nMonday, 2 June 2025\n\nWoman charged following crash\n\nA woman has been charged.\n", NULL,
         "Woman charged following crash", NULL},
        {"Foreign, Commonwealth & Development Office\nTravel advice: Egypt\nStill current at: 9 January 2026\nUpdated: 8 "
         "January 2026\n\nThe FCDO advises against all travel to North Sinai.\n",
         NULL, "Travel advice: Egypt", NULL},
        {"Embassy of Japan to Host Cherry Blossom Festival\n\nThe embassy will host a festival in April.\n", NULL,
         "Embassy of Japan to Host Cherry Blossom Festival", NULL},
        {"Inquiry into Harbour Holdings plc\n\nFinal report published today\n\nThe inquiry reported today.\n", NULL,
         "Inquiry into Harbour Holdings plc", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        if (cases[k].kind)
            CHECK_STR(d->kind, cases[k].kind);
        if (cases[k].title)
            CHECK_STR(d->title, cases[k].title);
        /* never a contact line, a unit, a place, a meeting's number or a symbol */
        CHECKF(!d->title || (!strstr(d->title, "Email") && !strstr(d->title, "Communications") &&
                             !strstr(d->title, "Canberra") && !strstr(d->title, "MEETING") &&
                             !strstr(d->title, "ADDIS") && !strstr(d->title, "/")),
               "case %zu: title %s", k, d->title);
        if (k == 2)
            CHECKF(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Ms Helen Varga") == 0 &&
                       d->speakers[0].role && strcmp(d->speakers[0].role, "Commissioner") == 0,
                   "%zu speakers", d->nspeakers);
        for (size_t i = 0; cases[k].not_read && i < hd_doc_sentence_count(d); i++) {
            hd_sentence se;
            hd_doc_sentence(d, i, &se);
            CHECKF(!strstr(se.text, cases[k].not_read), "case %zu reads: %s", k, se.text);
        }
        hd_doc_free(d);
    }
    /* hunt 92 d08: "SUMMARY OF 1100 AM AST…" is an advisory's section, no "of" and a
     * person: no byline */
    {
        const char *adv = cases[0].text;
        for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
            if (strstr(cases[k].text, "SUMMARY OF 1100 AM AST"))
                adv = cases[k].text;
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(adv, strlen(adv), NULL, &d, NULL), HD_OK);
        CHECKF(d && !hd_doc_header(d).byline, "byline %s", d ? hd_doc_header(d).byline : "-");
        hd_doc_free(d);
    }
}

/* Acronyms a statement defines in brackets are letters wherever it uses them: espeak-ng
 * would say "DEP" and "SCU" as words. Not words in brackets, nor ones whose letters do
 * not start a word before them. */
static void test_defined_acronyms(void)
{
    const char *text = "Press release\n\nThe Department of Environmental Protection (DEP) and the Serious Crash "
                       "Unit (SCU) met. The DEP will report (MON to FRI). Rates rose (ALSO at night).\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->defined && strcmp(d->defined, " DEP SCU ") == 0, "defined: [%s]", d && d->defined ? d->defined : "-");
    hd_plan *p = NULL;
    CHECK_INT(hd_plan_new(d, NULL, NULL, &p, NULL), HD_OK);
    size_t spelled = 0;
    for (size_t i = 0; p && i < p->n; i++) {
        char *sp = pro_speech(p, i);
        spelled += sp && strstr(sp, "D.E.P") != NULL;
        CHECKF(!sp || !strstr(sp, "A.L.S.O"), "%s", sp);
        free(sp);
    }
    CHECK_INT(spelled, 2);
    hd_plan_free(p);
    hd_doc_free(d);
    /* hunt 93 d16: five or six letters defined so are spelled too ("UKHSA" is no
     * word, though espeak-ng would say one) */
    text = "Press release\n\nThe UK Health Security Agency (UKHSA) is urging parents to check. UKHSA data show a "
           "rise.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    p = NULL;
    CHECK_INT(hd_plan_new(d, NULL, NULL, &p, NULL), HD_OK);
    spelled = 0;
    for (size_t i = 0; p && i < p->n; i++) {
        char *sp = pro_speech(p, i);
        spelled += sp && strstr(sp, "U.K.H.S.A") != NULL;
        free(sp);
    }
    CHECK_INT(spelled, 2);
    hd_plan_free(p);
    hd_doc_free(d);
}

/* Page matter around a transcript: a breadcrumb with slashes, a language switch, a
 * translation's disclaimer (a note); and an aside in dashes between turns, the speaker's
 * words, not a heading. */
static void test_page_matter_round4(void)
{
    char *t = sentence_lines("President of Russia\nEvents / Transcripts\n\nMeeting with Government members\n\n"
                             "November 19, 2025\n\nVladimir Putin: Good afternoon.\n\nMarat Yusupov: Thank you.\n");
    CHECKF(t && strstr(t, "title:-:Meeting with Government members\n") && !strstr(t, "Events"), "%s", t);
    free(t);
    /* Hong Kong's lead names the person the label calls by office */
    {
        const char *hk = "Transcript of remarks by CE at media session\n*****\n\n"
                         "Following is the transcript of remarks by the Chief Executive, Mr Kenneth Lau, at a media "
                         "session today (November 18):\n\nReporter: Will the target change?\n\n"
                         "Chief Executive: The target remains unchanged.\n";
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(hk, strlen(hk), NULL, &d, NULL), HD_OK);
        int named = 0;
        for (size_t k = 0; d && k < d->nspeakers; k++)
            named |= d->speakers[k].name && strcmp(d->speakers[k].name, "Mr Kenneth Lau") == 0 && d->speakers[k].role &&
                     strcmp(d->speakers[k].role, "Chief Executive") == 0;
        CHECK(named);
        hd_doc_free(d);
    }
    /* a Legislative Council reply: the one who replies speaks the answer */
    t = sentence_lines("LCQ7: Public rental housing waiting time\n*****************\n\n"
                       "     Following is a question by the Hon Chan Wing-kei and a written reply by the Secretary for "
                       "Housing, Ms Winnie Ho, in the Legislative Council today (October 22):\n\nQuestion:\n\n"
                       "     Will the Government inform this Council of the waiting time?\n\nReply:\n\nPresident,\n\n"
                       "     The average waiting time is 5.3 years.\n\nEnds/Wednesday, October 22, 2025\nNNNN\n");
    CHECKF(t && strstr(t, "speech:s2:The average waiting time is 5.3 years.\n") && strstr(t, "meta:-:Following is"),
           "%s", t);
    free(t);
    t = sentence_lines("Press Conference by Press Secretary Kitamura\n\nThis is a provisional translation by an "
                       "external company for reference purpose only.\nJapanese\n\nPress Secretary Kitamura: We "
                       "begin.\n\nTanabe, NHK: And then?\n");
    CHECKF(t && strstr(t, "note:-:This is a provisional translation") && !strstr(t, ":Japanese") &&
               strstr(t, "speech:s1:We begin.\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Versi\xC3\xB3n estenogr\xC3\xA1" "fica de la conferencia de prensa\n\n"
                       "PRESIDENTA XIMENA ROBLEDO: La inflaci\xC3\xB3n baj\xC3\xB3.\n\n"
                       "\xE2\x80\x94" "Ah\xC3\xAD atr\xC3\xA1s, \xC2\xBF" "c\xC3\xB3mo te llamas?\xE2\x80\x94\n\n"
                       "INTERLOCUTORA: Sandra Quiroz, de La Jornada.\n\nPRESIDENTA XIMENA ROBLEDO: Adelante.\n");
    CHECKF(t && strstr(t, "speech:s1:\xE2\x80\x94" "Ah\xC3\xAD atr\xC3\xA1s") && !strstr(t, "heading:"), "%s", t);
    free(t);
}

/* What closes a release: a closing dateline and the office's name under it, and a
 * publisher's copyright line, are the record's, never headings or chapters. */
static void test_closing_lines(void)
{
    char *t = sentence_lines("Nota de prensa\n\nMinsa intensifica la vacunaci\xC3\xB3n\n\n"
                             "El Ministerio de Salud intensificar\xC3\xA1 la vacunaci\xC3\xB3n en 12 regiones.\n\n"
                             "Lima, 19 de noviembre de 2025\n\nOFICINA GENERAL DE COMUNICACIONES\n");
    CHECKF(t && strstr(t, "meta:-:Lima, 19 de noviembre de 2025\n") &&
               strstr(t, "meta:-:OFICINA GENERAL DE COMUNICACIONES\n") && !strstr(t, "heading:"),
           "%s", t);
    free(t);
    /* a police update of one paragraph under a case's number: the body, its sentences
     * apart; the number the header's */
    t = sentence_lines("Media release\n\nFatal collision on Highway 7\n\nIncident number: WP25-118432\n\n"
                       "Police are appealing for witnesses after a crash on Saturday night. Anyone with "
                       "information is asked to call police on 105.\n");
    CHECKF(t && strstr(t, "meta:-:Incident number: WP25-118432\n") &&
               strstr(t, "speech:-:Police are appealing for witnesses after a crash on Saturday night.\n") &&
               strstr(t, "speech:-:Anyone with information is asked to call police on 105.\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Press conference\n\nQuestion: Was it unanimous?\n\nLagarde: It was.\n\n"
                       "Copyright 2025, European Central Bank\n\nReproduction is permitted.\n");
    CHECKF(t && strstr(t, "note:-:Copyright 2025, European Central Bank\n") && !strstr(t, "heading:"), "%s", t);
    free(t);
}

/* Parliaments' records: Hansard's name lines over each turn, the first one a role with
 * the name in brackets; the Assemblée nationale's labels ended by a stop; the
 * Congressional Record's chair and its own narration; numbered audience members. */
static void test_parliament_records(void)
{
    char *t = sentence_lines("Coastal Flood Defences\nVolume 771: debated on Tuesday 11 March 2025\nDownload text\n"
                             "12.34 pm\nThe Secretary of State for Environment (Daniel Marwood)\n"
                             "Share this specific contribution\n"
                             "With permission, Mr Speaker, I will make a statement on coastal flood defences.\n"
                             "Mr Speaker\nI call the shadow Secretary of State.\nHelen Ashdown (Wealdshire North) (Con)\n"
                             "Will he confirm it?\nDaniel Marwood\nThe hon. Lady is wrong.\nColumn 612\nMr Speaker\nOrder.\n"
                             "Daniel Marwood\nEvery penny is new.\nTweet\n");
    CHECKF(t && strstr(t, "speech:s1:With permission, Mr Speaker, I will make a statement") &&
               strstr(t, "speech:s2:I call the shadow Secretary of State.\n") && strstr(t, "speech:s3:Will he confirm it?\n") &&
               strstr(t, "speech:s1:The hon. Lady is wrong.\n") && strstr(t, "speech:s2:Order.\n") &&
               !strstr(t, "byline:") && !strstr(t, "Column") && !strstr(t, "Tweet") && !strstr(t, "Download"),
           "%s", t);
    free(t);
    const char *an = "Compte rendu int\xC3\xA9gral\n\nMme la pr\xC3\xA9sidente. La parole est \xC3\xA0 M. Yannick Le Bihan.\n\n"
                     "M. Yannick Le Bihan. Madame la ministre, quand allez-vous agir ?\n\n"
                     "Mme H\xC3\xA9l\xC3\xA8ne Castaing-Roux, ministre. Monsieur le d\xC3\xA9put\xC3\xA9, je vous remercie.\n";
    t = sentence_lines(an);
    CHECKF(t && strstr(t, "speech:s1:La parole est") && strstr(t, "speech:s2:Madame la ministre") &&
               strstr(t, "speech:s3:Monsieur le d\xC3\xA9put\xC3\xA9") && !strstr(t, ":Mme la pr\xC3\xA9sidente."),
           "%s", t);
    free(t);
    /* the House's reactions, however long, are stage directions */
    t = sentence_lines("MR. HALE: We will act. (Laughter on the Opposition benches.) We will deliver. (Interruptions "
                       "from Members of the Labour Party.) Thank you.\n\nMS. RUIZ: Thank you.\n");
    CHECKF(t && strstr(t, "stage:-:(Interruptions from Members of the Labour Party.)\n") &&
               strstr(t, "speech:s1:Thank you.\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Compte rendu int\xC3\xA9gral\n\nM. Yannick Le Bihan : Quand allez-vous agir ? (Applaudissements "
                       "sur les bancs du groupe LFI-NFP. \xE2\x80\x93 M. Thomas Vergnaud applaudit \xC3\xA9galement.)\n\n"
                       "Mme la pr\xC3\xA9sidente : La parole est \xC3\xA0 Mme la ministre. (Exclamations sur les bancs du "
                       "groupe RN.) Merci.\n");
    CHECKF(t && strstr(t, "stage:-:(Applaudissements sur les bancs du groupe LFI-NFP. \xE2\x80\x93 M. Thomas Vergnaud") &&
               strstr(t, "stage:-:(Exclamations sur les bancs du groupe RN.)\n"),
           "%s", t);
    free(t);
    t = sentence_lines("RURAL HOSPITAL STABILITY ACT\n\n  Mr. HALVORSEN. Mr. President, I ask that a letter be printed.\n"
                       "  There being no objection, the material was ordered to be printed in the Record, as follows:\n"
                       "  Mr. HALVORSEN. I suggest the absence of a quorum.\n  The PRESIDING OFFICER. The clerk will call the roll.\n"
                       "  The legislative clerk proceeded to call the roll.\n"
                       "  The PRESIDING OFFICER (Mr. Okonkwo). Without objection, it is so ordered.\n\n"
                       "AUDIENCE MEMBER 2: And the hospitals?\n");
    CHECKF(t && strstr(t, "note:-:There being no objection") && strstr(t, "note:-:The legislative clerk proceeded") &&
               strstr(t, "speech:s2:The clerk will call the roll.\n") &&
               strstr(t, "speech:s2:Without objection, it is so ordered.\n") && strstr(t, "speech:s3:And the hospitals?\n") &&
               !strstr(t, "Okonkwo") && !strstr(t, "AUDIENCE"),
           "%s", t);
    free(t);
}

/* Spanish releases quote two officials, the second after a connective: "Por su parte,
 * Quiroga explicó: …", "Asimismo, Irigoyen afirmó: …", and a verb alone after the
 * quotation when the sentence before names her. A paragraph opening "Por su parte" is
 * no byline. */
static void test_spanish_connectives(void)
{
    const char *text = "Comunicado de prensa\n\nEl Ministerio lanz\xC3\xB3 la campa\xC3\xB1" "a\n\n"
                       "Por su parte, la directora de Inmunizaciones, Dra. Rosa Hu\xC3\xA1man Quispe, precis\xC3\xB3 que los "
                       "s\xC3\xADntomas son fiebre. \"No se automediquen\", advirti\xC3\xB3.\n\n"
                       "Por su parte, Quiroga explic\xC3\xB3: \"Las dosis ya fueron distribuidas\".\n\n"
                       "Asimismo, Irigoyen afirm\xC3\xB3: \"Vacunarse es gratuito\".\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    const char *want[] = {"Dra. Rosa Hu\xC3\xA1man Quispe", "Quiroga", "Irigoyen"};
    for (size_t k = 0; d && k < 3; k++) {
        int found = 0;
        for (size_t j = 0; j < d->nspeakers; j++)
            found |= d->speakers[j].name && strcmp(d->speakers[j].name, want[k]) == 0;
        CHECKF(found, "no speaker %s", want[k]);
    }
    for (size_t j = 0; d && j < d->nspeakers; j++)
        CHECKF(!d->speakers[j].name || !strstr(d->speakers[j].name, "Asimismo"), "speaker %s", d->speakers[j].name);
    CHECK(d && !d->byline);
    hd_doc_free(d);
}

/* Attributions as agencies, French ministries and courts write them. */
static void test_attribution_forms(void)
{
    char *t = sentence_lines("Media Release\n\nClub sanctioned after cup match\n\n"
                             "The disciplinary body today announced its decisions.\n\n"
                             "\"We respect the decision,\" said club president Rui Lima. \"Our fans matter.\"\n\n"
                             "\"This is a fair outcome,\" said spokesperson Ana Ruiz.\n");
    CHECKF(t && strstr(t, "speech:s1:\"We respect the decision,\"") && strstr(t, "speech:s1:\"Our fans matter.\"") &&
               strstr(t, "speech:s2:\"This is a fair outcome,\""),
           "%s", t);
    free(t);
    t = sentence_lines("Communiqu\xC3\xA9 de presse\n\nLe Conseil approuve le plan\n\n"
                       "Le ministre de la Fonction publique, Pierre-Yves Delcourt, a pr\xC3\xA9sent\xC3\xA9 le plan.\n\n"
                       "Le ministre Delcourt a ajout\xC3\xA9 : \xC2\xAB Nous allons r\xC3\xA9" "duire la surface. \xC2\xBB\n");
    CHECKF(t && strstr(t, "speech:s1:\xC2\xAB Nous allons"), "%s", t);
    free(t);
    t = sentence_lines("issued by the Registrar of the Court\n\nECHR 214 (2025)\n08.07.2025\n\n"
                       "Refusal to register association breached the right to freedom of association\n\n"
                       "In today's Chamber judgment the Court held, unanimously, that there had been a violation.\n\n"
                       "President. \xE2\x80\x93 The debate is closed.\n\nVote: Thursday, 13 March 2025.\n");
    CHECKF(t && strstr(t, "title:-:Refusal to register") && !strstr(t, "ECHR") &&
               strstr(t, "speech:-:In today's Chamber") && strstr(t, "meta:-:Vote: Thursday") && !strstr(t, ":s2:"),
           "%s", t);
    free(t);
}

/* Around a speech or a release on a government site: the site's logo and links, a
 * kind of its own (an advisory), and the president's signature in capitals. */
static void test_site_and_signature(void)
{
    char *t = sentence_lines("Skip to main content\nNYC\nThe Official Website of the City of New York\nOffice of the Mayor\n"
                             "News\nMayor Delgado-Price Announces $186 Million Investment to Expand Bus Lanes\nJune 9, 2025\n"
                             "NEW YORK \xE2\x80\x93 Mayor Celeste Delgado-Price today announced the investment.\n");
    CHECKF(t && strstr(t, "title:-:Mayor Delgado-Price Announces") && !strstr(t, "title:-:NYC") &&
               !strstr(t, "Official Website") && !strstr(t, ":News\n"),
           "%s", t);
    free(t);
    hd_doc *d = NULL;
    const char *adv = "Public Health Advisory\n\nExtreme Heat Warning issued for Ashcombe Region\n\n"
                      "The health unit has issued a warning in effect from Tuesday.\n";
    /* gov.scot's "Part of" / topic in the header is no page's end: the body stays */
    t = sentence_lines("Funding to cut waiting lists\n\nPublished\n3 March 2025\nPart of\nHealth and social care\n\n"
                       "Patients will be seen faster, the Health Secretary has announced.\n\n"
                       "The funding will allow 4,200 extra procedures.\n\nPart of\nHealth and social care\n");
    CHECKF(t && strstr(t, "speech:-:Patients will be seen faster") && strstr(t, "speech:-:The funding will allow") &&
               !strstr(t, "social care"),
           "%s", t);
    free(t);
    /* the Congressional Record's page notes: not read, the date taken from them */
    const char *cr = "[Congressional Record Volume 171, Number 88 (Wednesday, May 14, 2025)]\n[Senate]\n"
                     "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]\n\n"
                     "RURAL HOSPITAL STABILITY ACT\n\n  Mr. HALVORSEN. Mr. President, I rise today.\n";
    CHECK_INT(hd_doc_parse(cr, strlen(cr), NULL, &d, NULL), HD_OK);
    CHECK_STR(d ? d->date : NULL, "2025-05-14");
    CHECK_STR(d ? d->title : NULL, "RURAL HOSPITAL STABILITY ACT");
    hd_doc_free(d);
    d = NULL;
    /* a printed page's running head, a title's dash where the date was cut off */
    const char *ds = "Dáil Éireann debate -\nWednesday, 12 Mar 2025\n\nLeaders' Questions\n\n"
                     "Deputy Ann Roe: Will you act?\n\nAn Taoiseach: I will.\n";
    CHECK_INT(hd_doc_parse(ds, strlen(ds), NULL, &d, NULL), HD_OK);
    CHECK_STR(d ? d->title : NULL, "Dáil Éireann debate");
    hd_doc_free(d);
    d = NULL;
    t = sentence_lines("DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS\nA\xC3\xB1o 2025 XV LEGISLATURA N\xC3\xBAm. 118 P\xC3\xA1g. 14\n"
                       "Sesi\xC3\xB3n plenaria n\xC3\xBAm. 112\n\nLa se\xC3\xB1ora PRESIDENTA: Buenos d\xC3\xAD" "as.\n\n"
                       "El se\xC3\xB1or RUIZ: Gracias.\n\ncve: DSCD-15-PL-118\n");
    CHECKF(t && !strstr(t, "LEGISLATURA") && !strstr(t, "cve"), "%s", t);
    free(t);
    CHECK_INT(hd_doc_parse(adv, strlen(adv), NULL, &d, NULL), HD_OK);
    CHECK_STR(d ? d->kind : NULL, "Public Health Advisory");
    CHECK_STR(d ? d->title : NULL, "Extreme Heat Warning issued for Ashcombe Region");
    hd_doc_free(d);
    t = sentence_lines("SPEECH BY H.E. DR. SAMUEL KIPRONO TOWETT, PRESIDENT OF THE REPUBLIC OF KENYA\n\n"
                       "Fellow Kenyans,\n\nSixty-two years ago today, our founders took up self-government.\n\n"
                       "God bless Kenya.\n\nH.E. DR. SAMUEL KIPRONO TOWETT, C.G.H.\n"
                       "PRESIDENT OF THE REPUBLIC OF KENYA AND COMMANDER-IN-CHIEF OF THE KENYA DEFENCE FORCES\n\n"
                       "Share this:\nFacebook\nX\nWhatsApp\n");
    CHECKF(t && strstr(t, "speech:s1:God bless Kenya.\n") && strstr(t, "meta:-:H.E. DR. SAMUEL KIPRONO TOWETT, C.G.H.\n") &&
               !strstr(t, "heading:") && !strstr(t, "WhatsApp"),
           "%s", t);
    free(t);
}

/* A magazine's interview with its questions in bold and no labels: the journalist asks,
 * the person the deck names answers; and the Council of the EU's credit line under a
 * quotation, no blank line between. */
static void test_bold_interview_and_credit(void)
{
    char *t = sentence_lines("Interview\n\n\"The grid is the bottleneck\"\n\n"
                             "Energy Minister Tove Almqvist-Harju on permitting reform and the 2030 target\n\n"
                             "By Daniel Okwuosa\nPublished 3 November 2025\n\n"
                             "Tove Almqvist-Harju has been Minister for Energy since January 2024. We met her in Stockholm.\n\n"
                             "**Minister, solar grew last year. Why are you still worried?**\n\n"
                             "Because the grid can't keep up.\n\n**Will you hit the 2030 target?**\n\nYes. We're at 58% today.\n");
    CHECKF(t && strstr(t, "speech:-:We met her in Stockholm.\n") && strstr(t, "speech:s2:**Minister, solar grew last year.\n") &&
               strstr(t, "speech:s1:Because the grid can't keep up.\n") && strstr(t, "speech:s2:**Will you hit the 2030 target?**\n") &&
               strstr(t, "speech:s1:We're at 58% today.\n") && !strstr(t, "heading:"),
           "%s", t);
    free(t);
    /* a PDF's page furniture inside a sentence: its marking, its number and its running
     * title are not read, nor anyone's label; a word in capitals alone in a narrow
     * column, said once, is read */
    t = sentence_lines("Speech by the Secretary of State, Rt Hon Marcus Odenwald MP\n\nGood morning.\n\n"
                       "First, we will extend the flat fare until\nOFFICIAL\nPage 1 of 2\n\n"
                       "DEPARTMENT FOR RURAL TRANSPORT \xE2\x80\x94 SPEECH\n- 2 -\nthe end of 2025. Passenger numbers have "
                       "risen.\n\nThank you.\n\nOFFICIAL\nPage 2 of 2\n");
    CHECKF(t && strstr(t, "speech:s1:First, we will extend the flat fare until the end of 2025.\n") &&
               strstr(t, "speech:s1:Thank you.\n") && !strstr(t, "OFFICIAL") && !strstr(t, "DEPARTMENT") &&
               !strstr(t, "s2"),
           "%s", t);
    free(t);
    t = sentence_lines("Health update\n\nToday we opened two clinics. The programme is run by the\nNHS\nand the council "
                       "in every town.\n");
    CHECKF(t && strstr(t, "NHS"), "%s", t);
    free(t);
    /* a caption file's cue timings pasted with its text: not read */
    t = sentence_lines("Press briefing\n\n00:00:01.000 --> 00:00:04.000\nSPOKESPERSON: Good afternoon.\n\n"
                       "00:00:04,000 --> 00:00:07,500\nWe begin today.\n");
    CHECKF(t && !strstr(t, "-->") && strstr(t, ":We begin today.\n"), "%s", t);
    free(t);
    /* labels alone on their line right over each turn (a PDF's transcript), the first
     * with its office after a comma, in capitals: turns from the first, not a title
     * or chapters */
    t = sentence_lines("Morning Line transcript\n\nMATTEO GRANDE, HOST\nMinister, welcome.\n\n"
                       "ILSE BRANDVOLD, FOREIGN MINISTER\nThank you, Matteo.\n\nMATTEO GRANDE\nWhat came of the "
                       "meeting?\n\nILSE BRANDVOLD\nSome progress.\n");
    CHECKF(t && strstr(t, "speech:s1:Minister, welcome.\n") && strstr(t, "speech:s2:Thank you, Matteo.\n") &&
               strstr(t, "speech:s1:What came of the meeting?\n") && strstr(t, "speech:s2:Some progress.\n") &&
               !strstr(t, "heading:"),
           "%s", t);
    free(t);
    t = sentence_lines("TRANSCRIPT: PRESS CONFERENCE, MINISTER FOR HEALTH\n\n4 September 2024\n\n"
                       "MINISTER BELLWEATHER\nThanks for coming. The new cancer centre in Westbrook\n"
                       "opens on 1 October.\n\nJOURNALIST\nHow much has it cost?\n\nMINISTER BELLWEATHER\n"
                       "The final cost is $212 million.\n");
    CHECKF(t && strstr(t, "speech:s1:Thanks for coming.\n") && strstr(t, "speech:s1:The final cost") &&
               !strstr(t, "heading:") && !strstr(t, "meta:-:MINISTER"),
           "%s", t);
    free(t);
    /* a Q: / A: interview under a journalist's byline with its date: the journalist
     * asks, the one the title names answers, the byline dates it */
    {
        const char *in = "Ingrid Solberg on the cod crisis\n\nBy Mateo Arce, 3 February 2025\n\n"
                         "Ingrid Solberg is chief scientist of the Fisheries Council. We spoke to her in Tromso.\n\n"
                         "Q: What is first on your desk?\n\nA: The quota advice.\n";
        t = sentence_lines(in);
        CHECKF(t && strstr(t, "speech:-:We spoke to her in Tromso.\n") && strstr(t, "speech:s1:What is first") &&
                   strstr(t, "speech:s2:The quota advice.\n"),
               "%s", t);
        free(t);
        hd_doc *doc = NULL;
        CHECK_INT(hd_doc_parse(in, strlen(in), NULL, &doc, NULL), HD_OK);
        CHECKF(doc && doc->nspeakers == 2 && doc->speakers[0].name && strcmp(doc->speakers[0].name, "Mateo Arce") == 0 &&
                   doc->speakers[1].name && strcmp(doc->speakers[1].name, "Ingrid Solberg") == 0 && doc->date &&
                   strcmp(doc->date, "2025-02-03") == 0,
               "%s / %s / %s", doc && doc->nspeakers ? doc->speakers[0].name : "-",
               doc && doc->nspeakers > 1 ? doc->speakers[1].name : "-", doc && doc->date ? doc->date : "-");
        hd_doc_free(doc);
    }
    /* the body's first paragraph wrapped as a PDF wraps it: the body's, not lines of
     * the header */
    t = sentence_lines("Harbour fund opens\n\nThe government today announced a new fund to repair storm damage at\n"
                       "twelve small harbours along the northern coast, following the worst\n"
                       "winter storms in a generation. Bids open in April and close in\nJune.\n\nThe fund opens in April.\n");
    CHECKF(t && strstr(t, "speech:-:The government today announced a new fund to repair storm damage at twelve small") &&
               strstr(t, "speech:-:Bids open in April and close in June.\n") && !strstr(t, "meta:"),
           "%s", t);
    free(t);
    /* a release's deck of two lines over its wire dateline: the header's, and the
     * dateline dates it */
    {
        hd_doc *doc = NULL;
        const char *in = "Veltrix Reports Fourth Quarter Results\n\nTotal revenue of $412.6 million for 2024, up 23% "
                         "year-over-year\n\nCompany initiates 2025 revenue guidance of $505 million to $520 million\n\n"
                         "SAN DIEGO, March 3, 2025 /PRNewswire/ -- Veltrix, Inc. (NASDAQ: VLTX) today reported results.\n";
        CHECK_INT(hd_doc_parse(in, strlen(in), NULL, &doc, NULL), HD_OK);
        CHECKF(doc && hd_doc_header(doc).date && strcmp(hd_doc_header(doc).date, "2025-03-03") == 0, "%s",
               doc && hd_doc_header(doc).date ? hd_doc_header(doc).date : "no date");
        hd_doc_free(doc);
    }
    /* a verbatim record's short opening under a header of members: the record's */
    t = sentence_lines("United Nations S/PV.9871\nSecurity Council\nTuesday, 4 March 2025, 10 a.m.\n\n"
                       "President: Mr. Okonjo (Sierra Leone)\n\nMembers: Algeria Mr. Benaissa\nFrance Mr. Delacroix\n\n"
                       "The agenda was adopted.\n\nThe President: I give the floor to the representative of France.\n\n"
                       "Mr. Delacroix (France): France condemns the offensive.\n");
    CHECKF(t && strstr(t, "speech:-:The agenda was adopted.\n") && strstr(t, ":France condemns the offensive.\n"), "%s", t);
    free(t);
    /* the person and her office after an opening phrase, before "said:" */
    t = sentence_lines("Aid group responds to aid cut\n\nResponding to the Prime Minister's announcement, Hannah "
                       "Achterberg, Director of Policy at Oxbridge Aid, said:\n\n\"This is a devastating blow.\"\n\n"
                       "Commenting on the figures, Dr Sam Okoye, CEO of Oxbridge Aid, said:\n\n\"Think again.\"\n");
    CHECKF(t && strstr(t, "speech:s1:\"This is a devastating blow.\"\n") && strstr(t, "speech:s2:\"Think again.\"\n"),
           "%s", t);
    free(t);
    /* a quotation's person and, after her comma, her office */
    t = sentence_lines("Veltrix Reports Results\n\n\"Margins improved,\" said J. Michael O'Neill, Chief Financial "
                       "Officer. \"We expect growth.\"\n\n\"Sales rose,\" said Ana Ruiz, the Chief Executive of Veltrix.\n");
    CHECKF(t && strstr(t, "speech:s1:\"We expect growth.\"\n") && strstr(t, "speech:s2:\"Sales rose,\"\n"), "%s", t);
    free(t);
    {
        hd_doc *doc = NULL;
        const char *in = "Veltrix Reports Results\n\n\"Margins improved,\" said J. Michael O'Neill, Chief Financial "
                         "Officer.\n\n\"Sales rose,\" said Ana Ruiz, the Chief Executive of Veltrix.\n";
        CHECK_INT(hd_doc_parse(in, strlen(in), NULL, &doc, NULL), HD_OK);
        CHECKF(doc && doc->nspeakers == 2 && doc->speakers[0].role &&
                   strcmp(doc->speakers[0].role, "Chief Financial Officer") == 0 && doc->speakers[1].role &&
                   strcmp(doc->speakers[1].role, "Chief Executive of Veltrix") == 0,
               "%s / %s", doc && doc->nspeakers ? doc->speakers[0].role : "-",
               doc && doc->nspeakers > 1 ? doc->speakers[1].role : "-");
        hd_doc_free(doc);
    }
    /* the title says with whom ("… an interview with Minister …"), or names no one */
    static const char *const with[][2] = {
        {"\"We cannot wait for the next flood\": an interview with Minister Ines Farrow", "speech:s1:Because the sea"},
        {"In conversation with Ines Farrow, Minister for the Environment", "speech:s1:Because the sea"},
        {"Coastal plan: questions and answers", "speech:s1:Because the sea"}};
    for (size_t k = 0; k < sizeof with / sizeof *with; k++) {
        char in[1024];
        snprintf(in, sizeof in,
                 "Interview\n\n%s\n\nBy Tom Hale\n\n12 March 2025\n\n"
                 "Ines Farrow has led the ministry since January. We spoke to her about the coastal plan.\n\n"
                 "**Why does the plan matter now?**\n\nBecause the sea does not wait.\n\n"
                 "**Critics say the budget is too small. Are they right?**\n\nNo. It is the largest yet.\n",
                 with[k][0]);
        t = sentence_lines(in);
        CHECKF(t && strstr(t, "speech:-:We spoke to her about the coastal plan.\n") &&
                   strstr(t, "speech:s2:**Why does the plan matter now?**\n") && strstr(t, with[k][1]) &&
                   strstr(t, "speech:s2:Are they right?**\n") && strstr(t, "speech:s1:No.\n") && !strstr(t, "heading:"),
               "%s\n%s", with[k][0], t);
        free(t);
    }
    t = sentence_lines("Council of the EU\nPress release\n14 May 2025\n\nPackaging waste: Council adopts new rules\n\n"
                       "The Council today adopted a regulation on packaging.\n\n"
                       "\"With today's decision we are turning the tide.\"\n"
                       "\xE2\x80\x94 Katarzyna Wr\xC3\xB3" "bel-Nowak, Polish Minister for Climate and Environment\n\n"
                       "Next steps\n\nThe regulation will now be published.\n");
    CHECKF(t && strstr(t, "speech:s1:\"With today's decision we are turning the tide.\"\n") &&
               strstr(t, "meta:-:\xE2\x80\x94 Katarzyna"),
           "%s", t);
    free(t);
}

/* A conference speech: its rhetoric to someone is no label, and an interjection is
 * one short turn before the speech goes on; names with particles (ap, ibn) are labels. */
static void test_speech_interjections(void)
{
    char *t = sentence_lines("Speech by Eleanor Vance, Leader of the Progressive Alliance\n\n"
                             "Conference, thank you for coming.\n\n"
                             "And to the Prime Minister, I say this: you had fourteen months.\n\n"
                             "To the Chancellor: you have failed.\n\nHECKLER: What about the railways?\n\n"
                             "Sir, I will come to the railways.\n\nThank you, Conference!\n");
    CHECKF(t && strstr(t, "speech:s1:And to the Prime Minister, I say this: you had fourteen months.\n") &&
               strstr(t, "speech:s1:To the Chancellor: you have failed.\n") &&
               strstr(t, "speech:s2:What about the railways?\n") && strstr(t, "speech:s1:Sir, I will come") &&
               strstr(t, "speech:s1:Thank you, Conference!\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Discurso del presidente de la Rep\xC3\xBA" "blica, Gabriel Ferreyra\n\n"
                       "Muy buenas tardes a todas y a todos.\n\nVoz del p\xC3\xBA" "blico: \xC2\xA1Gracias, presidente!\n\n"
                       "Gracias a ustedes.\n");
    CHECKF(t && strstr(t, "speech:s2:\xC2\xA1Gracias, presidente!\n") && strstr(t, "speech:s1:Gracias a ustedes.\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Press conference on the water plan\n\nModerator: Good morning.\n\n"
                       "Khalid ibn Rashid: Thank you. We will build two plants.\n\nModerator: Questions.\n\n"
                       "Rhys ap Gwilym: I am happy to take them.\n");
    CHECKF(t && strstr(t, "speech:s2:We will build two plants.\n") && strstr(t, "speech:s3:I am happy") &&
               !strstr(t, "ibn Rashid:"),
           "%s", t);
    free(t);
}

/* "… has issued the following statement:": the statement, a quotation, is theirs (the
 * company's text after it is not), and a header's lead-in that opens its line. */
static void test_issued_statements(void)
{
    char *t = sentence_lines("Statement regarding the fire at our Millbrook site\n\nHarrowgate Chemicals plc\n\n"
                             "Our Chief Executive, Marcus Delaney, has issued the following statement:\n\n"
                             "\"I want to begin by saying how sorry I am.\n\nWe have suspended all operations.\"\n\n"
                             "Residents may now open their windows.\n");
    CHECKF(t && strstr(t, "speech:s1:\"I want to begin") && strstr(t, "speech:s1:We have suspended") &&
               strstr(t, "speech:-:Residents may now open their windows.\n"),
           "%s", t);
    free(t);
    /* a press office's later items, under their headings, about the one who spoke */
    t = sentence_lines("PM's Remarks at the Cabinet Meeting\n\nPrime Minister Yoav Ben-Ami, this morning, made the "
                       "following remarks:\n\n\"Today the Cabinet will approve a plan. I thank the ministers.\"\n\n"
                       "PM Ben-Ami Speaks with President of Cyprus\n\nPrime Minister Yoav Ben-Ami, this evening, spoke "
                       "by phone with President of Cyprus Andreas Nikolaides.\n");
    CHECKF(t && strstr(t, "speech:s1:\"Today the Cabinet will approve a plan.\n") &&
               strstr(t, "speech:-:Prime Minister Yoav Ben-Ami, this evening, spoke"),
           "%s", t);
    free(t);
    t = sentence_lines("Holy See Press Office\n\nAddress of the Holy Father\n\nDear brothers and sisters, good "
                       "morning! I bless you from my heart.\n\nResignations and appointments\n\n"
                       "The Holy Father has accepted the resignation of the bishop of Kalimba.\n");
    CHECKF(t && strstr(t, "speech:s1:I bless you from my heart.\n") &&
               strstr(t, "speech:-:The Holy Father has accepted the resignation"),
           "%s", t);
    free(t);
    /* « Pour X, adjoint … : », « Selon X, directrice … : » over a quotation: X speaks */
    {
        const char *fr = "COMMUNIQU\xC3\x89 DE PRESSE\n\nOuverture de la m\xC3\xA9" "diath\xC3\xA8que\n\n"
                         "La Ville annonce l'ouverture le samedi 29 mars.\n\n"
                         "Pour Jean-Baptiste Moreau, adjoint d\xC3\xA9l\xC3\xA9gu\xC3\xA9 \xC3\xA0 la Culture : "
                         "\xC2\xAB Nous voulons un lieu vivant. \xC2\xBB\n\n"
                         "Selon Claire Vasseur, directrice : \xC2\xAB Les horaires seront \xC3\xA9largis. \xC2\xBB\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(fr, strlen(fr), NULL, &dd, NULL), HD_OK);
        int moreau = 0, vasseur = 0;
        for (size_t k = 0; dd && k < dd->nspeakers; k++) {
            moreau |= dd->speakers[k].name && strcmp(dd->speakers[k].name, "Jean-Baptiste Moreau") == 0;
            vasseur |= dd->speakers[k].name && strcmp(dd->speakers[k].name, "Claire Vasseur") == 0;
        }
        CHECK(moreau && vasseur);
        hd_doc_free(dd);
    }
    /* the related items under an address, and a site's breadcrumbs, are not read */
    t = sentence_lines("Main | News | Addresses\n\nWe will protect our energy \xE2\x80\x93 address by the President\n\n"
                       "I wish you good health, fellow citizens!\n\nGlory to our country!\n\nRead more:\n"
                       "Meeting with the President of Finland\nThe President held a meeting of the Staff\n\nSubscribe to news\n");
    CHECKF(t && strstr(t, "Glory to our country!") && !strstr(t, "Finland") && !strstr(t, "Main |") &&
               !strstr(t, "Subscribe"),
           "%s", t);
    free(t);
    /* "Read more" and its headline inside an article: dropped, the article goes on */
    t = sentence_lines("Libraries funding\n\nThe Minister launched National Literacy Week in Northfield.\n\n"
                       "Read more\nCity library wins national award\n\n"
                       "The Minister also announced 12 million pounds for school libraries.\n");
    CHECKF(t && strstr(t, "12 million pounds for school libraries.") && !strstr(t, "Read more") &&
               !strstr(t, "wins national award"),
           "%s", t);
    free(t);
    /* an end mark in words between dashes; a party's legal imprint after ENDS */
    t = sentence_lines("Press Briefing by the IDF Spokesperson\n\nRADM. SHAKED: Good evening.\n\n"
                       "Q (AFP): Has it fired?\n\nRADM. SHAKED: Good night.\n\n\xE2\x80\x93 End of briefing \xE2\x80\x93\n");
    CHECKF(t && !strstr(t, "End of briefing"), "%s", t);
    free(t);
    t = sentence_lines("Speech by Eleanor Vance, Leader of the Alliance\n\nThank you, Conference!\n\nENDS\n\n"
                       "Promoted by J. Whitcombe on behalf of the Alliance, 22 Marsham Street, London.\n");
    CHECKF(t && strstr(t, "note:-:Promoted by"), "%s", t);
    free(t);
    /* "Speech by X MP to …": her letters, then whom she addresses */
    t = sentence_lines("Speech by Eleanor Vance MP to the Trades Union Congress\n\nFriends, we have a plan for this "
                       "country.\n\nWe will cut VAT on energy bills.\n");
    CHECKF(t && strstr(t, "speech:s1:Friends, we have a plan"), "%s", t);
    free(t);
    t = sentence_lines("Press release\n\nStatement on Wildfire Recovery Funding\n\nSacramento, May 2, 2025\n\n"
                       "Governor Ana Ruiz issued the following statement today:\n\n"
                       "Our communities deserve to rebuild quickly. This funding gets them there.\n");
    CHECKF(t && strstr(t, "speech:s1:Our communities deserve to rebuild quickly.\n"), "%s", t);
    free(t);
}

/* Words that open a line with a colon are no speakers unless they come back or name
 * someone; notes of the publisher are the narrator's; a bracketed direction between
 * sentences is a stage direction whatever its words. */
static void test_labels_notes_stage(void)
{
    char *t = sentence_lines("Press Briefing by Press Secretary Dana Whitcombe\n\n"
                             "MS. WHITCOMBE: Good afternoon. Three things.\n\n"
                             "First: the President will travel to Ohio on Friday.\n\n"
                             "Q Dana, on the bill. (Off-mike.) Would he veto it?\n\n"
                             "MS. WHITCOMBE: He would. (Speaks Spanish.) (NATO) agrees. [Video plays]\n\n"
                             "Editor's note: This transcript was corrected.\n\n"
                             "Correction: The President travels on Saturday.\n\n"
                             "Copyright 2025 Harbour Radio. All rights reserved.\n");
    CHECKF(t && strstr(t, "speech:s1:First: the President will travel to Ohio on Friday.\n"), "%s", t);
    CHECKF(t && strstr(t, "stage:-:(Off-mike.)\n") && strstr(t, "speech:s2:Would he veto it?\n"), "%s", t);
    CHECKF(t && strstr(t, "stage:-:(Speaks Spanish.)\n") && strstr(t, "stage:-:[Video plays]\n"), "%s", t);
    CHECKF(t && strstr(t, "speech:s1:(NATO) agrees.\n"), "%s", t);
    CHECKF(t && strstr(t, "note:-:Editor's note: This transcript was corrected.\n") &&
               strstr(t, "note:-:Correction: The President travels on Saturday.\n") &&
               strstr(t, "note:-:Copyright 2025 Harbour Radio.\n"),
           "%s", t);
    free(t);
    /* a one-word label that comes back, or names the person in the header, is a turn */
    t = sentence_lines("Interview with Minister Ana Ruiz\n\nHale: Minister, welcome to the programme.\n\n"
                       "Ruiz: Thank you for having me.\n\nHale: What comes first?\n\n"
                       "Ruiz: The harbour.\n");
    CHECKF(t && strstr(t, "speech:s1:Minister, welcome to the programme.\n") &&
               strstr(t, "speech:s2:Thank you for having me.\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Interview with Minister Ana Ruiz\n\nINTERVIEWER: Minister, welcome.\n\n"
                       "Ruiz: Thank you for having me.\n");
    CHECKF(t && strstr(t, "speech:s2:Thank you for having me.\n"), "%s", t);
    free(t);
}

/* Contacts at a statement's foot are the narrator's, never a speaker's turn, and do
 * not pull the statement above them into its header. */
static void test_release_shape(void)
{
    /* a deck under the title, a dateline with the date, a quotation voiced even with a
     * "Media:" contact at the foot */
    const char *text = "Harbour Credit Union Opens 12th Branch in Eastport\n\n"
                       "New branch brings free financial coaching to the east side\n\n"
                       "EASTPORT, Maine, March 5, 2025 /PRNewswire/ -- Harbour Credit Union opened a branch.\n\n"
                       "\"Our members asked for it,\" said Dolores Vance, President of Harbour.\n\n"
                       "Contacts\n\nMedia:\nJo Lind\npress@harbour.example\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    hd_header h = hd_doc_header(d);
    CHECK_STR(h.date, "2025-03-05");
    CHECK_INT(d->nspeakers, 1);
    /* the date in brackets after the place */
    hd_doc *d2 = NULL;
    const char *t2 = "News release\n\nHarbour grant awarded\n\nAUSTIN, Texas (Aug. 19, 2025) \xE2\x80\x94 The port "
                     "authority received a grant for a new quay.\n";
    CHECK_INT(hd_doc_parse(t2, strlen(t2), NULL, &d2, NULL), HD_OK);
    if (d2)
        CHECK_STR(d2->date, "2025-08-19");
    hd_doc_free(d2);
    /* dates labelled "… Date:" or "Date of issue:", and one only in the closing line of
     * a Hong Kong release, a header's own date first */
    static const char *const dated[][2] = {
        {"Allergy Alert on Undeclared Peanuts\n\nCompany Announcement Date: September 09, 2025\n\nWe recall bars.\n",
         "2025-09-09"},
        {"Product recall notice\n\nDate of issue: 9 September 2025\n\nWe recall bars.\n", "2025-09-09"},
        {"LCQ7: Public rental housing\n\nThe average waiting time is 5.3 years.\n\nEnds/Wednesday, October 22, 2025\nNNNN\n",
         "2025-10-22"},
        {"LCQ7: Public rental housing\n\n3 March 2025\n\nThe wait is 5.3 years.\n\nEnds/Wednesday, October 22, 2025\n",
         "2025-03-03"},
        /* a date in a byline after a dash; a date among fields parted by bullets */
        {"Northwind Logistics Q2 2025 Earnings Call Transcript\nBy Motley Fool Transcribing \xE2\x80\x93 Jul 24, 2025 at 9:15PM\n\n"
         "Operator\n\nGood day.\n", "2025-07-24"},
        {"POSTGAME NOTES & QUOTES\nGame 4\nThursday, May 29, 2025 \xE2\x80\xA2 Pelican Arena \xE2\x80\xA2 Attendance: 18,204\n\n"
         "Q. Coach, what did you say?\n\nCOACH HALE: Keep going.\n", "2025-05-29"},
    };
    for (size_t k = 0; k < sizeof dated / sizeof *dated; k++) {
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(dated[k][0], strlen(dated[k][0]), NULL, &dd, NULL), HD_OK);
        if (dd)
            CHECKF(dd->date && strcmp(dd->date, dated[k][1]) == 0, "dated %zu: %s", k, dd->date ? dd->date : "(none)");
        hd_doc_free(dd);
    }
    int deck = 0;
    for (size_t i = 0; i < hd_doc_sentence_count(d); i++) {
        hd_sentence st;
        hd_doc_sentence(d, i, &st);
        if (strncmp(st.text, "New branch", 10) == 0)
            deck = strcmp(st.kind, "meta") == 0;
        if (strncmp(st.text, "\"Our members", 12) == 0)
            CHECKF(st.speaker && strcmp(st.speaker, "s1") == 0, "quotation spoken by %s", st.speaker);
    }
    CHECK(deck);
    hd_doc_free(d);
}

static void test_contacts(void)
{
    char *t = sentence_lines("Harbour Tools Opens New Plant\n\n"
                             "EASTPORT, Maine--(BUSINESS WIRE)--Harbour Tools Inc. today opened a plant.\n\n"
                             "Contacts\n\nMedia:\nJo Lindqvist\npress@harbour.example\n\n"
                             "Investors:\nSam Okafor\nir@harbour.example\n");
    CHECKF(t && strstr(t, "speech:-:EASTPORT, Maine--(BUSINESS WIRE)--Harbour Tools Inc. today opened a plant.\n") &&
               strstr(t, "heading:-:Contacts\n") && strstr(t, "meta:-:Jo Lindqvist\n") &&
               strstr(t, "meta:-:Investors:\n") && !strstr(t, ":s1:"),
           "%s", t);
    free(t);
    t = sentence_lines("Statement by Minister Vidal on the Wetlands Accord\n\nMarch 5, 2025 - Eastport\n\n"
                       "Clara Vidal, Minister of Coasts, today issued the following statement:\n\n"
                       "\xE2\x80\x9CTen years ago, we signed the accord.\n\n"
                       "\xE2\x80\x9CWe will keep our word.\xE2\x80\x9D\n\nMedia contact\n\nJo Lindqvist\n343-555-0199\n");
    CHECKF(t && strstr(t, "speech:s1:\xE2\x80\x9CTen years ago, we signed the accord.\n") &&
               strstr(t, "heading:-:Media contact\n") && strstr(t, "meta:-:Jo Lindqvist\n"),
           "%s", t);
    free(t);
}

/* A page copied whole from a government site: its menu and breadcrumbs unread, the
 * headline under the kind line the title (not the section over it), a field's value
 * on the next line, and the page's own footer gone. */
static void test_copied_page(void)
{
    const char *text = "Skip to main content\nGOV.UK\nMenu\nSearch GOV.UK\nHome\nGovernment\n"
                       "Coasts and harbours\nSpeech\nHarbour Secretary's speech at the Coastal Forum\n"
                       "From:\nDepartment for Coasts\nPublished\n10 March 2025\nShare this page\n\n"
                       "Good morning. It is a pleasure to be here.\n\nThank you.\n\n"
                       "Is this page useful?\nYes\nNo\nReport a problem with this page\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    hd_header h = hd_doc_header(d);
    CHECK_STR(h.title, "Harbour Secretary's speech at the Coastal Forum");
    CHECK_STR(h.kind, "Speech");
    CHECK_STR(h.date, "2025-03-10");
    for (size_t i = 0; i < hd_doc_sentence_count(d); i++) {
        hd_sentence st;
        hd_doc_sentence(d, i, &st);
        CHECKF(!strstr(st.text, "GOV.UK") && !strstr(st.text, "useful") && strcmp(st.text, "No") != 0 &&
                   strcmp(st.text, "Menu") != 0,
               "read: %s", st.text);
    }
    for (size_t k = 0; k < d->nspeakers; k++)
        CHECKF(!d->speakers[k].name || strcmp(d->speakers[k].name, "Published") != 0, "speaker %s",
               d->speakers[k].name);
    hd_doc_free(d);
}

/* Delivery notes in their many dresses, and a salutation that opens the speech. */
static void test_delivery_salutation(void)
{
    static const struct {
        const char *line, *want;
    } notes[] = {
        {"-- Check against delivery --", "Check against delivery"},
        {"Check against delivery!", "Check against delivery"},
        {"(As delivered)", "As delivered"},
        {"**As prepared for delivery**", "As prepared for delivery"},
        {"Original script, may differ from delivered version", "Original script, may differ from delivered version"},
    };
    for (size_t k = 0; k < sizeof notes / sizeof *notes; k++) {
        char text[512];
        snprintf(text, sizeof text, "Speech\nSpeech by Minister Ana Ruiz at the Harbour Forum\n\n3 March 2025\n\n%s\n\n"
                 "Good morning. The harbour reopens.\n", notes[k].line);
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        hd_header h = hd_doc_header(d);
        CHECKF(h.delivery && strcmp(h.delivery, notes[k].want) == 0, "%s: delivery %s", notes[k].line,
               h.delivery ? h.delivery : "(none)");
        hd_doc_free(d);
    }
    const char *pubon = "Statement by the Minister\n\nPublished on 7 February 2025\n\nIt is a sad day.\n";
    hd_doc *pd = NULL;
    CHECK_INT(hd_doc_parse(pubon, strlen(pubon), NULL, &pd, NULL), HD_OK);
    if (pd)
        CHECK_STR(hd_doc_header(pd).date, "2025-02-07");
    hd_doc_free(pd);
    const char *bracket = "Remarks at the Ocean Conference [as delivered]\n\n12 June 2025\n\nThe ocean is our life.\n";
    hd_doc *bd = NULL;
    CHECK_INT(hd_doc_parse(bracket, strlen(bracket), NULL, &bd, NULL), HD_OK);
    if (bd) {
        hd_header h = hd_doc_header(bd);
        CHECK_STR(h.title, "Remarks at the Ocean Conference");
        CHECK_STR(h.delivery, "as delivered");
    }
    hd_doc_free(bd);
    const char *gov = "Speech\nPM speech at the Harbour Forum\nDelivered on\n"
                      "3 March 2025 (Transcript of the speech, exactly as it was delivered)\n\nGood morning.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(gov, strlen(gov), NULL, &d, NULL), HD_OK);
    if (d) {
        hd_header h = hd_doc_header(d);
        CHECK_STR(h.delivery, "Transcript of the speech, exactly as it was delivered");
        CHECK_STR(h.date, "2025-03-03");
    }
    hd_doc_free(d);
    char *t = sentence_lines("Speech by Minister Ana Ruiz at the Harbour Forum\n\n8 September 2025\n\n"
                             "Mr President,\nExcellencies,\nLadies and gentlemen,\n\nA warm welcome to Eastport.\n");
    CHECKF(t && strstr(t, "speech:s1:Mr President, Excellencies, Ladies and gentlemen,\n"), "%s", t);
    free(t);
}

/* A press release's quotations in the voices of the people they are attributed to,
 * however the attribution is written; the attribution, an apposition and a pronoun's
 * "she said" are the narrator's. */
static void test_attributions(void)
{
    /* a government release told in the third person ("… Minister Aroha Whitiora
     * says."): the narrator's, the quotations hers, a second quoted paragraph too */
    char *nz = sentence_lines("Release\n\nRail upgrade to boost freight\n\n19 March 2025\n\n"
                              "The Government is investing $48.5 million in the line, Regional Development Minister Aroha Whitiora says.\n\n"
                              "\xE2\x80\x9CThis line has sat idle for too long,\xE2\x80\x9D Ms Whitiora says.\n\n"
                              "\xE2\x80\x9CReopening it will take trucks off the road.\xE2\x80\x9D\n\n"
                              "The works begin in July.\n\nKiwiRail welcomed the announcement.\n");
    CHECKF(nz && strstr(nz, "speech:-:The Government is investing") && strstr(nz, "speech:-:The works begin in July.\n") &&
               strstr(nz, "speech:s1:\xE2\x80\x9CThis line has sat idle for too long,\xE2\x80\x9D\n") &&
               strstr(nz, "speech:s1:\xE2\x80\x9CReopening it will take trucks off the road.\xE2\x80\x9D\n"),
           "%s", nz);
    free(nz);
    char *t = sentence_lines("Press release\n\nCouncil opens new library\n\nMarch 5, 2025\n\n"
                             "The council opened the library today.\n\n"
                             "\"We listened,\" said Councillor Ana Ruiz.\n\n"
                             "\"It is a great day,\" Ruiz said.\n\n"
                             "\"Reading matters,\" said Tom Hale, chief librarian at the Eastside branch.\n\n"
                             "Deputy Mayor Priya Anand said: \"It came in on budget.\"\n\n"
                             "Library manager Gwen Pryor said:\n\nOur doors are open every day.\n\n"
                             "Gwen Pryor, the manager, said:\n\n\"It is ours too.\"\n\n-- END --\n\n"
                             "\"It is ours,\" she said.\n");
    CHECKF(t && strstr(t, "speech:s4:\"It is ours too.\"\n") && !strstr(t, "END") &&
               strstr(t, "speech:s1:\"We listened,\"\n") && strstr(t, "speech:-:said Councillor Ana Ruiz.\n") &&
               strstr(t, "speech:s1:\"It is a great day,\"\n") && strstr(t, "speech:-:Ruiz said.\n") &&
               strstr(t, "speech:s2:\"Reading matters,\"\n") &&
               strstr(t, "speech:-:said Tom Hale, chief librarian at the Eastside branch.\n") &&
               strstr(t, "speech:s3:\"It came in on budget.\"\n") &&
               strstr(t, "speech:s4:Our doors are open every day.\n") &&
               /* "she said" right after her quotation: the same voice goes on */
               strstr(t, "speech:s4:\"It is ours,\"\n") && strstr(t, "speech:-:she said.\n"),
           "%s", t);
    free(t);
}

/* Parliaments' records, earnings calls and podcasts: name lines with a seat, an
 * office over a name, a role line, a dash and role; unbracketed directions; a
 * questioner who asks once; a topic that is no speaker; a footer; a first line that
 * asks is the title. */
static void test_records(void)
{
    char *t = sentence_lines("Coastal Erosion\n\nVolume 761: debated on Wednesday 5 March 2025\n\n"
                             "Dame Cora Whitby (North Fenland) (LD)\n\nWhat funding is there for coastal schemes?\n\n(1425)\n\n"
                             "The Parliamentary Under-Secretary of State for Coasts (Tom Ravel)\n\nWe are investing more.\n\n"
                             "Several hon. Members rose\xE2\x80\x94\n\nMr Speaker\n\nOrder. I call Jonah Pell.\n\n"
                             "Jonah Pell (Eastmarsh) (Con)\n\nWill the Minister confirm it?\n\n"
                             "Some hon. members: Oh, oh!\n\n"
                             "Tom Ravel\n\nI cannot confirm that today.\n");
    CHECKF(t && !strstr(t, "1425") && strstr(t, "speech:s1:What funding is there for coastal schemes?\n") &&
               strstr(t, "speech:s2:We are investing more.\n") &&
               strstr(t, "stage:-:Several hon. Members rose\xE2\x80\x94\n") && strstr(t, "speech:s3:Order.\n") &&
               strstr(t, "speech:s4:Will the Minister confirm it?\n") &&
               strstr(t, "stage:-:Some hon. members: Oh, oh!\n") &&
               strstr(t, "speech:s2:I cannot confirm that today.\n") && !strstr(t, "(LD)"),
           "%s", t);
    free(t);
    t = sentence_lines("Harbour Foods Q4 Earnings Call\n\nPrepared Remarks:\n\nOperator\n\nGood day, and welcome.\n\n"
                       "Kyle Benton -- Vice President, Investor Relations\n\nThank you, operator.\n\n"
                       "Questions & Answers:\n\nOperator\n\nOur first question comes from Rachel Ng.\n\n"
                       "Rachel Ng -- Harlow Securities -- Analyst\n\nHi, good morning.\n\n4:31 P.M. EDT\n\n"
                       "Duration: 47 minutes\n");
    CHECKF(t && strstr(t, "heading:-:Questions & Answers:\n") && strstr(t, "meta:-:Duration: 47 minutes\n") &&
               strstr(t, "meta:-:4:31 P.M. EDT\n") &&
               strstr(t, "speech:s1:Good day, and welcome.\n") && strstr(t, "speech:s2:Thank you, operator.\n") &&
               strstr(t, "speech:s1:Our first question comes from Rachel Ng.\n") &&
               strstr(t, "speech:s3:Hi, good morning.\n") && !strstr(t, "heading:-:Kyle"),
           "%s", t);
    free(t);
    t = sentence_lines("Weekly briefing by the Official Spokesperson\n\nBegin Text:\n\nSPOKESPERSON: Good afternoon.\n\n"
                       "Sidhant: Sir, will the minister travel?\n\nSPOKESPERSON: Yes.\n\n"
                       "Ukraine: talks resume on Monday.\n\nHOST: Thanks.\n\n"
                       "Transcripts are generated by software and may contain errors.\n");
    CHECKF(t && !strstr(t, "Begin Text") && strstr(t, "speech:s2:Sir, will the minister travel?\n") &&
               strstr(t, "speech:s1:Ukraine: talks resume on Monday.\n") &&
               strstr(t, "note:-:Transcripts are generated by software and may contain errors.\n"),
           "%s", t);
    free(t);
    /* numbered questions, and a Kremlin-style omission mark between turns; the page's
     * footers unread */
    t = sentence_lines("Press conference\n\nCorinne Vallade, President of the Bank\n\n"
                       "Good afternoon. We kept rates unchanged.\n\n"
                       "Question 1: Is a cut coming?\n\nVallade: We do not pre-commit.\n\n"
                       "<\xE2\x80\xA6>\n\nQuestion 2: Was it unanimous?\n\nVallade: It was.\n\n"
                       "Ends/Tuesday, November 18, 2025\nIssued at HKT 11:42\n\nNNNN\n");
    CHECKF(t && strstr(t, "speech:s1:We kept rates unchanged.\n") && strstr(t, "speech:s2:Is a cut coming?\n") &&
               strstr(t, "speech:s2:Was it unanimous?\n") && strstr(t, "speech:s1:It was.\n") &&
               !strstr(t, "Question 2") && !strstr(t, "\xE2\x80\xA6") && !strstr(t, "Ends") && !strstr(t, "NNNN") &&
               !strstr(t, "HKT"),
           "%s", t);
    free(t);
    t = sentence_lines("Meeting with Government members\n\nNovember 19, 2025\nThe Kremlin, Moscow\n\n"
                       "Vladimir Putin: Good afternoon, colleagues.\n\nMarat Yusupov: The heating season has started.\n\n"
                       "Vladimir Putin: Thank you.\n\nThe Kremlin, Moscow\nThe Address\n23, Ilyinka Street, Moscow\n"
                       "Publication status: Published in section: News\nDirect link: en.kremlin.ru/d/78123\n");
    CHECKF(t && strstr(t, "speech:s1:Thank you.\n") && !strstr(t, "Address") && !strstr(t, "Direct") &&
               !strstr(t, "speech:s1:The Kremlin"),
           "%s", t);
    free(t);
    /* a central bank's transcript: labels in capitals ended by a stop; the printed
     * page's running header and page numbers unread */
    t = sentence_lines("Transcript of Chair Okafor's Press Conference\nMarch 19, 2025\n\n"
                       "CHAIR OKAFOR. Good afternoon. We left rates unchanged.\n\n"
                       "MICHELLE DRAYTON. Claire.\n\nCLAIRE MORETTI. Thank you. Is the labor market in balance?\n\n"
                       "CHAIR OKAFOR. Broadly, yes.\n\nMarch 19, 2025 Chair Okafor's Press Conference FINAL\n\nPage 2 of 18\n\n"
                       "CLAIRE MORETTI. And on tariffs?\n\nCHAIR OKAFOR. Too early to say.\n\n"
                       "MICHELLE DRAYTON. Nicol\xC3\xA1s.\n\nNICOL\xC3\x81S IBARRA. Nicol\xC3\xA1s Ibarra, Reuters. Why now?\n\n"
                       "CHAIR OKAFOR. The data.\n\n"
                       "March 19, 2025 Chair Okafor's Press Conference FINAL\n");
    CHECKF(t && strstr(t, "speech:s1:Good afternoon.\n") && strstr(t, "speech:s2:Claire.\n") &&
               strstr(t, "speech:s3:Is the labor market in balance?\n") && strstr(t, "speech:s3:And on tariffs?\n") &&
               strstr(t, "speech:s4:Why now?\n") && strstr(t, "speech:s1:The data.\n") &&
               !strstr(t, "Page 2") && !strstr(t, "FINAL") && !strstr(t, "CHAIR OKAFOR.") && !strstr(t, "IBARRA"),
           "%s", t);
    free(t);
    /* a central bank's press conference: the introductory statement is the first
     * person's; "Ferrando:" is the Vice-President the header names */
    t = sentence_lines("MONETARY POLICY STATEMENT\nPRESS CONFERENCE\n\nMargarethe Lindqvist, President of the ECB,\n"
                       "Tomas Ferrando, Vice-President of the ECB\n\nFrankfurt am Main, 6 March 2025\n\n"
                       "Good afternoon, the Vice-President and I welcome you.\n\nWe are ready for your questions.\n\n"
                       "Transcript of the questions asked and the answers given\n\n"
                       "Question: Are you still restrictive?\n\nLindqvist: Less than we were.\n\n"
                       "Question: And spreads?\n\nFerrando: Contained.\n");
    CHECKF(t && strstr(t, "speech:s1:Good afternoon, the Vice-President and I welcome you.\n") &&
               strstr(t, ":-:Transcript of the questions") && strstr(t, "speech:s1:Less than we were.\n") &&
               strstr(t, "speech:s3:Contained.\n"),
           "%s", t);
    free(t);
    hd_doc *ecb = NULL;
    const char *ecb_text = "PRESS CONFERENCE\n\nMargarethe Lindqvist, President of the ECB,\nTomas Ferrando, Vice-President of the ECB\n\n"
                           "Good afternoon.\n\nQuestion: And spreads?\n\nFerrando: Contained.\n";
    CHECK_INT(hd_doc_parse(ecb_text, strlen(ecb_text), NULL, &ecb, NULL), HD_OK);
    int found = 0;
    for (size_t k = 0; ecb && k < ecb->nspeakers; k++)
        found |= ecb->speakers[k].name && strcmp(ecb->speakers[k].name, "Tomas Ferrando") == 0;
    CHECK(found);
    hd_doc_free(ecb);
    /* a participants list and a record's masthead name who holds a role: header lines */
    t = sentence_lines("THE FUTURE OF ARCTIC SHIPPING\n\nThursday, March 6, 2025\n\nPARTICIPANTS:\n\n"
                       "MODERATOR: NORA ELLIS\nSenior Fellow, Foreign Policy\n\nERIK SOLBERG\nDirector, Polar Trade\n\n"
                       "* * * * *\n\nMS. ELLIS: Good afternoon, and welcome.\n\nMR. SOLBERG: Thank you, Nora.\n");
    CHECKF(t && strstr(t, "meta:-:MODERATOR: NORA ELLIS\n") && strstr(t, "speech:s1:Good afternoon, and welcome.\n") &&
               strstr(t, "speech:s2:Thank you, Nora.\n") && !strstr(t, "* *"),
           "%s", t);
    free(t);
    t = sentence_lines("Security Council\n9912th meeting\nThursday, 13 March 2025, 10 a.m.\nNew York\n\n"
                       "President: Mr. Ostrander (Vallonia)\n\nThe meeting was called to order at 10.05 a.m.\n\n"
                       "The President: I give the floor to Ms. Tallak.\n\nMs. Tallak: Thank you, Mr. President.\n");
    CHECKF(t && strstr(t, "meta:-:President: Mr. Ostrander (Vallonia)\n") &&
               strstr(t, "speech:s1:I give the floor to Ms. Tallak.\n"),
           "%s", t);
    free(t);
    hd_doc *d = NULL;
    const char *pod = "The Long Table, Episode 112: Who pays for the grid?\n\nPublished March 15, 2025\n\n"
                      "HOST: Welcome to The Long Table.\n\nGUEST: Thanks for having me.\n";
    CHECK_INT(hd_doc_parse(pod, strlen(pod), NULL, &d, NULL), HD_OK);
    if (d) {
        hd_header h = hd_doc_header(d);
        CHECK_STR(h.title, "The Long Table, Episode 112: Who pays for the grid?");
        CHECK_STR(h.date, "2025-03-15");
    }
    hd_doc_free(d);
}

static void test_inaudible(void)
{
    const char *text = "Briefing\n\nMS. RUIZ: We will [inaudible] the plan next week.\n\n"
                       "Q What about the (inaudible)?\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    static const struct {
        const char *kind, *text;
        int speaker;
    } want[] = {
        {"speech", "We will", 1},
        {"stage", "[inaudible]", 0},
        {"speech", "the plan next week.", 1},
        {"speech", "What about the", 1},
        {"stage", "(inaudible)", 0},
    };
    size_t k = 0;
    for (size_t i = 0; i < hd_doc_sentence_count(d) && k < 5; i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        if (strcmp(s.kind, "speech") != 0 && strcmp(s.kind, "stage") != 0)
            continue;
        CHECK_STR(s.kind, want[k].kind);
        CHECK_STR(s.text, want[k].text);
        CHECKF((s.speaker != NULL) == want[k].speaker, "'%s': speaker %s", s.text,
               s.speaker ? s.speaker : "none");
        k++;
    }
    CHECK_INT(k, 5);
    hd_doc_free(d);
}

static void test_markers(void)
{
    hd_doc *d = NULL;
    const char *text = "PRESS RELEASE\n\nFor immediate release: 12 September 2024\n\n"
                       "Harbour opens new berths\n\n"
                       "The harbour opened twenty berths today.\n\n###\n\n"
                       "Notes to editors\n\nThe harbour was founded in 1871.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    hd_header h = hd_doc_header(d);
    CHECK_STR(h.kind, "PRESS RELEASE");
    CHECK_STR(h.date, "2024-09-12");
    CHECK_STR(h.title, "Harbour opens new berths");
    size_t n = hd_doc_sentence_count(d);
    hd_sentence s;
    int saw_end = 0, last_note = 0, release = 0, date_line = 0;
    for (size_t i = 0; i < n; i++) {
        hd_doc_sentence(d, i, &s);
        saw_end |= strstr(s.text, "###") != NULL;
        last_note = strcmp(s.kind, "note") == 0;
        /* the instruction to editors is not read; its date is, as a date line */
        release |= strstr(s.text, "immediate release") != NULL;
        date_line |= strcmp(s.text, "12 September 2024") == 0;
    }
    CHECK(!saw_end);
    CHECK(last_note);
    CHECK(!release);
    CHECK(date_line);
    hd_doc_free(d);
}

/* A heading right under another heading is part of its chapter, not a chapter of
 * its own; "**Velmora" is titled "Velmora". */
static void test_heading_chapters(void)
{
    const char *text = "Statement\n\nThe council met today and agreed the plan.\n\n"
                       "**Part one**\n\nSection A\n\nWe will report in May and reopen.\n\n"
                       "Part two\n\nThe harbour will reopen in June.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    CHECK_INT(d->nchapters, 4);
    if (d->nchapters == 4) {
        CHECK_STR(d->chapters[2].title, "Part one");
        CHECK_STR(d->chapters[3].title, "Part two");
    }
    hd_doc_free(d);
}

/* A heading over a transcript's first turn opens the body when the body has headings
 * of its own; a venue line there, or a lone short line, stays in the header. */
static void test_heading_before_first_turn(void)
{
    static const struct {
        const char *text;
        const char *chapter2; /* NULL: the line is the header's */
        st_kind kind;
    } cases[] = {
        {"Press conference\n\nJoint press conference by Minister Ana Ruiz and Mayor Tom Hale\n\n"
         "12 May 2025\n\nOpening statements\n\nMINISTER RUIZ: Good morning. The terminal opens.\n\n"
         "Questions and answers\n\nQ: When?\n\nMINISTER RUIZ: In June.\n",
         "Opening statements", ST_HEADING},
        {"Press briefing\n\nPress briefing by Spokesperson Ana Ruiz\n\n12 May 2025\n\n"
         "Harbour Briefing Room\n\nMS. RUIZ: Good afternoon. The terminal opens.\n\n"
         "Questions and answers\n\nQ: When?\n\nMS. RUIZ: In June.\n",
         NULL, ST_META},
        {"Press briefing\n\nPress briefing by Spokesperson Ana Ruiz\n\n12 May 2025\n\n"
         "Opening statements\n\nMS. RUIZ: Good afternoon. The terminal opens.\n\n"
         "Q: When?\n\nMS. RUIZ: In June.\n",
         NULL, ST_META},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        const char *line = cases[k].chapter2 ? cases[k].chapter2 : strstr(cases[k].text, "Room") ? "Harbour Briefing Room" : "Opening statements";
        int found = 0;
        for (size_t i = 0; i < d->nsents; i++)
            if (strcmp(d->sents[i].text, line) == 0) {
                found = 1;
                CHECKF(d->blocks[d->sents[i].block].kind == cases[k].kind, "case %zu: %s is kind %d", k,
                       line, (int)d->blocks[d->sents[i].block].kind);
            }
        CHECKF(found, "case %zu: no sentence %s", k, line);
        if (cases[k].chapter2)
            CHECKF(d->nchapters >= 3 && strcmp(d->chapters[1].title, cases[k].chapter2) == 0,
                   "case %zu: chapter 2 is %s", k, d->nchapters > 1 ? d->chapters[1].title : "(none)");
        hd_doc_free(d);
    }
}

/* Time codes before each paragraph are the editor's: not read, and not in the way of
 * the speaker cues after them; a bare clock time opening agenda lines stays. */
static void test_time_coded(void)
{
    const char *text = "Transcript: Harbour update\n\n[00:00:04] Chief Ana Ruiz: Good evening.\n\n"
                       "[00:00:19] The harbour is open.\n\n[00:01:40] Sheriff Tom Hale: Thank you, Chief.\n\n"
                       "00:02:15 We made two arrests.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    static const struct {
        const char *text, *who;
    } want[] = {{"Good evening.", "Ana Ruiz"}, {"The harbour is open.", "Ana Ruiz"},
                {"Thank you, Chief.", "Tom Hale"}, {"We made two arrests.", "Tom Hale"}};
    size_t k = 0;
    for (size_t i = 0; i < hd_doc_sentence_count(d) && k < 4; i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        if (strcmp(s.kind, "speech") != 0)
            continue;
        CHECK_STR(s.text, want[k].text);
        const char *name = NULL;
        for (size_t j = 0; s.speaker && j < d->nspeakers; j++)
            if (strcmp(d->speakers[j].id, s.speaker) == 0)
                name = d->speakers[j].name;
        CHECKF(name && strcmp(name, want[k].who) == 0, "'%s': %s, want %s", s.text, name ? name : "none",
               want[k].who);
        k++;
    }
    CHECK_INT(k, 4);
    CHECK_STR(d->kind, "Transcript");
    CHECK_STR(d->title, "Harbour update");
    hd_doc_free(d);

    const char *agenda = "Programme\n\n10:30 Opening remarks by the Mayor.\n\n11:00 Coffee is served.\n";
    CHECK_INT(hd_doc_parse(agenda, strlen(agenda), NULL, &d, NULL), HD_OK);
    int kept = 0;
    for (size_t i = 0; d && i < hd_doc_sentence_count(d); i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        kept += strncmp(s.text, "10:30", 5) == 0 || strncmp(s.text, "11:00", 5) == 0;
    }
    CHECK_INT(kept, 2);
    hd_doc_free(d);
}

/* Before any cue, a name-like label over a few words is a title, not a speaker. */
static void test_title_not_cue(void)
{
    const char *text = "House of Commons\n\nFlood Defences: Severn Marshes\n\n"
                       "The Minister for Floods (Ms Ana Ruiz): I will make a statement.\n\n"
                       "Tom Hale: I thank the Minister.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    CHECK_INT(d->nspeakers, 2);
    for (size_t k = 0; k < d->nspeakers; k++)
        CHECKF(!d->speakers[k].role || strcmp(d->speakers[k].role, "Flood Defences") != 0,
               "speaker %zu is the title", k);
    if (d->nspeakers == 2) {
        CHECK_STR(d->speakers[0].name, "Ana Ruiz");
        CHECK_STR(d->speakers[1].name, "Tom Hale");
    }
    hd_doc_free(d);

    /* under the last turn: a dateline is the narrator's, "– END –" is not read */
    const char *tail = "Briefing\n\nMS. RUIZ: We are done.\n\nNew Delhi\nAugust 21, 2025\n\n"
                       "\xE2\x80\x93 END \xE2\x80\x93\n";
    CHECK_INT(hd_doc_parse(tail, strlen(tail), NULL, &d, NULL), HD_OK);
    size_t spoken = 0, meta = 0;
    for (size_t i = 0; d && i < hd_doc_sentence_count(d); i++) {
        hd_sentence se;
        hd_doc_sentence(d, i, &se);
        CHECKF(!strstr(se.text, "END"), "'%s' is read", se.text);
        if (se.speaker)
            spoken++;
        meta += strcmp(se.kind, "meta") == 0 && !se.speaker;
    }
    CHECK_INT(spoken, 1);
    CHECK_INT(meta, 2);
    hd_doc_free(d);
}

/* "Below is a transcript of her remarks as delivered:" hands what follows to the
 * person the release is about, not to the co-sponsor it also names. */
static void test_lead_in(void)
{
    const char *text = "Press Release\n\nRuiz Speaks on Harbour Bill\n\nMarch 3, 2025\n\n"
                       "Today, Senator Ana Ruiz spoke on the bill, which she wrote with Senator Tom Hale. "
                       "Below is a transcript of her remarks as delivered:\n\n"
                       "Mr. President, I rise to speak for the harbour.\n\nI yield the floor.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    size_t hers = 0, narrated = 0;
    for (size_t i = 0; i < hd_doc_sentence_count(d); i++) {
        hd_sentence se;
        hd_doc_sentence(d, i, &se);
        const char *name = NULL;
        for (size_t j = 0; se.speaker && j < d->nspeakers; j++)
            if (strcmp(d->speakers[j].id, se.speaker) == 0)
                name = d->speakers[j].name;
        if (name && strcmp(name, "Ana Ruiz") == 0)
            hers++;
        narrated += !se.speaker && strstr(se.text, "Below is a transcript") != NULL;
    }
    CHECK_INT(hers, 2);
    CHECK_INT(narrated, 1); /* the release's own words are the narrator's */
    hd_doc_free(d);
}

/* Portfolios with "and" in them, a record's kind line over the event's, and a
 * person over their role above a release's headline. */
static void test_portfolios_and_records(void)
{
    static const struct {
        const char *text, *kind, *title, *name, *role;
    } cases[] = {
        {"Statement by the Minister for Transport and Infrastructure, Ana Ruiz\n\n1 December 2026\n\nWe will build it.\n",
         "Statement", "Statement by the Minister for Transport and Infrastructure, Ana Ruiz", "Ana Ruiz",
         "Minister for Transport and Infrastructure"},
        {"Remarks by Ana Ruiz, Minister for Work and Pensions, at the Jobs Summit\n\n1 December 2026\n\nWe will build it.\n",
         "Remarks", "Remarks by Ana Ruiz, Minister for Work and Pensions, at the Jobs Summit", "Ana Ruiz",
         "Minister for Work and Pensions"},
        /* two people: the "and" between them is no portfolio's */
        {"Joint press conference by Minister for Trade Ana Ruiz and Minister for Health Tom Hale\n\n1 December 2026\n\n"
         "MINISTER RUIZ: We agree.\n\nMINISTER HALE: We do.\n",
         "Joint press conference", NULL, "Ana Ruiz", "Minister for Trade"},
        /* "Transcript" only says it is a record: the event under it is the kind */
        {"Transcript\n\nInterview with the Minister for Transport and Infrastructure, Ana Ruiz, on Kestrel Radio\n\n"
         "TOM HALE: Minister, thanks for joining us.\n\nANA RUIZ: Good to be with you.\n",
         "Interview", "Interview with the Minister for Transport and Infrastructure, Ana Ruiz, on Kestrel Radio", "Tom Hale", NULL},
        /* a person over their role titles nothing: the headline under the date does */
        {"Media release\n\nThe Hon Ana Ruiz MP\nMinister for Transport and Infrastructure\n\n1 December 2026\n\n"
         "New rail link for the west\n\nThe Government will build a new rail link, Ms Ruiz said today.\n\n"
         "\"This is a great day,\" Ms Ruiz said.\n",
         "Media release", "New rail link for the west", "Ana Ruiz", "Minister for Transport and Infrastructure"},
        /* in capitals, with a second office, a place between the kind and the date */
        {"THE HON. MARCUS TEALBY MP\nMINISTER FOR REGIONAL TRANSPORT\nMEMBER FOR CORRANDALE\n\n"
         "TRANSCRIPT\nDOORSTOP INTERVIEW\nWAGGA WAGGA\nMONDAY, 3 NOVEMBER 2025\n\n"
         "SUBJECTS: Highway upgrade; regional airfares.\n\nE&OE\n\n"
         "MARCUS TEALBY: Thanks for coming out.\n\nJOURNALIST: When?\n\nTEALBY: By late 2028.\n",
         "DOORSTOP INTERVIEW", "DOORSTOP INTERVIEW", "Marcus Tealby", "Minister for Regional Transport"},
        /* a person before the kind is no part of it; the day the opening says */
        {"Senator Alana Moorcroft Interview on KXRT Morning Drive Transcript\n\n"
         "Senator Alana Moorcroft joined KXRT's Morning Drive with host Brett Calloway on Thursday, Nov. 6, 2025, to discuss the farm bill.\n\n"
         "Brett Calloway: Senator, welcome.\n\nAlana Moorcroft: Thanks, Brett.\n\nBrett Calloway: So?\n\nAlana Moorcroft: Well.\n",
         "Interview", NULL, "Brett Calloway", NULL},
        /* a second kind line with its two people under the title: their byline */
        {"Rueda de prensa posterior al Consejo de Ministros\n\nTranscripci\xC3\xB3n\n\n"
         "Rueda de prensa de la ministra portavoz, Luc\xC3\xAD" "a Arrizabalaga, y del ministro de Transportes, \xC3\x8D\xC3\xB1igo Salcedo\n\n"
         "Madrid, martes 18 de noviembre de 2025\n\nPortavoz.- Buenos d\xC3\xAD" "as.\n\nSr. Salcedo.- Muchas gracias, Luc\xC3\xAD" "a.\n\n"
         "Portavoz.- Gracias.\n",
         "Rueda de prensa", "Rueda de prensa posterior al Consejo de Ministros", "Luc\xC3\xAD" "a Arrizabalaga", "ministra portavoz"},
        /* the office the title names, the name a "From:" field gives: one person */
        {"Speech\nChancellor's speech at the Reform Summit\nFrom:\nCabinet Office and The Rt Hon Eleanor Castleford MP\n"
         "Published\n14 October 2025\n\nThank you, and good morning everyone.\n",
         "Speech", "Chancellor's speech at the Reform Summit", "Eleanor Castleford", "Chancellor"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        CHECK_STR(d->kind, cases[k].kind);
        if (cases[k].title)
            CHECK_STR(d->title, cases[k].title);
        CHECKF(d->nspeakers >= 1, "case %zu: %zu speakers", k, d->nspeakers);
        if (d->nspeakers >= 1) {
            CHECK_STR(d->speakers[0].name, cases[k].name);
            if (cases[k].role)
                CHECK_STR(d->speakers[0].role, cases[k].role);
        }
        if (k == 2)
            CHECKF(d->nspeakers == 2 && d->speakers[1].name && strcmp(d->speakers[1].name, "Tom Hale") == 0 &&
                       d->speakers[1].role && strcmp(d->speakers[1].role, "Minister for Health") == 0,
                   "%zu speakers", d->nspeakers);
        if (cases[k].title == NULL && strcmp(cases[k].kind, "Interview") == 0)
            CHECK_STR(d->date, "2025-11-06");
        if (strcmp(cases[k].kind, "Rueda de prensa") == 0)
            CHECKF(d->nspeakers == 2 && d->speakers[1].role && strcmp(d->speakers[1].role, "ministro de Transportes") == 0,
                   "%zu speakers, the second's role %s", d->nspeakers,
                   d->nspeakers == 2 && d->speakers[1].role ? d->speakers[1].role : "none");
        if (k == 3)
            CHECKF(d->nspeakers == 2 && d->speakers[1].role &&
                       strcmp(d->speakers[1].role, "Minister for Transport and Infrastructure") == 0,
                   "%zu speakers, the second's role %s", d->nspeakers, d->nspeakers == 2 && d->speakers[1].role ? d->speakers[1].role : "none");
        hd_doc_free(d);
    }
}

/* « 24 octobre 2025 - Seul le prononcé fait foi »: the date and the delivery note. */
static void test_date_and_delivery(void)
{
    const char *text = "D\xC3\xA9" "claration de M. Herv\xC3\xA9 Delorme, Pr\xC3\xA9sident de la R\xC3\xA9publique, \xC3\xA0 Dakar.\n\n"
                       "24 octobre 2025 - Seul le prononc\xC3\xA9 fait foi\n\nMesdames et Messieurs,\n\nJe suis heureux d'\xC3\xAAtre \xC3\xA0 Dakar.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->date, "2025-10-24");
        CHECK_STR(d->delivery, "Seul le prononc\xC3\xA9 fait foi");
    }
    hd_doc_free(d);
}

/* A short text in Spanish or French is told by the letters only it writes, where
 * the two languages' common words are too few to decide. */
static void test_short_language(void)
{
    static const struct {
        const char *text, *lang;
    } cases[] = {
        {"La Secretar\xC3\xAD" "a de Salud informa que la campa\xC3\xB1" "a de vacunaci\xC3\xB3n concluir\xC3\xA1 el 31 de marzo de 2026.\n", "es"},
        {"COMUNICADO DE PRENSA\n\nLa Secretar\xC3\xAD" "a de Salud informa que la campa\xC3\xB1" "a concluir\xC3\xA1.\n", "es"},
        {"La ministre a annonc\xC3\xA9 que la r\xC3\xA9" "forme sera appliqu\xC3\xA9" "e \xC3\xA0 la rentr\xC3\xA9" "e.\n", "fr"},
        {"Minister Jos\xC3\xA9 Pe\xC3\xB1" "a said the plan is a good one for the region.\n", "en"},
        /* (a party's letters in brackets are no Spanish "con"; English with one
         * sentence in French is English, its French a span) */
        {"Owen Pryce (Con) 21,403\n", "en"},
        {"Rural Bus Services\n\nMr Gareth Pryce (Con)\nI thank my hon. Friend.\n\nMr Speaker\nOrder.\n", "en"},
        /* (a French name said three times in a short English release is one French word) */
        {"Fondation Lumi\xC3\xA8re launches $3M literacy fund\n\nMONTREAL, Sept. 3, 2024 /CNW/ - Fondation "
         "Lumi\xC3\xA8re pour l'enfance today launched a $3-million literacy fund.\n\nSOURCE Fondation "
         "Lumi\xC3\xA8re pour l'enfance\n",
         "en"},
        {"Press point by Commissioner Anne Leclerc\n\nToday the Commission adopted its proposal on farm subsidies.\n\n"
         "Nous avons \xC3\xA9" "cout\xC3\xA9 les agriculteurs et nous allons agir.\n",
         "en"},
        /* (an audience's greeting in French under its English opening) */
        {"General Audience\n\nWednesday, 3 September 2025\n\nDear brothers and sisters, good morning!\n\n"
         "Je salue cordialement les p\xC3\xA8lerins de langue fran\xC3\xA7" "aise.\n",
         "en"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        if (d)
            CHECKF(strcmp(data_lang_code(d->lang), cases[k].lang) == 0, "case %zu: %s", k, data_lang_code(d->lang));
        hd_doc_free(d);
    }
}

/* A kind named inside the title wins over "Transcript". */
static void test_kind_in_title(void)
{
    const char *text = "Transcript of Weekly Media Briefing by the Official Spokesperson (August 21, 2025)\n\n"
                       "Official Spokesperson: Good afternoon.\n\nQuestion: Thank you.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->kind, "Media briefing");
    hd_doc_free(d);
    /* a kind that opens the title, or one of its sentences (the last says most) */
    static const struct {
        const char *text, *kind;
    } cases[] = {
        {"Doorstop, Port Ellis, Kestrel Islands\n\n4 March 2025\n\nPRIME MINISTER: Good morning.\n\nJOURNALIST: Thanks.\n",
         "Doorstop"},
        {"HEARING ON THE FUTURE OF COASTAL FERRIES\n\nThe Chair: We come to order.\n\nMs. Dalal: Thank you.\n", "Hearing"},
        {"VERSI\xC3\x93N ESTENOGR\xC3\x81" "FICA. CONFERENCIA DE PRENSA MATUTINA DEL PRESIDENTE ANDR\xC3\x89S ROBLES\n\n"
         "12 de marzo de 2025\n\nPRESIDENTE ANDR\xC3\x89S ROBLES: Buenos d\xC3\xAD" "as.\n\nPREGUNTA: \xC2\xBF" "Cu\xC3\xA1ndo?\n",
         "Conferencia de prensa matutina"},
        /* a speech titled by its speaker's name, possessive, with a colon, or neither */
        {"Keir Starmer's speech at the launch of the manifesto\n\n13 June 2024\n\nFriends, this is a manifesto.\n",
         "Speech"},
        {"Keir Starmer: speech at the launch of the manifesto\n\n13 June 2024\n\nFriends, this is a manifesto.\n",
         "Speech"},
        {"Keir Starmer speech at the launch of the manifesto\n\n13 June 2024\n\nFriends, this is a manifesto.\n",
         "Speech"},
        /* "Summary" over the first paragraph is no kind */
        {"HEALTH ADVISORY\n\nMpox in Central Africa\nAugust 14, 2024\n\nSummary\nCDC is issuing this Health Advisory "
         "to notify clinicians of an outbreak.\n",
         "HEALTH ADVISORY"},
        /* a kind in the middle of a headline is no kind ("… after the statement …") */
        {"Council answers after the statement on ferries\n\n4 March 2025\n\nThe council met today.\n", NULL},
        /* hunt 109 d17: a kind, its date and the release's number between bars */
        {"Media release | 4 February 2026 | Release number: MR 012/26\n\nRetailer to pay $3 million penalty for "
         "misleading discount claims\n\nThe Federal Court has ordered the retailer to pay the penalty.\n",
         "Media release"},
        /* a sentence that opens with a kind's word is no kind ("Debate resumed.") */
        {"Debate resumed.\n\nMODERATOR: Welcome back.\n\nMR. KLINE: Thank you.\n", NULL},
        /* a kind that ends the title before "on" and its date */
        {"Spokesperson Wang Lei's Regular Press Conference on March 3, 2026\n\nWang Lei: Good afternoon.\n\nAFP: What "
         "is your comment?\n\nWang Lei: We noted it.\n",
         "Regular press conference"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (d)
            CHECK_STR(d->kind, cases[i].kind);
        hd_doc_free(d);
    }
}

/* A state government's release: issuer lines in capitals over it, a numbered kind, a
 * dateline with "dated", a lead paragraph that quotes someone ("Speaking at …, the
 * Chief Minister said, …"), items numbered in roman numerals, Indian honorifics;
 * narrated, and nobody invented ("hit by Storm Leela" names no speaker). */
static void test_issuer_release(void)
{
    const char *text = "GOVERNMENT OF VELLORA\nDEPARTMENT OF INFORMATION & PUBLIC RELATIONS\n\n"
                       "Press Release No. 27\nKarimnagar, dated 04.06.2025\n\n"
                       "State sets aside Rs. 800 crore for flood-hit weavers\n\n"
                       "Chief Minister Shri Arun Varma today approved a package for weavers hit by Storm Leela. "
                       "Speaking at the Secretariat, the Chief Minister said, \"Help will reach every loom. "
                       "Payments begin next week.\"\n\n"
                       "The package includes:\ni) Rs. 5,000 for each loom.\nii) Free yarn for two months.\n"
                       "iii) Loans at low interest.\n\n"
                       "Handloom Minister Smt. Rekha Das said the survey was complete.\n\n"
                       "Sd/- Deputy Director (Information)\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    hd_header h = hd_doc_header(d);
    CHECK_STR(h.title, "State sets aside Rs. 800 crore for flood-hit weavers");
    CHECK_STR(d->kind, "Press Release");
    CHECK_STR(h.date, "2025-06-04");
    /* the quotation is the Chief Minister's, named in the sentence before it */
    CHECKF(d->nspeakers == 1 && d->speakers[0].name && strstr(d->speakers[0].name, "Arun Varma"),
           "%zu speakers, the first %s", d->nspeakers, d->nspeakers ? d->speakers[0].name : "");
    hd_doc_free(d);
    char *t = sentence_lines(text);
    CHECKF(t && strstr(t, "meta:-:GOVERNMENT OF VELLORA\n") &&
               strstr(t, "speech:-:Chief Minister Shri Arun Varma today approved a package for weavers hit by Storm Leela.\n") &&
               strstr(t, "list:-:Free yarn for two months.\n") && strstr(t, "list:-:Loans at low interest.\n") &&
               strstr(t, "speech:-:Handloom Minister Smt. Rekha Das said the survey was complete.\n"),
           "%s", t);
    free(t);
}

/* A quotation after a long opening phrase: "Speaking during a site visit on Tuesday,
 * 11 March 2025, Minister Mokoena said: \"…\"" is the minister's. */
static void test_attribution_after_phrase(void)
{
    const char *text = "Media statement\n\nMinister opens water scheme\n\n12 March 2025\n\n"
                       "The Minister of Water and Sanitation, Ms Thandeka Mokoena, has welcomed the scheme.\n\n"
                       "Speaking during a site visit on Tuesday, 11 March 2025, Minister Mokoena said: "
                       "\"Water is dignity.\"\n";
    char *t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:\"Water is dignity.\"\n"), "%s", t);
    free(t);
}

/* A briefing's reporter labelled with an outlet after a slash ("JOSEPH MORONG/GMA 7:");
 * a release's quotations: verbs such as "warned", a quotation of several paragraphs
 * (each opened, only the last closed) after "said:", a note after the quotation the
 * narrator's, and a link list at the end not read; "Statement by the Prime Minister
 * on the National Day …" names no one called "Day", and the lead-in names him. */
static void test_briefing_and_release_quotes(void)
{
    char *t = sentence_lines("Press briefing\n\nUSEC. CLAIRE CASTRO: Good morning.\n\n"
                             "JOSEPH MORONG/GMA 7: Usec, on the sea.\n\nUSEC. CASTRO: Yes.\n");
    CHECKF(t && strstr(t, "speech:s2:Usec, on the sea.\n") && !strstr(t, "MORONG/GMA"), "%s", t);
    free(t);
    t = sentence_lines("Press release\n\nMinister warns on rations\n\n"
                       "\"We need funds now,\" said Ayaki Ito.\n\n"
                       "\"Without funds, we will cut rations,\" Ito warned.\n\n"
                       "Speaking in Dundee, the First Minister, Ana Ruiz, said:\n\n"
                       "\"Tackling poverty is our mission. It is working.\n\n"
                       "\"We will go on.\"\n\n"
                       "Note: Support is available on the helpline.\n\n"
                       "Associated Links\n- The helpline\n");
    CHECKF(t && strstr(t, "speech:s1:\"Without funds, we will cut rations,\"\n") &&
               strstr(t, "speech:s2:\"Tackling poverty is our mission.\n") && strstr(t, "speech:s2:It is working.\n") &&
               strstr(t, "note:-:Note: Support is available on the helpline.\n") && !strstr(t, "The helpline"),
           "%s", t);
    free(t);
    const char *text = "Statement by the Prime Minister on the National Day for Truth and Reconciliation\n\n"
                       "September 30, 2025\nOttawa, Ontario\n\n"
                       "The Prime Minister, Mark Carney, today issued the following statement:\n\n"
                       "\"Today we honour the Survivors.\"\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Mark Carney") == 0,
           "%s", d && d->nspeakers ? d->speakers[0].name : "no speaker");
    hd_doc_free(d);
}

/* Mastheads and numbers over the headline: the headline titles the statement. */
static void test_mastheads(void)
{
    static const struct {
        const char *text, *kind, *title;
    } cases[] = {
        {"PRESS RELEASE NO: 2026/021/AFR\n\nBank Approves Loan for Eastern Ports\n\n"
         "WASHINGTON, October 2, 2025 \xE2\x80\x93 The board approved a loan today.\n",
         "PRESS RELEASE", "Bank Approves Loan for Eastern Ports"},
        {"Press Release: 2025-2026/1242\n\nDate: October 01, 2025\n\nMonetary Policy Statement, 2025-26\n\n"
         "The committee decided to keep the rate unchanged at 5.5 per cent today.\n",
         "Press Release", "Monetary Policy Statement, 2025-26"},
        {"Relief Agency Briefing Notes\n\nNorland: Displacement passes 100,000 as fighting goes on\n\n"
         "This is a summary of what was said by spokesperson Ana Ruiz at today's press briefing.\n\n"
         "\"We need funds,\" Ruiz warned.\n",
         "Relief Agency Briefing Notes", "Norland: Displacement passes 100,000 as fighting goes on"},
        {"CITY OF EASTPORT\nREGULAR MEETING OF THE CITY COUNCIL\nVERBATIM TRANSCRIPT\nMonday, October 6, 2025\n\n"
         "MAYOR HOLT: Good evening.\n\nCLERK: All present.\n",
         "VERBATIM TRANSCRIPT", "REGULAR MEETING OF THE CITY COUNCIL"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        hd_header h = hd_doc_header(d);
        CHECK_STR(d->kind, cases[i].kind);
        CHECK_STR(h.title, cases[i].title);
        hd_doc_free(d);
    }
    /* a decision over its bullets is the body's, not a header summary */
    char *u = sentence_lines("Monetary Policy Statement, 2025-26\n\nOctober 1, 2025\n\n"
                             "At its meeting today the Committee decided to:\n\n"
                             "\xE2\x80\xA2 keep the policy rate unchanged at 5.50 per cent.\n\n"
                             "The Committee also kept its stance.\n");
    CHECKF(u && strstr(u, "speech:-:At its meeting today the Committee decided to:\n") &&
               strstr(u, "list:-:keep the policy rate unchanged at 5.50 per cent.\n"),
           "%s", u);
    free(u);
    /* a date line that says where, or gives the hours in brackets */
    static const char *const dated[] = {
        "Press conference by the Mayor\n\nTuesday, 7 October 2025 in Eastport\n\nMAYOR HOLT: Welcome.\n",
        "Press briefing\n\nSeptember 23, 2025 (11:32 A.M. \xE2\x80\x93 12:18 P.M.)\n\nMS. RUIZ: Good morning.\n",
        /* the date, then the venue after "at"; a dateline all in brackets */
        "Mayor-elect Tamsin Achebe Victory Speech\n\nNovember 4, 2025, at the Fillmore Ballroom\n\nThank you! "
        "Tonight, we won 54 percent of the vote.\n",
        "Human Rights Watch\nNews Release\n\n(Nairobi, May 20, 2025) \xE2\x80\x93 Security forces killed 32 "
        "protesters, Human Rights Watch said today.\n",
        /* a British dateline with the time dotted and its zone */
        "Opening remarks by Chief Constable Sarah Whitlam\n\nWed 19 Mar 2025 11.30 GMT\n\nGood morning.\n",
        /* a dateline ended by a stop or a colon */
        "Institute for Energy Research\nPress release\n\nHeat pumps could cut emissions\n\nBerlin, 11 February 2026. "
        "Replacing gas boilers could cut emissions by 60%.\n",
        "INTERNATIONAL CRICKET COUNCIL\n\nMedia Release\n\nSharma reprimanded\n\nDubai, 3 March 2026: The batter has "
        "been reprimanded.\n",
        /* a place, a dash, the date and a colon (hunt 104 d09) */
        "Statement at the Conclusion of the IMF Staff Visit to Sri Lanka\n\nColombo, Sri Lanka \xE2\x80\x93 September "
        "18, 2026: An IMF team visited Colombo from September 8 to 18, 2026.\n",
        /* (a place with small words in lower case: review 110 F5) */
        "IMF staff concludes visit to Tanzania\n\nDar es Salaam, Tanzania \xE2\x80\x93 September 18, 2026: An IMF team "
        "visited Dar es Salaam.\n",
        /* (a place's "upon", and one of six words: review 111 F13) */
        "Port talks conclude\n\nNewcastle upon Tyne \xE2\x80\x93 September 18, 2026: The talks ended.\n",
        "IMF staff concludes visit to Bolivia\n\nSanta Cruz de la Sierra, Bolivia \xE2\x80\x93 September 18, 2026: An "
        "IMF team visited.\n",
        /* (a place's "e" and "los": review 112) */
        "Presidential visit\n\nS\xC3\xA3o Tom\xC3\xA9 e Pr\xC3\xADncipe \xE2\x80\x93 September 18, 2026: The "
        "president arrived.\n",
        /* (a subtitle's "Set for November 14, 2026" dates what is to come: hunt 105 d06) */
        "Vireo Genetics Announces FDA Acceptance of BLA for VG-301\n\nPDUFA Target Action Date Set for November 14, "
        "2026\n\nPHILADELPHIA, July 15, 2026 (BUSINESS WIRE) -- Vireo Genetics today announced the news.\n"};
    static const char *const want_date[] = {"2025-10-07", "2025-09-23", "2025-11-04", "2025-05-20", "2025-03-19",
                                            "2026-02-11", "2026-03-03", "2026-09-18", "2026-09-18", "2026-09-18",
                                            "2026-09-18", "2026-09-18", "2026-07-15"};
    for (size_t i = 0; i < sizeof dated / sizeof *dated; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(dated[i], strlen(dated[i]), NULL, &d, NULL), HD_OK);
        if (d)
            CHECK_STR(hd_doc_header(d).date, want_date[i]);
        hd_doc_free(d);
    }
    /* (an exchange's release, "ASX RELEASE", is the kind; the headline under it the
     * title: hunt 105 d05) */
    {
        const char *asx = "ASX RELEASE\n3 March 2026\n\nMineral Resource Estimate Upgrade at Copperhead\n\nRedgum "
                          "Metals Ltd (ASX: RGM) is pleased to announce an updated estimate.\n";
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(asx, strlen(asx), NULL, &d, NULL), HD_OK);
        CHECK(d && d->title && strcmp(d->title, "Mineral Resource Estimate Upgrade at Copperhead") == 0);
        CHECK(d && hd_doc_header(d).kind && strcmp(hd_doc_header(d).kind, "ASX RELEASE") == 0);
        hd_doc_free(d);
    }
    /* (a step of a timeline is no dateline: review 109 F11; nor a deadline's or a
     * headline's words in lower case: review 111 F6) */
    static const char *const steps[] = {
        "Road consultation\n\nConsultation opens \xE2\x80\x93 September 18, 2026: Residents can comment online.\n\n"
        "Consultation closes \xE2\x80\x93 October 30, 2026: The council will publish a summary.\n",
        "Ferry tender\n\nBids due \xE2\x80\x93 September 18, 2026: Firms must apply online.\n",
        "Rates decision\n\nRates cut \xE2\x80\x93 September 18, 2026: The bank lowered its rate.\n"};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(steps[i], strlen(steps[i]), NULL, &d, NULL), HD_OK);
        CHECKF(d && !hd_doc_header(d).date, "%zu: %s", i, d && hd_doc_header(d).date ? hd_doc_header(d).date : "-");
        hd_doc_free(d);
    }
    char *t = sentence_lines("Press conference\n\nCHANCELLOR HOLT: Welcome.\n\n"
                             "Question: (in Polish; interpretation) Anna Nowak, TVN. Will you agree?\n");
    CHECKF(t && strstr(t, "stage:-:(in Polish; interpretation)\n"), "%s", t);
    free(t);
    t = sentence_lines("Press briefing\n\nMS. RUIZ: Thank you all.\n\n### END ###\n\nSOURCE: Press office\n");
    CHECKF(t && !strstr(t, "END"), "%s", t);
    free(t);
}

/* An adverb between a person and the verb; Hansard's question numbers before a label;
 * end markers of zeros and o's; dates after a place and a dash, before a dash and the
 * hour, and after "on" at the end of a line; a page's "Visit the meeting page". */
static void test_reading_six(void)
{
    const char *text = "Statement\n\n15.10.2025\n\nMinister Jane Obi said, \"One.\"\n\n"
                       "Minister Obi further said, \"Two.\"\n\nMs Obi then added, \"Three.\"\n\n"
                       "The Minister later said: \"Four.\"\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1, "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    char *t = sentence_lines("Prime Minister's Questions\n\nVolume 773: debated on Wednesday 15 October 2025\n\n"
                             "Q1. [905412] Helen Marsh (Stroud) (Lab): If he will list his engagements.\n\n"
                             "The Prime Minister (Anna Reyes): I had meetings.\n\n"
                             "Q2. [905413] Tom Gurney (Wells and Mendip Hills) (LD): Farmers are worried.\n");
    CHECKF(t && strstr(t, "speech:s1:If he will list his engagements.\n") &&
               strstr(t, "speech:s3:Farmers are worried.\n") && !strstr(t, "905413"),
           "%s", t);
    free(t);
    /* a meeting's or talks' readout is told in the third person: nobody in the title speaks it */
    t = sentence_lines("Prime Minister Ruiz Meets with Harbour Delegation\n\n16.10.2025\n\n"
                       "Prime Minister Ana Ruiz met with a delegation from the harbour towns.\n\n"
                       "\"We came to listen,\" Mayor Tom Hale said.\n");
    CHECKF(t && strstr(t, "speech:-:Prime Minister Ana Ruiz met with a delegation from the harbour towns.\n") &&
               strstr(t, "speech:s1:\"We came to listen,\"\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Prime Minister Ruiz Holds Talks with Mayor Hale\n\n16.10.2025\n\n"
                       "The Prime Minister held talks with the Mayor today.\n");
    CHECKF(t && strstr(t, "speech:-:The Prime Minister held talks with the Mayor today.\n"), "%s", t);
    free(t);
    static const char *const dated[] = {"Press release\n\nRawalpindi - October 16, 2025\n\nThe army said so.\n\n-ooo-\n",
                                        "Press conference\n\nOctober 14, 2025 \xE2\x80\x93 2 p.m. EDT\n\n"
                                        "MODERATOR: Welcome.\n\n\xE2\x80\x94" "000\xE2\x80\x94\n\nVisit the meeting page\n",
                                        "Prime Minister's Questions\n\nVolume 773: debated on Wednesday 15 October 2025\n\n"
                                        "Helen Marsh (Stroud) (Lab): Will he act?\n",
                                        /* a US release's dateline under its headline: the
                                         * place, a dash, the month first */
                                        "Press release\n\nCounty opens flood relief fund\n\n"
                                        "Harrow Falls, OR \xE2\x80\x93 Jan. 28, 2025\n\nThe county opened a fund.\n",
                                        "County opens flood relief fund\n\nHARROW FALLS, Ore. - January 28, 2025\n\n"
                                        "The county opened a fund.\n",
                                        /* a kind, a dash, the date; NASA's "-end-" over
                                         * the contacts, no heading */
                                        "Media Briefing: Collision of Two Freight Trains\n\nTranscript \xE2\x80\x93 June "
                                        "3, 2025\n\nMEMBER INMAN: Good afternoon.\n\n-end-\n\nLora Banks\n"
                                        "Headquarters, Washington\n"};
    static const char *const want[] = {"2025-10-16", "2025-10-14", "2025-10-15", "2025-01-28", "2025-01-28",
                                       "2025-06-03"};
    for (size_t i = 0; i < 6; i++) {
        d = NULL;
        CHECK_INT(hd_doc_parse(dated[i], strlen(dated[i]), NULL, &d, NULL), HD_OK);
        if (d)
            CHECK_STR(hd_doc_header(d).date, want[i]);
        hd_doc_free(d);
        t = sentence_lines(dated[i]);
        CHECKF(t && !strstr(t, "ooo") && !strstr(t, "000") && !strstr(t, "Visit the") && !strstr(t, "heading:"),
               "%s", t);
        free(t);
    }
}

/* A communiqué adopted by a council: a kind in capitals with an accent, preambular
 * clauses that run on with commas and semicolons (the body, not the header), and no
 * speaker made of "Noting the remarks by …". A record's "The meeting rose at …" is
 * said by the narrator. A post's hashtag line and share buttons are not read. */
/* A joint declaration: its kind, narrated; its operative clause in capitals ("HAVE
 * AGREED AS FOLLOWS:") and an annex's line over its contents ("Annex A – Participating
 * countries") are no speakers' labels. */
static void test_declaration(void)
{
    const char *text = "JOINT DECLARATION OF THE DANUBE MINISTERS\n\nThe Ministers,\n\n(1) Acknowledging the drought "
                       "of 2024;\n\nHAVE AGREED AS FOLLOWS:\n\n(a) to establish a drought network;\n\n(b) to meet "
                       "again in 2026.\n\nAnnex A \xE2\x80\x93 Participating countries\nAustria, Hungary, Serbia\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->kind, "JOINT DECLARATION");
        CHECK_INT(d->nspeakers, 0);
    }
    hd_doc_free(d);
    char *t = sentence_lines(text);
    CHECKF(t && strstr(t, ":-:to establish a drought network;\n") && strstr(t, ":-:Austria, Hungary, Serbia\n") &&
               strstr(t, ":-:HAVE AGREED AS FOLLOWS:\n"),
           "%s", t);
    free(t);
    d = NULL;
    const char *kinded = "Joint Declaration on Maritime Cooperation\nVientiane, 9 October 2024\n\nThe Leaders agreed "
                         "to enhance cooperation.\n";
    CHECK_INT(hd_doc_parse(kinded, strlen(kinded), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->kind, "Joint Declaration");
    hd_doc_free(d);
}

static void test_communique_and_chrome(void)
{
    const char *text = "NORTHERN LEAGUE\nSECURITY COUNCIL\n14 MARCH 2025\n\nCOMMUNIQU\xC3\x89\n\n"
                       "Adopted by the Security Council of the Northern League at its 88th meeting held on 14 March 2025,\n\n"
                       "The Security Council,\n\n"
                       "Noting the briefing by Ambassador Rui Almeida, Chairperson of the Council;\n\n"
                       "1. Condemns the attacks on the ferry port;\n\n2. Decides to remain seized of the matter.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->kind, "COMMUNIQU\xC3\x89");
        CHECK_INT(d->nspeakers, 0);
    }
    hd_doc_free(d);
    char *t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:-:The Security Council,\n") &&
               strstr(t, "speech:-:Noting the briefing by Ambassador Rui Almeida, Chairperson of the Council;\n"),
           "%s", t);
    free(t);
    t = sentence_lines("Provisional record\n\nThe President: The meeting is called to order.\n\n"
                       "Mr. Vale (Norland): We thank the Secretariat.\n\nThe meeting rose at 11.42 a.m.\n");
    CHECKF(t && strstr(t, "stage:-:The meeting rose at 11.42 a.m.\n"), "%s", t);
    free(t);
    t = sentence_lines("Club statement\n\nRovers part company with their coach\n\n"
                       "The club thanks him for his work.\n\n#UpTheRovers #COYR\n\nShare: Facebook X WhatsApp\n");
    CHECKF(t && !strstr(t, "UpTheRovers") && !strstr(t, "Share") && strstr(t, "The club thanks him"), "%s", t);
    free(t);
}

/* Seventh reading: a headline's verb is no surname; one abbreviated word in brackets
 * inside a sentence ("Lt. Col. (Inf.)") ends nothing; the public's labels ("CALLER
 * (Mary, from Leeds):", "SHAREHOLDER (Tom Hale):") name a caller or a shareholder, and
 * a host is announced as one. */
static void test_reading_seven(void)
{
    const char *text = "President Dewa Launches National School Meals Expansion in Garut\n\n"
                       "Thursday, 16 October 2025\n\n"
                       "GARUT \xE2\x80\x93 President Dewa Prasetyo on Thursday launched the programme.\n\n"
                       "\"Every child will eat,\" the President said.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Dewa Prasetyo") == 0,
           "%s", d && d->nspeakers ? d->speakers[0].name : "(none)");
    hd_doc_free(d);
    char *t = sentence_lines("Statement\n\nPresent were Cabinet Secretary Lt. Col. (Inf.) Bima Santosa and "
                             "Gen. (Ret.) Ana Ruiz. They spoke.\n");
    CHECKF(t && strstr(t, "speech:-:Present were Cabinet Secretary Lt. Col. (Inf.) Bima Santosa and Gen. (Ret.) Ana Ruiz.\n"),
           "%s", t);
    free(t);
    text = "Phone-in transcript\n\nHOST: Welcome to the show.\n\nCALLER (Mary, from Leeds): Bus fares are too high.\n\n"
           "SHAREHOLDER (Tom Hale): Why did the dividend fall?\n\nCALLER (Mary, from Leeds): Thank you.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 3) {
        CHECKF(!d->speakers[0].name && d->speakers[0].role && strcmp(d->speakers[0].role, "Host") == 0, "%s",
               d->speakers[0].role);
        CHECK_STR(d->speakers[1].name, "Mary");
        CHECK_STR(d->speakers[1].role, "Caller");
        CHECK_STR(d->speakers[2].name, "Tom Hale");
        CHECK_STR(d->speakers[2].role, "Shareholder");
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s2:Bus fares are too high.\n") && strstr(t, "speech:s2:Thank you.\n") && !strstr(t, "CALLER"),
           "%s", t);
    free(t);
    /* a heading in a transcript ends the turn */
    t = sentence_lines("Panel discussion\n\nMARIA: Welcome, Tom.\n\nTOM: Thank you, Maria.\n\n"
                       "MARIA: How fast?\n\nTOM: Faster than the cranes.\n\nQuestions and answers\n\n"
                       "The floor was then opened to questions.\n\nAUDIENCE MEMBER: What about the workers?\n");
    CHECKF(t && strstr(t, "speech:-:The floor was then opened to questions.\n"), "%s", t);
    free(t);
    /* who speaks a quotation: a "Name, Role:" line over it; "… and said:"; ", saying,";
     * a name between commas before "said"; a quotation that the next paragraph closes
     * without opening it again */
    /* an earnings call: participants listed under a heading after a blank line, "Name -
     * Role"; the operator; each name alone on its line over the turn, once */
    text = "Harbour Cranes Inc. Q3 2025 Earnings Call Transcript\n\nCompany Participants\n\n"
           "Adaeze Brennan - Vice President, Investor Relations\n"
           "Tobias Lind - President and Chief Executive Officer\n\n"
           "Conference Call Participants\n\nMatt Lee - Stifel\n\n"
           "Operator\n\nWelcome to the call. [Operator Instructions] Please go ahead.\n\n"
           "Adaeze Brennan\n\nThank you, operator.\n\nTobias Lind\n\nWe raised our targets.\n\n"
           "Operator\n\nOur first question comes from Matt Lee.\n\nMatt Lee\n\nHow big is the backlog?\n\n"
           "Tobias Lind\n\nAbout two billion.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 4, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 4) {
        CHECKF(!d->speakers[0].name && d->speakers[0].role && strcmp(d->speakers[0].role, "Operator") == 0, "%s",
               d->speakers[0].name);
        CHECK_STR(d->speakers[2].name, "Tobias Lind");
        CHECK_STR(d->speakers[2].role, "President and Chief Executive Officer");
        CHECK_STR(d->speakers[3].name, "Matt Lee");
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:Welcome to the call.\n") && strstr(t, "speech:s2:Thank you, operator.\n") &&
               strstr(t, "speech:s4:How big is the backlog?\n") && strstr(t, "speech:s3:About two billion.\n") &&
               !strstr(t, "heading"),
           "%s", t);
    free(t);
    /* WHO's transcripts: initials and spaces, hyphenated names' initials */
    t = sentence_lines("Virtual press conference transcript - 18 September 2024\n\n"
                       "FM          Hello and welcome. My name is Fadela Mansouri. We have Dr Anselm Grevholt "
                       "and Dr Keiko Ndiaye-Sato with us.\n\nAG          Thank you, Fadela.\n\n"
                       "FM          The first question goes to Ines Cardoso-Weil.\n\n"
                       "ICW          How many doses have arrived?\n\nKNS          About a million.\n\n"
                       "AG          And more next week.\n");
    CHECKF(t && strstr(t, "speech:s1:Hello and welcome.\n") && strstr(t, "speech:s2:Thank you, Fadela.\n") &&
               strstr(t, "speech:s3:How many doses have arrived?\n") && strstr(t, "speech:s4:About a million.\n") &&
               strstr(t, "speech:s2:And more next week.\n") && !strstr(t, "ICW"),
           "%s", t);
    free(t);
    text = "Virtual press conference transcript - 18 September 2024\n\n"
           "FM          Hello. We have Ines Cardoso-Weil.\n\nICW          A question.\n\nFM          Thanks.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2 && d->speakers[1].name && strcmp(d->speakers[1].name, "Ines Cardoso-Weil") == 0,
           "%s", d && d->nspeakers > 1 ? d->speakers[1].name : "-");
    hd_doc_free(d);
    /* Canada's committees: a chair's name with a riding in brackets inside brackets, and
     * a witness's long office in brackets */
    text = "Standing Committee on Fisheries\n\nEVIDENCE\n\nTuesday, October 8, 2024\n\n"
           "The Chair (Mr. Darren Kowalchuk (Kootenay\xE2\x80\x94" "Arrow Lakes, Lib.)): I call this meeting to order.\n\n"
           "Mr. Clifford Ashworth (Nanaimo\xE2\x80\x94" "Ladysmith, CPC): Thank you, Chair.\n\n"
           "Ms. Helene Tremblay-Audet (Assistant Deputy Minister, Ecosystems and Oceans Science, Department of "
           "Fisheries and Oceans): Thank you, Mr. Chair.\n\nThe Chair: Thank you.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 3) {
        CHECK_STR(d->speakers[0].name, "Darren Kowalchuk");
        CHECK_STR(d->speakers[0].role, "Chair");
        CHECK_STR(d->speakers[2].role, "Assistant Deputy Minister");
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:I call this meeting to order.\n") && strstr(t, "speech:s3:Thank you, Mr. Chair.\n") &&
               strstr(t, "speech:s1:Thank you.\n") && !strstr(t, "Lib."),
           "%s", t);
    free(t);
    /* a briefing note: a place before its headline, a bulleted list of speakers, a
     * name with an office and a place over each quotation, reported speech, contacts */
    text = "IFRC\nPress briefing\n\nMyanmar: Red Cross scales up as floods displace 600,000\n\n"
           "Geneva, 17 October 2025\n\nSpeakers:\n\xE2\x80\xA2 Anja Lindqvist, IFRC Head of Delegation, Myanmar\n"
           "\xE2\x80\xA2 Dr. Tomas Ferreira, IFRC Global Health Lead\n\n"
           "Anja Lindqvist, IFRC Head of Delegation, Myanmar:\n\n\"The water has not gone down.\"\n\n"
           "Dr. Tomas Ferreira, IFRC Global Health Lead:\n\n\"Our biggest fear now is cholera.\"\n\n"
           "Asked whether access was hindered, Ms. Lindqvist said that teams could move freely.\n\n"
           "For more information, please contact:\nIn Geneva: Paul Okonkwo, +41 79 555 12 34\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Myanmar: Red Cross scales up as floods displace 600,000");
        CHECKF(d->nspeakers == 2 && d->speakers[0].role && strcmp(d->speakers[0].role, "IFRC Head of Delegation, Myanmar") == 0,
               "%zu speakers", d->nspeakers);
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:\"The water has not gone down.\"\n") &&
               strstr(t, "speech:s2:\"Our biggest fear now is cholera.\"\n") &&
               strstr(t, "speech:-:Asked whether access was hindered") && strstr(t, "meta:-:In Geneva: Paul Okonkwo") &&
               !strstr(t, "speech:-:Red Cross"),
           "%s", t);
    free(t);
    /* "The Ministers:" over what they agreed: the narrator's lead-in, no speaker */
    text = "Joint statement\n\nJoint Statement by the Foreign Ministers of Veldoria and Norland\n\n12 May 2025\n\n"
           "The Foreign Ministers met in Dublin.\n\nThe Ministers:\n\n1. Welcomed the increase in trade;\n"
           "2. Agreed to expand the Working Holiday Scheme.\n\nThe next Dialogue will be held in 2026.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 0 && d->nchapters == 2, "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    /* a legislature's record: a title's abbreviation before a name in capitals, a
     * party and district in brackets, the Speaker named in brackets; announced title
     * first (a whole office after the name), Hansard's "McKENNA" as a name */
    text = "HB 1127 - Relating to water rights\n\n"
           "SPEAKER OF THE HOUSE (Rep. Alvarez): The Chair recognizes Representative Haugen.\n\n"
           "REP. HAUGEN (R-Lincoln): Thank you, Mr. Speaker.\n\nREP. OKONKWO (D-Harmon): How many acre-feet?\n\n"
           "REP. HAUGEN: About 41,000.\n\nSenator McKENNA: What did it cost?\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 4, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 4) {
        static const char *const said[] = {"Alvarez, Speaker of the House.", "Rep. Haugen.", "Rep. Okonkwo.", "Senator McKenna."};
        for (size_t k = 0; k < 4; k++) {
            char *an = spk_announcement(&d->speakers[k]);
            CHECK_STR(an, said[k]);
            free(an);
        }
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s2:Thank you, Mr. Speaker.\n") && strstr(t, "speech:s3:How many acre-feet?\n") &&
               strstr(t, "speech:s2:About 41,000.\n"),
           "%s", t);
    free(t);
    /* a phone-in: the host by full name, then by given name; a caller in capitals in
     * brackets, then by given name */
    text = "Radio phone-in\n\nJASON MOHAMMAD: Welcome. Gwen, go ahead.\n\n"
           "CALLER (GWEN, PONTYPRIDD): Hiya Jason. I think 20 is right.\n\nJASON: So you'd keep it?\n\n"
           "GWEN: I'd keep it.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 2) {
        char *an = spk_announcement(&d->speakers[1]);
        CHECK_STR(an, "Gwen, Caller.");
        free(an);
    }
    hd_doc_free(d);
    /* letters that ask, said one by one even when they spell a word */
    text = "Nadia Okoro: Good morning.\n\nNO: How many clinics will open?\n\nNadia Okoro: Forty.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 2) {
        char *an = spk_announcement(&d->speakers[1]);
        CHECK_STR(an, "Question from N.O.");
        free(an);
    }
    hd_doc_free(d);
    /* a ministry's page: the site's name, then "Place - Subject - Statement by …" */
    text = "France Diplomacy - Ministry for Europe and Foreign Affairs\n\n"
           "Sahelia - Release of a national - Statement by Claire Vautrin, Minister for Europe and Foreign "
           "Affairs (6 March 2025)\n\nWe welcome the release of our compatriot.\n\nQ - Was a ransom paid?\n\n"
           "A - We do not pay ransoms.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->kind, "Statement");
        CHECK_STR(hd_doc_header(d).date, "2025-03-06");
        CHECKF(d->nspeakers == 2 && d->speakers[0].name && strcmp(d->speakers[0].name, "Claire Vautrin") == 0 &&
                   d->speakers[0].role && strcmp(d->speakers[0].role, "Minister for Europe and Foreign Affairs") == 0,
               "%zu speakers", d->nspeakers);
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:We welcome the release") && strstr(t, "speech:s1:We do not pay ransoms.\n") &&
               strstr(t, "meta:-:France Diplomacy"),
           "%s", t);
    free(t);
    /* a court's record printed without blank lines: headings in capitals between the
     * turns, the reporter's name at the foot; "Chief Justice Roberts" announced so */
    text = "SUPREME COURT OF VELDORIA\n\n"
           "CHIEF JUSTICE ROBERTS: We'll hear argument first this morning.\nMr. Whitcomb.\n"
           "ORAL ARGUMENT OF DANIEL P. WHITCOMB\nON BEHALF OF THE PETITIONER\n"
           "MR. WHITCOMB: Mr. Chief Justice, and may it please the Court.\n"
           "CHIEF JUSTICE ROBERTS: Thank you, counsel.\n\nHeritage Reporting Corporation\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d && d->nspeakers >= 1) {
        char *an = spk_announcement(&d->speakers[0]);
        CHECK_STR(an, "Chief Justice Roberts.");
        free(an);
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "heading:-:ORAL ARGUMENT OF DANIEL P. WHITCOMB\n") &&
               strstr(t, "heading:-:ON BEHALF OF THE PETITIONER\n") && strstr(t, "meta:-:Heritage Reporting Corporation\n") &&
               strstr(t, "speech:s1:Thank you, counsel.\n"),
           "%s", t);
    free(t);
    /* the person a conference's title names after its kind answers */
    t = sentence_lines("Post-match press conference: Marta Kovac\n\nSaturday 15 February 2025\n\n"
                       "Q. Any news on the injury?\n\nA. She'll have a scan on Monday.\n");
    CHECKF(t && strstr(t, "speech:s2:She'll have a scan on Monday.\n"), "%s", t);
    free(t);
    text = "Post-match press conference: Marta Kovac\n\nSaturday 15 February 2025\n\n"
           "Q. Any news on the injury?\n\nA. She'll have a scan on Monday.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2 && d->speakers[1].name && strcmp(d->speakers[1].name, "Marta Kovac") == 0, "%s",
           d && d->nspeakers == 2 ? d->speakers[1].name : "-");
    hd_doc_free(d);
    /* a prime minister's office: "Transcript of speech by …" names the speaker; the
     * guests named before "Ladies and gentlemen," are the speech's; numbered paragraphs
     * ("1 Good morning.") keep their numbers silent; "Name | date" dates the speech */
    text = "Transcript of speech by Prime Minister Tan Wei Jie at the Opening of the Library on 7 November 2024.\n\n"
           "Minister Ong Bee Lian,\n\nLadies and gentlemen,\n\n1 Good morning. I am happy to be here.\n\n"
           "2 This library is for everyone.\n";
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:s1:Minister Ong Bee Lian,\n") && strstr(t, "speech:s1:Good morning.\n") &&
               strstr(t, "speech:s1:This library is for everyone.\n"),
           "%s", t);
    free(t);
    text = "PM Tan Wei Jie at the Opening of the Library\n\nPM Tan Wei Jie | 7 November 2024\n\nGood morning.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(hd_doc_header(d).date, "2024-11-07");
        CHECKF(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Tan Wei Jie") == 0, "%zu",
               d->nspeakers);
    }
    hd_doc_free(d);
    /* an event's name and stage in capitals over the first turn; "MR. DOE" is the
     * byline's Josh Doe, not an acronym; credits at the foot are not read */
    t = sentence_lines("WOMEN'S NATIONAL CHAMPIONSHIP: SEMIFINALS\n\nMarch 30, 2025\n\nCOACH RIVERA: We played hard.\n\n"
                       "Q. What changed?\n\nCOACH RIVERA: Our defense.\n\nFastScripts Transcript by ASAP Sports\n");
    CHECKF(t && strstr(t, "title:-:WOMEN'S NATIONAL CHAMPIONSHIP: SEMIFINALS\n") && strstr(t, "speech:s1:We played hard.\n") &&
               !strstr(t, "FastScripts"),
           "%s", t);
    free(t);
    text = "Press Gaggle by Press Secretary Josh Doe\n\n1:05 P.M. EST\n\nMR. DOE: Good afternoon.\n\nQ: Any news?\n\n"
           "MR. DOE: None today.\n\nTranscribed by https://otter.ai\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2 && d->speakers[0].name && strcmp(d->speakers[0].name, "Josh Doe") == 0, "%s",
           d && d->nspeakers ? d->speakers[0].role : "-");
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && !strstr(t, "otter"), "%s", t);
    free(t);
    /* a news story by a staff writer: "we" inside the quotations is the quoted
     * people's, so the story is told, and each quotation voiced */
    t = sentence_lines("New skin patch detects dehydration\n\nBy Jane Smith, Staff Writer\n\nMarch 3, 2025\n\n"
                       "A skin patch developed at the university can detect dehydration in minutes.\n\n"
                       "\"This is a great day for all of us,\" said Mayor Tom Ruiz.\n\n"
                       "\"We tested it on 200 runners,\" said Professor Ana Hale, who led the study.\n");
    CHECKF(t && strstr(t, "speech:-:A skin patch") && strstr(t, "speech:s1:\"This is a great day for all of us,\"\n") &&
               strstr(t, "speech:s2:\"We tested it on 200 runners,\"\n"),
           "%s", t);
    free(t);
    /* a minister's release: "Release", the minister over the portfolio, then the
     * headline; a one-paragraph release over its page's footer fields */
    text = "Release\n\nHon Aroha Whitiora\nMinister for Regional Development\n\nRail upgrade to boost freight\n\n"
           "19 March 2025\n\nThe Government is investing $48.5 million to reopen the rail line.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->kind, "Release");
        CHECK_STR(d->title, "Rail upgrade to boost freight");
    }
    hd_doc_free(d);
    text = "Press Release\n\nFormer County Treasurer Indicted\n\nThursday, May 8, 2025\n\n"
           "A federal grand jury returned a 12-count indictment yesterday.\n\nUpdated May 8, 2025\n\n"
           "Topic\nFinancial Fraud\nComponent\nUSAO - Westmark\nPress Release Number: 25-117\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Former County Treasurer Indicted");
        CHECKF(d->nchapters == 2, "%zu chapters", d->nchapters);
    }
    hd_doc_free(d);
    t = sentence_lines(text);
    CHECKF(t && strstr(t, "speech:-:A federal grand jury") && !strstr(t, "Topic") && !strstr(t, "Fraud") &&
               !strstr(t, "25-117") && !strstr(t, "Westmark"),
           "%s", t);
    free(t);
    /* a union's masthead in capitals over the headline; a first line that ends in its
     * date after "on" is the title */
    text = "NEWS FROM THE UNITED RAIL AND TRANSIT WORKERS UNION\n\nFor immediate release\nThursday 20 March 2025\n\n"
           "Members vote 87% in favour of strike action at Westline Rail\n\n"
           "Members of the union have voted by 87% to take strike action.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Members vote 87% in favour of strike action at Westline Rail");
        CHECKF(d->nchapters == 2, "%zu chapters", d->nchapters);
    }
    hd_doc_free(d);
    text = "Foreign Ministry Spokesperson Lin Ruoxi's Regular Press Conference on March 5, 2025\n\n"
           "Lin Ruoxi: Good afternoon.\n\nAFP: Can you confirm?\n\nLin Ruoxi: I'd refer you to the authorities.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Foreign Ministry Spokesperson Lin Ruoxi's Regular Press Conference on March 5, 2025");
        CHECK_STR(hd_doc_header(d).date, "2025-03-05");
        CHECKF(d->nspeakers == 2 && d->speakers[0].role && strcmp(d->speakers[0].role, "Foreign Ministry Spokesperson") == 0,
               "%s", d->nspeakers ? d->speakers[0].role : "-");
    }
    hd_doc_free(d);
    /* a masthead in mixed case titles nothing ("News from …", "… newsroom"); a headline
     * that ends in its date is the title, a note that does ("Held at … on …") is not;
     * "From the Office of Senator …" names her, not an office */
    static const char *const titles[][3] = {
        /* review 128: an issuer's line over a title that goes on is not joined to it */
        {"Office of the Premier\non the passing of former Premier John Hart\n\nThe Premier offers condolences to the family.\n", "on the passing of former Premier John Hart", NULL},
        {"Westmere City Council\nCouncil Wins an Award\n\nThe council won a national award today.\n", "Council Wins an Award", NULL},
        /* hunt 112 d15: a headline set over two lines, the second going on with "for" */
        {"Bureau of Meteorology\nSevere Weather Warning\nfor DAMAGING WINDS and HEAVY RAINFALL\nIssued at 4:51 pm Thursday, 6 March 2025.\n\nTropical Cyclone Alfred is located about 250 km east of Brisbane.\n", "Severe Weather Warning for DAMAGING WINDS and HEAVY RAINFALL", "2025-03-06"},
        /* review 127: a unit's "Watch" under the agency is no bulletin; a field with a date is no dateline */
        {"Thames Valley Police\nNeighbourhood Watch\n\nResidents in Abingdon are urged to lock doors after a rise in burglaries.\n\nOfficers will hold a drop-in session on Friday.\n", NULL, NULL},
        {"Press Release\n\nMinistry announces scholarship scheme\n\nApplication Deadline: March 31, 2025\n\nThe Ministry of Education today announced a new scholarship scheme for students from rural areas.\n", "Ministry announces scholarship scheme", NULL},
        /* hunt 112 d11: a dateline with a colon, as India's offices write it */
        {"Rashtrapati Bhavan\nPresident's Secretariat\nPress Communique\nNew Delhi: January 25, 2025\n\nPRESIDENT OF INDIA'S MESSAGE ON THE EVE OF REPUBLIC DAY\n\nThe President of India, Smt. Droupadi Murmu, addressed the nation today.\n", "PRESIDENT OF INDIA'S MESSAGE ON THE EVE OF REPUBLIC DAY", "2025-01-25"},
        /* hunt 112 d12: "Time of issue:" is a field, no title */
        {"India Meteorological Department\nPress Release\nDate: 18.06.2025\nTime of issue: 1300 hours IST\n\nSub: Heavy rainfall warning for Konkan & Goa\n\nThe Southwest Monsoon has further advanced into Gujarat.\n", "Heavy rainfall warning for Konkan & Goa", "2025-06-18"},
        /* hunt 112 d13: a hazard's information or warning under the agency titles the statement */
        {"Japan Meteorological Agency\nEarthquake and Tsunami Information\nIssued at 21:48 JST, 8 August 2024\n\nA TSUNAMI ADVISORY has been issued for the Pacific coast of Miyazaki.\n\nGet out of the water and leave the coast immediately.\n", "Earthquake and Tsunami Information", "2024-08-08"},
        {"Met Office\nTsunami Warning\nIssued at 21:48 JST, 8 August 2024\n\nA TSUNAMI ADVISORY has been issued for the Pacific coast.\n", "Tsunami Warning", "2024-08-08"},
        /* hunt 112 d21: "(est.)" makes no short English update French */
        {"Los Angeles County Fire Department\nIncident Update \xE2\x80\x93 Eaton Fire\nJanuary 10, 2025 | 7:00 a.m. PST\n\nStructures destroyed: 4,000 (est.)\n\nFire crews made progress overnight.\n", "Incident Update \xE2\x80\x93 Eaton Fire", "2025-01-10"},
        /* review 126: "U.S." in a European statement says nothing of its dates'
         * order; a range opening the first paragraph dates nothing; headlines with a
         * nation last stay titles, a body's word right before the nation does not */
        {"EU statement on tariffs\n\nBrussels, 03/02/2025\n\nThe European Union regrets the decision of the U.S. administration to impose tariffs. The EU will respond by 04/03/2025.\n", "EU statement on tariffs", "2025-02-03"},
        {"Consultation on rail fares\n\nMay 14, 2025\xE2\x80\x93June 30, 2025: consultation period for new rail fares.\n\nThe department invites responses from the public. This notice was issued on June 2, 2025.\n", "Consultation on rail fares", NULL},
        {"New Hospital for Wales\n\nThe announcement was made today in the capital.\n\nMore details will follow next week.\n", "New Hospital for Wales", NULL},
        {"Transit Strike Hits Canada\n\nThe announcement was made today in the capital.\n\nMore details will follow next week.\n", "Transit Strike Hits Canada", NULL},
        {"Water Services Scotland\n\nNew chair appointed\n\nA new chair has been appointed to the board.\n", "New chair appointed", NULL},
        /* hunt 111: a US release's numeric date month first ("U.S.", "Feb. 7");
         * Canada's dateline with its dashes set close; Chile's with ". –" */
        {"CBP Officers Seize Methamphetamine at Otay Mesa Port of Entry\n\nRelease Date: Tue, 02/11/2025\n\nSAN DIEGO \xE2\x80\x94 U.S. Customs and Border Protection officers seized 231 lbs. of methamphetamine on Feb. 7.\n", "CBP Officers Seize Methamphetamine at Otay Mesa Port of Entry", "2025-02-11"},
        {"News release\n\nCanada welcomes international graduates\n\nFrom: Immigration, Refugees and Citizenship Canada\n\nMay 14, 2025\xE2\x80\x94Ottawa\xE2\x80\x94Today, the Minister announced that 48,000 graduates became permanent residents.\n", "Canada welcomes international graduates", "2025-05-14"},
        {"Chile and the European Union launch Advanced Framework Agreement\n\nSantiago, February 1, 2025. \xE2\x80\x93 The Advanced Framework Agreement entered into force today.\n\nTrade reached US$ 18.6 billion.\n", "Chile and the European Union launch Advanced Framework Agreement", "2025-02-01"},
        /* hunt 110 d14: an agency's letters after the date's comma end the dateline */
        {"Crown Prince Chairs Cabinet Session\n\nRiyadh, Rajab 15, 1446, January 15, 2025, SPA -- His Royal Highness the Crown Prince chaired the Cabinet session held today.\n", "Crown Prince Chairs Cabinet Session", "2025-01-15"},
        /* review 125: a headline's verb has an object after it and no "of" before it */
        {"Forum of Electoral Commissions\nPress Release\n\nForum Meets in Nairobi\n\nThe forum met on Monday to discuss elections.\n", "Forum Meets in Nairobi", NULL},
        /* review 124: a headline in capitals with a body's word in it, over a date, is
         * no publisher's line */
        {"NEWS RELEASE\nPolice Appeal For Witnesses\n12 March 2026\n\nMan Hurt In Harbour Road Collision\n\nOfficers are asking anyone who saw the collision to come forward.\n", "Police Appeal For Witnesses", "2026-03-12"},
        /* hunt 109 d16: a wire's dateline alone on its line, its tag and dash after it */
        {"Statement by the Privacy Commissioner on a data breach at Harbour Foods Inc.\n\nOTTAWA, ON, March 3, 2026 /CNW/ - \n\nToday, my Office opened an investigation into the breach.\n", "Statement by the Privacy Commissioner on a data breach at Harbour Foods Inc.", "2026-03-03"},
        /* hunt 109 d09, d11: a publisher's or an office's line under the kind line, the
         * page's dated fields and contact under it, over the headline ("District 9
         * Public Affairs" with its number) */
        {"NEWS RELEASE\nHM Coastguard\nPublished: 14 March 2026\n\nSearch called off for missing swimmer off Skye\n\nHM Coastguard has stood down the search near Elgol.\n", "Search called off for missing swimmer off Skye", "2026-03-14"},
        {"U.S. Coast Guard\nNews Release\nDistrict 9 Public Affairs\nContact: D9 Public Affairs, (216) 555-0143\nMarch 4, 2026\n\nCoast Guard rescues 2 anglers near Erie, Pennsylvania\n\nERIE, Pa. \xE2\x80\x94 The Coast Guard rescued two people Tuesday from a swamped skiff.\n", "Coast Guard rescues 2 anglers near Erie, Pennsylvania", "2026-03-04"},
        /* review 118: a headline that opens with "Effective" is a headline; a paper's
         * title under its kind line is no publisher */
        {"Press release\n\nEffective Altruism Foundation opens London office\n\nThe foundation will hire 20 staff.\n",
         "Effective Altruism Foundation opens London office", NULL},
        {"POLICY PAPER\nIndustrial Strategy\n\nOur plan to grow the economy in every part of the country\n\nThis paper "
         "sets out the government's approach.\n",
         "Industrial Strategy", NULL},
        /* hunt 108: a dateline alone on its line with the dash that led into the text
         * (d08); "Effective 00:01 …" under the headline (d09); a body's name between
         * the kind line and the headline (d10) */
        {"Statement by Northwind Air on flight NW 220\n\nLEEDS, Sunday 3 May 2026 -\n\nNorthwind Air confirms that flight "
         "NW220 returned to Leeds after a bird strike.\n\nNo one was hurt.\n",
         "Statement by Northwind Air on flight NW 220", "2026-05-03"},
        {"Hosepipe ban for Eastfield\n\nEffective 00:01 Monday 6 July 2026\n\nA ban will come into force for 900,000 "
         "customers.\n",
         "Hosepipe ban for Eastfield", "2026-07-06"},
        {"ROAD CLOSURE NOTICE\nMotorway Agency - South East\n\nM6 J4-J5 southbound: full overnight closures for "
         "resurfacing\n\n"
         "Published 2 March 2026\n\nThe road will be closed between 8pm and 6am.\n",
         "M6 J4-J5 southbound: full overnight closures for resurfacing", "2026-03-02"},
        /* a period's end in the title is no date of the statement */
        {"Harrowgate Foods PLC\n\nInterim Results for the six months ended 31 July 2025\n\nRevenue rose by 3.6%.\n",
         "Interim Results for the six months ended 31 July 2025", NULL},
        /* a filing's exhibit number titles nothing */
        {"Exhibit 99.1\n\nCorvane Systems Reports Third Quarter Fiscal 2025 Results\n\nAUSTIN, Texas, Oct. 29, 2025 -- "
         "Corvane Systems, Inc. today announced results.\n",
         "Corvane Systems Reports Third Quarter Fiscal 2025 Results", "2025-10-29"},
        /* a headline in capitals with its verb between two offices' words titles */
        {"PRESIDENT MOURNS JOURNALIST\n\nThe President expressed sorrow at the death of the journalist.\n",
         "PRESIDENT MOURNS JOURNALIST", NULL},
        /* a declaration dated at its foot ("Dated: …") */
        {"DECLARATION OF RESULT OF POLL\n\nI, Gillian Marsh, being the Acting Returning Officer, declare that Marta "
         "Kowalski is duly elected.\n\nDated: Friday 5 July 2024\n\nGillian Marsh\nActing Returning Officer\n",
         "DECLARATION OF RESULT OF POLL", "2024-07-05"},
        /* a long headline alone on the first line is the title; an office's name and the
         * date under it date the statement; a date first, then the place; a date after
         * "on" in a title is the event's */
        {"No: 27, 3 September 2025, Statement of the Spokesperson of the Ministry of Foreign Affairs, Ambassador "
         "Selin Kocabas, in Response to a Question Regarding the Decision of the Council on the Harbour Dispute\n\n"
         "Republic Of Veloria Ministry Of Foreign Affairs 03.09.2025\n\nWe reject the decision.\n",
         "No: 27, 3 September 2025, Statement of the Spokesperson of the Ministry of Foreign Affairs, Ambassador "
         "Selin Kocabas, in Response to a Question Regarding the Decision of the Council on the Harbour Dispute",
         "2025-09-03"},
        {"Final Communique of the Ordinary Session\n\n14 December 2025, Abuja, Federal Republic of Nigeria\n\n"
         "1. The Authority approves the budget.\n\n2. The Authority thanks the host.\n",
         "Final Communique of the Ordinary Session", "2025-12-14"},
        {"MINISTERIAL STATEMENT\n\nDISRUPTION TO TRAIN SERVICES ON 12 AUGUST 2025\n\nMr Speaker: Minister for "
         "Transport.\n\nThe Minister for Transport (Mr Tan Boon Keat): Mr Speaker, Sir, a fault occurred.\n",
         "MINISTERIAL STATEMENT", NULL},
        /* "Statement by" alone, the person on the next line: both the title */
        {"Permanent Mission of Veloria to the United Nations\n\nStatement by\nH.E. Mr. Tomas Lindqvist\n"
         "Prime Minister of the Republic of Veloria\n\nNew York, 24 September 2025\n\nMr. President,\n\n"
         "Eighty years ago, the Charter was signed.\n",
         "Statement by H.E. Mr. Tomas Lindqvist", "2025-09-24"},
        /* the kind first and the publisher's block under it: the headline in its own
         * block is the title, no chapter; a court's name on two lines is no title; a
         * document's index number is no title; a person under her office is none */
        {"PRESS RELEASE\nGreen Alliance Party\n7 October 2025\n\nGREENS: BUDGET BETRAYS RENTERS\n\n"
         "The Green Alliance Party today said the budget betrays renters and announced a vote next week.\n",
         "GREENS: BUDGET BETRAYS RENTERS", "2025-10-07"},
        {"IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF NORTH CALDORIA\n\nTRANSCRIPT OF JURY TRIAL - DAY 3\n"
         "March 12, 2025\n\nTHE COURT: Good morning. Please be seated.\n",
         "TRANSCRIPT OF JURY TRIAL - DAY 3", "2025-03-12"},
        {"AMNESTY INTERNATIONAL\nPUBLIC STATEMENT\n\nIndex Number: ASA 99/8123/2025\nDate: 12 June 2025\n\n"
         "VELORIA: AUTHORITIES MUST RELEASE DETAINED JOURNALISTS\n\nAmnesty International calls on the authorities "
         "of Veloria to release the 11 journalists detained since 3 May.\n",
         "VELORIA: AUTHORITIES MUST RELEASE DETAINED JOURNALISTS", "2025-06-12"},
        {"Media Release\nPremier of Queensland\nThe Honourable Dominic J. Fairweather MP\n\nWednesday, 8 April 2026\n\n"
         "$1.2 billion boost for Far North Queensland hospitals\n\nThe Queensland Government will invest $1.2 billion "
         "over four years.\n",
         "$1.2 billion boost for Far North Queensland hospitals", "2026-04-08"},
        /* a sports club's section, date and byline between bars: over the headline or
         * under it, metadata, never the title */
        {"Club News | 3 Nov 2024 | By Club Media\n\nRovers confirm new training ground\n\nThe club is delighted to confirm it.\n",
         "Rovers confirm new training ground", "2024-11-03"},
        {"Team News: Squad Update Ahead of Saturday\n\nClub News | 3 Nov 2024 | By Club Media\n\nThe coach gave an update.\n",
         "Team News: Squad Update Ahead of Saturday", "2024-11-03"},
        {"Press conference: \xC2\xABRebuilding Our Caf\xC3\xA9\xC2\xBB\n\n12 March 2025\n\nThank you all for coming.\n",
         "Rebuilding Our Caf\xC3\xA9", "2025-03-12"},
        /* a byline's "on <date>" at its end dates the speech */
        {"Chair's Address\n\nDelivered by Dame Hilary Ashcombe, Chair, at the Assembly Rooms, Norwich, on 15 May 2025\n\n"
         "Good morning and welcome.\n",
         "Chair's Address", "2025-05-15"},
        /* an embargo's date dates the release; a best-before date dates nothing */
        {"Rate decision\n\nEmbargo: 00:01 Thursday 20 March 2025\n\nThe committee held rates.\n", "Rate decision", "2025-03-20"},
        {"Food Safety Alert: Recall of Harbour Smokehouse Salmon Pate\n\nProduct: Harbour Smokehouse Salmon Pate, 150g\n"
         "Best before: 28 May 2025\nHazard: Risk to people with a mustard allergy.\n",
         "Recall of Harbour Smokehouse Salmon Pate", NULL},
        /* dates: after a weather service's time, on a line said again over each part,
         * after "Issued by …", under a letter's signature */
        {"URGENT - WINTER WEATHER MESSAGE\nNational Weather Service Harlow Falls ND\n347 AM CST Tue Jan 14 2025\n\n"
         "Heavy snow is expected across the county tonight.\n",
         "URGENT - WINTER WEATHER MESSAGE", "2025-01-14"},
        {"Winter weather message\n347 AM CST Tue Jan 14 2025\n\nTolland County\n347 AM CST Tue Jan 14 2025\n\n"
         "Heavy snow is expected.\n",
         "Winter weather message", "2025-01-14"},
        {"Statement on the harbour\n\nIssued by Farrow Lentz LLP\n14 November 2024\n\nThe following statement is issued.\n",
         "Statement on the harbour", "2024-11-14"},
        {"Letter to Shareholders\nFrom the Chair and Chief Executive Officer\n\nFiscal 2024 was a year of transition. "
         "I want to thank our colleagues.\n\nYours sincerely,\n\nRosalind Achterberg\nChair and Chief Executive Officer\n"
         "4 March 2025\n",
         "Letter to Shareholders", "2025-03-04"},
        /* a kind no one speaks: "of" says what it is, no byline */
        {"Notice of Data Security Incident\n\nWe are writing to tell you about an incident.\n",
         "Notice of Data Security Incident", NULL},
        {"Joint Communiqu\xC3\xA9 of the Energy Corridor Ministers\n\n1. The Ministers met in Ljubljana.\n",
         "Joint Communiqu\xC3\xA9 of the Energy Corridor Ministers", NULL},
        /* a caption page's bracketed kind and title; "Kind: \"Title\"" without its marks */
        {"[Press Conference: \"Port Sutton Police Update\"]\n[00:00:20]\nGOOD AFTERNOON.\n",
         "Port Sutton Police Update", NULL},
        {"Statement: \xE2\x80\x9COn the harbour works\xE2\x80\x9D\n\nWe start now.\n", "On the harbour works", NULL},
        /* "[House Hearing, 119 Congress]" is a page's note, no title */
        {"[House Hearing, 119 Congress]\n\nCity to Review Harbor Safety Rules\n\nThe committee met.\n", "City to Review Harbor Safety Rules", NULL},
        /* a headline in capitals with a headline's verb, its deck under it */
        {"FOR IMMEDIATE RELEASE\nFebruary 11, 2026\n\nGOVERNOR TALLIS SIGNS HOUSING ACCELERATION ACT\n\n"
         "New law caps local review at 60 days for small projects\n\nASHGROVE, Del. - Governor Miriam Tallis today "
         "signed the Housing Acceleration Act into law.\n",
         "GOVERNOR TALLIS SIGNS HOUSING ACCELERATION ACT", "2026-02-11"},
        /* a headline of capitalised words that opens with an organisation's word */
        {"City Council Approves Budget\n\nThe council voted today to approve the budget for next year.\n",
         "City Council Approves Budget", NULL},
        /* a page's title printed twice over a summary (once, and the title); a kind's
         * record, "… Briefing Transcript", titles the page */
        {"Dec 11, 2026\n\nHarbor County Briefing Transcript December 11\n\nHarbor County Briefing Transcript December 11\n\n"
         "Officials held a briefing on December 11. Read the transcript here.\n\nSheriff Dolores Quintana: (00:04)\n"
         "Good morning.\n\nChief Peter Amsel: (01:02)\nThank you, Sheriff.\n",
         "Harbor County Briefing Transcript December 11", "2026-12-11"},
        {"Harbor County Wildfire Briefing Transcript\n\nHarbor County Wildfire Briefing Transcript\n\n"
         "Sheriff Dolores Quintana: (00:04)\nGood morning.\n\nChief Peter Amsel: (01:02)\nThank you, Sheriff.\n",
         "Harbor County Wildfire Briefing Transcript", NULL},
        /* a kind's record over the topic: the topic titles it */
        {"National Transportation Safety Board\nMedia Briefing Transcript\nCollision of Regional Jet N417QX and Airport "
         "Vehicle\nSaturday, August 15, 2026\n\nNTSB Member Rosa Lindqvist:\n\nGood evening. I'm Rosa Lindqvist.\n",
         "Collision of Regional Jet N417QX and Airport Vehicle", "2026-08-15"},
        {"News from the Riverside Nurses Union\nUnion welcomes pay offer for nurses\n12 March 2025\n\n"
         "The union welcomed the offer. Members vote next week.\n",
         "Union welcomes pay offer for nurses", "2025-03-12"},
        {"Eastfield online newsroom\nMayor opens new library in the Eastfield district\nPublished: 3 March 2025\n\n"
         "The mayor opened the library on Monday. It holds 20,000 books.\n",
         "Mayor opens new library in the Eastfield district", "2025-03-03"},
        {"Press release\nCouncil agrees budget on 4 March 2025\n\nThe council agreed its budget today. It funds 40 posts.\n",
         "Council agrees budget on 4 March 2025", "2025-03-04"},
        {"Harbour Trust annual meeting\nHeld at the Harbour Hall on 9 October 2025\n\nThe chair opened the meeting.\n",
         "Harbour Trust annual meeting", "2025-10-09"},
        {"PM Netanyahu's Remarks at the Start of the Weekly Cabinet Meeting\n\n(Communicated by the Prime Minister's "
         "Media Adviser)\n\nPrime Minister Benjamin Netanyahu, this morning (Sunday, 8 March 2026), at the start of the "
         "weekly Cabinet meeting, made the following remarks:\n\n\"This week we will mark Purim.\"\n",
         "PM Netanyahu's Remarks at the Start of the Weekly Cabinet Meeting", "2026-03-08"},
        /* a deck or headline that ends in an abbreviation's stop stays in the header */
        {"Ministry of Jal Shakti\n\nMinister inaugurates water projects\n\nProjects to benefit 12.5 lakh households "
         "across 7 districts of U.P. and M.P.\n\nPosted On: 14 FEB 2026 6:42PM by PIB Delhi\n\n"
         "The Union Minister inaugurated 14 projects today.\n",
         "Minister inaugurates water projects", "2026-02-14"},
        {"RIVERTON POLICE DEPARTMENT\nNEWS RELEASE\n\nDate: Saturday, January 17, 2026\nCase #: 25-004512\n\n"
         "Two Arrested After Shooting in the 1200 Block of N. Elm St.\n\nOfficers responded to a report of shots fired.\n",
         "Two Arrested After Shooting in the 1200 Block of N. Elm St.", "2026-01-17"},
        /* a letter's salutation titles nothing; an e-mail's subject titles it */
        {"From: Office of the President <president@thornbury.edu>\nSent: Monday, March 9, 2026 4:12 PM\n"
         "To: All Students, Faculty and Staff\nSubject: Update on the Hartwell Hall fire\n\n"
         "Dear members of the Thornbury community,\n\nAll 212 residents were safely evacuated.\n\nSincerely,\n\n"
         "Margaret Ellison\nPresident\n",
         "Update on the Hartwell Hall fire", "2026-03-09"},
        {"PRESS RELEASE\nNo PR-48/2026-ISPR          Dated: March 12, 2026\n\nRawalpindi, March 12:\n\n"
         "The army chief visited Quetta today. He met the troops.\n",
         "PRESS RELEASE", "2026-03-12"},
        /* a second contact under "Contact:" titles nothing */
        {"FOR IMMEDIATE RELEASE\nMarch 3, 2026\nContact: Jordan Pike (Halloway), 202-555-0181\n"
         "Mara Quintero (Brandt), 202-555-0133\n\nSenators Halloway, Brandt Introduce Bill to Cap Insulin Copays\n\n"
         "WASHINGTON, D.C. -- Today, Senators Halloway and Brandt introduced a bill.\n",
         "Senators Halloway, Brandt Introduce Bill to Cap Insulin Copays", "2026-03-03"},
        /* a date printed twice (masthead and sitting) is read and dates the record */
        {"Debates of the Senate\nWednesday, March 4, 2026\n\nTHE SENATE\n\nWednesday, March 4, 2026\n\n"
         "The Senate met at 2 p.m., the Speaker in the chair.\n\nHon. Priya Venkataraman: Honourable senators, March "
         "is National Engineering Month.\n\nHon. Roland Thibodeau: I agree.\n",
         NULL, "2026-03-04"},
        /* a date and its hour after two hyphens; "Last updated on:" */
        {"Mayor Lucinda Ward Press Conference on Flash Flooding\nTuesday, June 9, 2026 -- 7:15 a.m.\n\n"
         "MAYOR WARD: Good morning. The water is rising.\n\nQ: How fast?\n\nMAYOR WARD: Fast.\n",
         "Mayor Lucinda Ward Press Conference on Flash Flooding", "2026-06-09"},
        /* a dateline whose date sits between dashes, after the province */
        {"FOR IMMEDIATE RELEASE\n\nLumora Energy reports record Q2 results\n\nTORONTO, ON \xE2\x80\x93 August 7, 2024 "
         "\xE2\x80\x93 Lumora Energy Inc. today reported revenue of C$1.42 billion.\n",
         "Lumora Energy reports record Q2 results", "2024-08-07"},
        /* the BBC's instruction to editors over its transcript's heading */
        /* a date with the weekday in brackets; a date inside a header's own line, after
         * a time or a label, or before another calendar's; not a field's other date */
        {"Governor's Press Conference\n\nJanuary 17, 2025 (Friday)\n\nThe budget will be announced today.\n",
         "Governor's Press Conference", "2025-01-17"},
        {"Press Briefing\n\nDate: 10:32-10:45 A.M., Friday, June 13, 2025\n\nThe minister opened the briefing.\n",
         "Press Briefing", "2025-06-13"},
        {"Severe Weather Warning\n\nIssued at 4:11 a.m. CST Monday 15 January 2024\n\nStrong winds are expected.\n",
         "Severe Weather Warning", "2024-01-15"},
        {"LOK SABHA DEBATES\n\nNo. 12, Wednesday, February 12, 2025/Magha 23, 1946 (Saka)\n\nThe House met at eleven "
         "of the clock.\n",
         "LOK SABHA DEBATES", "2025-02-12"},
        {"Food Safety Alert: Recall of Smoked Salmon Pate\n\nProduct: Smoked Salmon Pate, 150g\nBest before: 28 May "
         "2025\n\nDo not eat this product.\n",
         "Recall of Smoked Salmon Pate", NULL},
        /* "Published Date:", as Singapore's newsrooms label it */
        {"PRESS RELEASE\n\nRelease of the 2024 examination results\n\nPublished Date: 21 Feb 2025\n\nThe results will "
         "be released today.\n",
         "Release of the 2024 examination results", "2025-02-21"},
        /* a bank's or a command's name over a briefing's title: who issued it */
        {"Coral Sea Development Bank\n\nTranscript: Regional Outlook 2025 Press Briefing\n\nSuva, 23 April 2025\n\n"
         "HOST: Good morning.\n\nDR. PARK: The region will grow.\n",
         "Regional Outlook 2025 Press Briefing", "2025-04-23"},
        {"U.S. Southern Reach Command\nMedia Roundtable on Maritime Security\n\nNov. 19, 2024\n\nADM. HALE: Good "
         "morning.\n",
         "Media Roundtable on Maritime Security", "2024-11-19"},
        {"World Bank\n\nTranscript: Growth Prospects Press Briefing\n\nWashington, 10 June 2025\n\nHOST: Good "
         "morning.\n",
         "Growth Prospects Press Briefing", "2025-06-10"},
        /* dates with stops, year first: Korea's and East Asian broadcasters' */
        {"Press Release\n\nCity to extend its climate card\n\nRelease Date: 2025. 2. 5.\n\nThe card will be "
         "accepted in nine cities.\n",
         "City to extend its climate card", "2025-02-05"},
        {"NEWSLINE Interview\n\nBroadcast 2025.03.11 20:00 JST\n\nANCHOR: Welcome.\n",
         "NEWSLINE Interview", "2025-03-11"},
        /* a news headline quoting its subject, over the reporter's byline: no turn;
         * look-alike: the same label over a quotation in a release, a person's turn */
        {"Kenya's Finance Minister: 'We cannot borrow our way to prosperity'\n\nBy Wanjiru Kamau\nNairobi, Sunday, "
         "March 9, 2025\n\nThe minister spoke to us last week.\n",
         "Kenya's Finance Minister: 'We cannot borrow our way to prosperity'", "2025-03-09"},
        /* a headline that asks, an abbreviation's stop inside it, over a byline */
        {"Is Sen. Ruth Abernathy Ready to Retire?\n\nBy Marcus Bell\nNovember 12, 2025\n\nMarcus Bell: Why not "
         "retire?\n\nRuth Abernathy: Because the job is not done.\n",
         "Is Sen. Ruth Abernathy Ready to Retire?", "2025-11-12"},
        {"Dr. Wen Hsu: Can America Still Lead?\n\nBy Marcus Bell\nNovember 12, 2025\n\nMarcus Bell: Can it?\n\n"
         "Wen Hsu: It can.\n",
         "Dr. Wen Hsu: Can America Still Lead?", "2025-11-12"},
        /* (the byline in capitals, or under a dated line) */
        {"Kenya's Finance Minister: 'We cannot borrow our way to prosperity'\n\nMarch 9, 2025\nBY WANJIRU KAMAU\n\n"
         "The minister spoke to us last week.\n",
         "Kenya's Finance Minister: 'We cannot borrow our way to prosperity'", "2025-03-09"},
        {"Press Release\n\nCity to extend its climate card\n\nRelease Date: 2025. 2. 5.(Wed)\n\nThe card will be "
         "accepted in nine cities.\n",
         "City to extend its climate card", "2025-02-05"},
        {"International Criminal Court\n\nTrial Chamber V delivers verdict in the Yekatom case\n\nPress Release | 17 "
         "January 2025\n\nToday, the Chamber found Mr Alfred Yekatom guilty of 20 counts.\n",
         "Trial Chamber V delivers verdict in the Yekatom case", "2025-01-17"},
        /* a diplomatic mission's name with where it is, over the headline */
        {"Embassy of the Republic of Indonesia in London\n\nConsular Services During Eid al-Fitr Holiday\n\n24 March "
         "2025\n\nThe Embassy will be closed from 31 March to 1 April 2025.\n",
         "Consular Services During Eid al-Fitr Holiday", "2025-03-24"},
        {"CONSULATE GENERAL OF INDIA, DUBAI\n\nChange of service provider for passport services\n\n2 January "
         "2025\n\nThe Consulate announces a new provider.\n",
         "Change of service provider for passport services", "2025-01-02"},
        /* an incident's "Date/Time:" field, a travel advice's "Latest update:", a time
         * before "on" and the date */
        {"Los Angeles County Fire Department\n\nIncident Update #4\n\nDate/Time: January 9, 2025, 6:00 PM PST\n\n"
         "Crews are holding the fire line.\n",
         "Incident Update #4", "2025-01-09"},
        {"Smartraveller\n\nThailand\n\nLatest update: 21 February 2025\n\nWe have reviewed our advice.\n",
         "Smartraveller", "2025-02-21"},
        {"Kent Police\n\nWitness appeal after collision\n\nPublished 09:14 on 07 July 2025\n\nPolice are "
         "appealing for witnesses.\n",
         "Witness appeal after collision", "2025-07-07"},
        {"Message of the Holy Father for the World Day of the Sick\n\nDear brothers and sisters!\n\nI bless you "
         "and your work.\n\nRome, Saint John Lateran, 24 January 2025, Memorial of Saint Francis de Sales.\n\nFRANCIS\n",
         "Message of the Holy Father for the World Day of the Sick", "2025-01-24"},
        /* a newsroom's section over the headline; a kind joined to its issue field */
        {"Research news\n\nAncient DNA rewrites the history of rice farming\n\n25 September 2025\n\nRice farmers "
         "reached the peninsula 4,200 years ago.\n",
         "Ancient DNA rewrites the history of rice farming", "2025-09-25"},
        {"Press release issued: 12 November 2025\n\nNew telescope camera captures first light\n\nA camera built "
         "by engineers has captured its first images.\n",
         "New telescope camera captures first light", "2025-11-12"},
        /* (review) a headline in title case that opens with an embassy's name */
        {"Embassy of Japan to Host Cherry Blossom Festival in Washington\n\nMarch 3, 2025\n\nThe Embassy will host "
         "the festival.\n",
         "Embassy of Japan to Host Cherry Blossom Festival in Washington", "2025-03-03"},
        {"PLEASE NOTE: \"SUNDAY WITH LAURA KESTEVEN\" MUST BE CREDITED IF ANY PART OF THIS TRANSCRIPT IS USED\n\n"
         "SUNDAY WITH LAURA KESTEVEN\n8TH FEBRUARY 2026\n\nLK: Welcome to the programme.\n\nDA: Thank you.\n",
         "SUNDAY WITH LAURA KESTEVEN", "2026-02-08"},
    };
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        d = NULL;
        CHECK_INT(hd_doc_parse(titles[i][0], strlen(titles[i][0]), NULL, &d, NULL), HD_OK);
        if (d) {
            CHECK_STR(d->title, titles[i][1]);
            CHECK_STR(hd_doc_header(d).date, titles[i][2]);
        }
        hd_doc_free(d);
    }
    text = "From the Office of Senator Ana Ruiz\nRuiz secures funding for rural clinics\n\n"
           "WASHINGTON \xE2\x80\x93 Senator Ana Ruiz today announced $4 million for clinics in the northern counties.\n\n"
           "\"Every family deserves a doctor within reach,\" said Ruiz.\n\n"
           "The grants will go to six clinics, which will hire nurses and extend their hours.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECKF(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Ana Ruiz") == 0 &&
                   d->speakers[0].role && strcmp(d->speakers[0].role, "Senator") == 0,
               "%s", d->nspeakers ? d->speakers[0].role : "-");
    }
    hd_doc_free(d);
    t = sentence_lines("Press release\n\nCouncil approves flood barriers\n\n4 March 2025\n\n"
                       "The council approved new barriers.\n\n"
                       "Ana Ruiz, Cabinet Member for Environment:\n\"These barriers will protect homes.\"\n\n"
                       "Mayor Tom Hale thanked the engineers for their work and said:\n\n\"We are ready.\"\n\n"
                       "Governor Lena Ortiz also toured the site, saying, \"Work starts in May.\"\n\n"
                       "\"We will not wait,\" the league's chief officer, Anneli Korhonen, said.\n\n"
                       "Ruiz stated:\n\n\xE2\x80\x9CThe river rose three times this year.\n\n"
                       "We cannot wait for a fourth.\xE2\x80\x9D\n\nThe works cost 12 million pounds.\n");
    CHECKF(t && strstr(t, "speech:s1:\"These barriers will protect homes.\"\n") &&
               strstr(t, "speech:s2:\"We are ready.\"\n") && strstr(t, "speech:s3:\"Work starts in May.\"\n") &&
               strstr(t, "speech:s4:\"We will not wait,\"\n") &&
               strstr(t, "speech:s1:We cannot wait for a fourth.\xE2\x80\x9D\n") &&
               strstr(t, "speech:-:The works cost 12 million pounds.\n"),
           "%s", t);
    free(t);
}

/* What the seventh reading must not break: a participant's office, a venue, a
 * dateline or a case caption under a masthead is no title; a title of capitalised
 * words over a date stays one; a paragraph that quotes someone is the body's; a
 * "Topic:" line in a header is read; an office in brackets is whole; a short line over
 * a kind line that says more is no title; answers under "… by the Spokesperson" are
 * the spokesperson's; a quotation over two paragraphs keeps its "we" its own. */
/* Speeches and interviews as published (hunt 75): who speaks, named from the title,
 * and the date of a dateline in bars. */
/* A surname that ends a bank's or a fund's name ("Andrea Bank") after a given name is
 * a person's: her speech is hers. */
static void test_surname_bank(void)
{
    static const char text[] = "The Outlook for Rates\n\nSpeech by\nAndrea Bank\nDeputy Governor\n\nSydney, 4 May "
                               "2025\n\nThank you for having me.\n";
    hd_doc *d = NULL;
    hd_diag diag = {0};
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, &diag), HD_OK);
    if (!d)
        return;
    CHECK_INT((int)d->nspeakers, 1);
    if (d->nspeakers == 1) {
        const st_speaker *sp = &d->speakers[0];
        CHECKF((sp->name && strstr(sp->name, "Bank")) || (sp->role && strstr(sp->role, "Andrea Bank")), "speaker %s / %s",
               sp->name ? sp->name : "-", sp->role ? sp->role : "-");
    }
    hd_doc_free(d);
}

/* A condolence names the one who died by his office ("on the Passing of Former Prime
 * Minister …", "former Secretary-General …"): not the one who speaks; and an office
 * alone before the lead-in's colon names no one. Look-alike: a name right after the
 * office that gives the statement is the speaker's. */
static void test_not_the_deceased(void)
{
    static const struct {
        const char *text, *name, *role;
    } cases[] = {
        {"Statement by Prime Minister on the Passing of Former Prime Minister Hale Tomas\n\nJuly 30, 2025\n\nI am "
         "saddened by the news.\n",
         NULL, "Prime Minister"},
        {"Secretary-General's statement on the death of former Secretary-General Kofi Adu Mensah\n\n6 November "
         "2025\n\nThe following statement was issued today by the Spokesperson for UN Secretary-General:\n\nI am "
         "deeply saddened.\n",
         NULL, "Secretary-General"},
        {"Statement on a death\n\n6 November 2025\n\nThe following statement was issued today by the Spokesperson "
         "for UN Secretary-General:\n\nI am deeply saddened.\n",
         NULL, "Spokesperson for UN Secretary-General"},
        {"Statement by Prime Minister Ines Kato on the Passing of Former Prime Minister Hale Tomas\n\nJuly 30, "
         "2025\n\nI am saddened by the news.\n",
         "Ines Kato", "Prime Minister"},
        /* (one who died in office; look-alikes: "former" the speaker's own, a surname
         * that is an office's word before the colon) */
        {"Secretary-General's statement on the death of Ambassador Kofi Adu Mensah\n\n6 November 2025\n\nThe "
         "following statement was issued today by the Spokesperson for UN Secretary-General:\n\nI am deeply "
         "saddened.\n",
         NULL, "Secretary-General"},
        {"Ruiz Statement on the Passing of Senator Edith Morrow\n\nMarch 4, 2025\n\nWASHINGTON - Today, former "
         "Governor Ana Ruiz released the following statement on the passing of Senator Edith Morrow:\n\n\"Senator "
         "Morrow was a friend. I will miss her.\"\n",
         "Ana Ruiz", "Governor"},
        {"Statement on the harbour\n\nMarch 4, 2025\n\nThe following statement was issued today by U.S. Senator "
         "Angus King:\n\nI welcome the decision.\n",
         "Angus King", "U.S. Senator"},
        {"Statement by Special Envoy on the Killing of Journalists Lena Ortiz\n\nMarch 4, 2025\n\nI welcome the "
         "decision.\n",
         "Lena Ortiz", "Special Envoy on the Killing of Journalists"},
        /* (not the dead, but the same rule: no one's name) an office, its comma, then
         * where it is held */
        {"Statement by the Director of Public Prosecutions, Northern Ireland\n\n3 March 2025\n\nThe Public "
         "Prosecution Service has decided to prosecute.\n",
         NULL, "Director of Public Prosecutions, Northern Ireland"},
        /* a church dedicated to two saints, in a homily's header, is where, not who */
        {"HOMILY\n\nBishop Patrick J. Donnelly\nMass of Chrism\nCathedral of St. Mary and St. Anne\nHoly Thursday, "
         "17 April 2025\n\nMy dear brothers and sisters, we gather tonight.\n",
         NULL, "Speaker"},
        /* look-alike: a name after the office's comma is the holder's, a place's word
         * for a surname included */
        {"Statement by the Director of Public Prosecutions, Jane Hall\n\n3 March 2025\n\nThe Service has "
         "decided to prosecute.\n",
         "Jane Hall", "Director of Public Prosecutions"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        hd_diag diag = {0};
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, &diag), HD_OK);
        if (!d)
            continue;
        CHECKF(d->nspeakers == 1, "case %zu: %zu speakers", k, d->nspeakers);
        if (d->nspeakers >= 1) {
            CHECKF(cases[k].name ? d->speakers[0].name && strcmp(d->speakers[0].name, cases[k].name) == 0
                                 : !d->speakers[0].name,
                   "case %zu: named %s", k, d->speakers[0].name ? d->speakers[0].name : "(none)");
            CHECK_STR(d->speakers[0].role, cases[k].role);
        }
        hd_doc_free(d);
    }
}

/* An office of a body whose last word is a body's ("… Trade Union Congress (AITUC)")
 * is the whole office, no one named by that word. */
static void test_office_of_body(void)
{
    static const char text[] = "Statement by the General Secretary of the All India Trade Union Congress (AITUC)\n\n"
                               "21 January 2025\n\nWe condemn the new labour codes.\n";
    hd_doc *d = NULL;
    hd_diag diag = {0};
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, &diag), HD_OK);
    if (!d)
        return;
    CHECK_INT((int)d->nspeakers, 1);
    if (d->nspeakers == 1) {
        CHECKF(d->speakers[0].name == NULL, "named %s", d->speakers[0].name);
        CHECK_STR(d->speakers[0].role, "General Secretary of the All India Trade Union Congress");
    }
    hd_doc_free(d);
}

static void test_speech_people(void)
{
    static const struct {
        const char *text, *name, *role, *date;
    } cases[] = {
        /* post-nominal letters after the name in the title */
        {"Keynote address \xE2\x80\x93 Professor Sir Alistair Grey FRS FRSE\nRoyal Institution, 5 March 2024\n\n"
         "Trust in scientists has fallen.\n",
         "Professor Sir Alistair Grey", NULL, "2024-03-05"},
        /* "Interview with the Minister for …, Hon. Name": the office, without "with" */
        {"Transcript: Interview with the Minister for Northern Resources, Hon. Daniel Okafor-Reid\n\nQ: Minister, is "
         "the price going to come down?\n\nA: Look, I think it will.\n",
         "Daniel Okafor-Reid", "Minister for Northern Resources", NULL},
        /* an office in capitals after "and" that ends in a role's word */
        {"Q2 2025 Earnings Call\n\nCompany Participants\n* Nadia Farouk, Executive Vice President and Chief Financial "
         "Officer\n\nOperator\n\nWelcome to the call.\n\nNadia Farouk\n\nMargins grew.\n",
         "Nadia Farouk", "Executive Vice President and Chief Financial Officer", NULL},
        /* the same after a form of address, and after a dash */
        {"Q1 2025 Earnings Call\n\nExecutives\nDr. Lena Hartmann - President and CEO\nGary Whitcomb - CFO\n\n"
         "Operator\n\nWelcome to the call.\n\nLena Hartmann\n\nThank you. Revenue rose.\n",
         "Dr. Lena Hartmann", "President and CEO", NULL},
        {"Q1 2025 Earnings Call\n\nCompany Participants\n* Ms. Ana Ruiz, Chief Executive Officer and President\n\n"
         "Operator\n\nWelcome to the call.\n\nAna Ruiz\n\nThank you.\n",
         "Ms. Ana Ruiz", "Chief Executive Officer and President", NULL},
        /* two letters that are roman numerals inside a name in capitals are the name's */
        {"Deputy Spokesperson's Press Briefing, 4 August 2025\n\nDEPUTY SPOKESPERSON TAN LI MEI: Good afternoon.\n\n"
         "QUESTION (CHANNEL NEWSASIA): When was it issued?\n\nDEPUTY SPOKESPERSON TAN LI MEI: Today.\n",
         "Tan Li Mei", "Deputy Spokesperson", NULL},
        {"Remarks\n\nPOPE LEO XIV: Peace be with you.\n\nPRESIDENT XI JINPING: Thank you.\n", "Xi Jinping", "President",
         NULL},
        {"Remarks\n\nPOPE LEO XIV: Peace be with you.\n\nPRESIDENT XI JINPING: Thank you.\n", "Leo XIV", "Pope", NULL},

        /* a portfolio's word after the office's is no name; a name of four words after
         * a form of address; a land's office under a signer with honours */
        {"Official Report\n\nTuesday, 7 January 2025\n\nThe Minister for National Development (Mr Chee Hong Tat): "
         "Resale prices rose.\n\nMr Louis Ng Kok Kwang (Nee Soon): Will the Minister publish the data?\n\nMr Chee Hong "
         "Tat: We already do.\n",
         "Chee Hong Tat", "Minister for National Development", NULL},
        {"Official Report\n\nTuesday, 7 January 2025\n\nThe Minister for National Development (Mr Chee Hong Tat): "
         "Resale prices rose.\n\nMr Louis Ng Kok Kwang (Nee Soon): Will the Minister publish the data?\n\nMr Chee Hong "
         "Tat: We already do.\n",
         "Mr Louis Ng Kok Kwang", "Nee Soon", NULL},
        {"Message of condolence\n\n9 September 2022\n\nOn behalf of all Australians, I extend my deepest sympathy.\n\n"
         "General the Honourable David Hurley AC DSC (Retd)\nGovernor-General of the Commonwealth of Australia\n",
         "David Hurley", "Governor-General of the Commonwealth of Australia", NULL},
        /* a person's name before a speech's kind, possessive or not, under a party's name */
        {"Labour Party\n\nKeir Starmer's speech at the launch of Labour's manifesto\n\nManchester\n13 June 2024\n\n"
         "Friends, this is a manifesto for change.\n",
         "Keir Starmer", NULL, "2024-06-13"},
        {"Keir Starmer: speech at the launch of the manifesto\n\n13 June 2024\n\nFriends, this is a manifesto for "
         "change.\n",
         "Keir Starmer", NULL, "2024-06-13"},
        /* an office of a body whose letters follow in brackets names no one; letters of
         * an office joined to a role's word; "by" alone over the name; the person under
         * a title that names the office in the possessive */
        {"Statement by the General Secretary of the All India Trade Union Congress (AITUC)\n\n21 January 2025\n\n"
         "We condemn the new labour codes.\n",
         NULL, NULL, "2025-01-21"},
        {"Press Release\n\nTelenet launches 5G services\n\nMumbai, October 1, 2025: Telenet today announced its 5G "
         "services.\n\nSpeaking on the launch, Mr. Arvind Menon, MD & CEO, Bharat Telenet, said, \"This is a defining "
         "moment.\"\n",
         "Mr. Arvind Menon", "MD & CEO", "2025-10-01"},
        {"Convocation Address\n\nby\n\nShri Dharmendra Pradhan, Union Minister of Education\n\nKharagpur, 28 December "
         "2024\n\nMy dear graduating students, it is an honour to be here.\n",
         "Shri Dharmendra Pradhan", "Union Minister of Education", "2024-12-28"},
        {"President's Remarks at the Opening Convocation\n\nPresident Sarah L. Whitman\n\nAlden College\nWednesday, "
         "August 27, 2025\n\nGood afternoon, and welcome to the Class of 2029!\n",
         "Sarah L. Whitman", "President", "2025-08-27"},
        /* in capitals, "of" and a name over an office line */
        {"TESTIMONY OF JANET OKONJO-REYES\nChief Executive Officer, National Association of Community Health "
         "Centers\n\nBefore the Subcommittee on Health\n\nApril 9, 2025\n\nThank you for the opportunity to testify.\n",
         "Janet Okonjo-Reyes", NULL, "2025-04-09"},
        /* a verb's "-ing" in the title's capitals ends the description */
        {"Remarks by Senator James Caldwell Accepting the Nomination for Vice President\n\nAugust 20, 2025\n\nAs "
         "prepared for delivery:\n\nThank you, Madam Chair.\n",
         "James Caldwell", "Senator", "2025-08-20"},
        /* the clergy's style before the name, over the see */
        {"HOMILY\n\nThe Most Rev. Patrick J. Donnelly\nBishop of Carrowmore\n\nHoly Thursday, 17 April 2025\n\nMy "
         "dear brothers and sisters, we gather tonight.\n",
         "Patrick J. Donnelly", "Bishop of Carrowmore", "2025-04-17"},
        {"SERMON\n\nThe Very Rev. Anne Hollis\nDean of Westmere\n\nSunday, 4 May 2025\n\nWe gather to give "
         "thanks.\n",
         "Anne Hollis", "Dean of Westmere", "2025-05-04"},
        /* a first name and an initial in a podcast is no judge (a court's "BELL J:" is) */
        {"Episode 12: Grid costs\n\nMALCOLM J: Welcome back.\n\nTOM: Thanks.\n", "Malcolm J", NULL, NULL},
        /* (review) "REV." alone before the name is the announcement's */
        {"Interfaith service\n\nREV. MICHAEL CURRY: Let us pray.\n\nRABBI ANA RUIZ: Amen.\n", "Michael Curry", "Rev.",
         NULL},
        /* a message signed on one line by its title and name names its speaker */
        {"New Year Message\n\nIssued: 19 September 2025\n\nI send my warmest wishes to every member of our "
         "community.\n\nChief Rabbi Sir Ephraim Mirvold\n",
         "Sir Ephraim Mirvold", "Chief Rabbi", "2025-09-19"},
        /* a clerk's surname after a given name is a name, not the office */
        {"Town meeting\n\n3 March 2025\n\nThe town met on Monday.\n\nHelen Clerk said: \"We will vote.\"\n",
         "Helen Clerk", NULL, NULL},
        /* a dame or a knight known by the given name is the one named in full */
        {"Honours 2025\n\n2 June 2025\n\nThe Governor-General, Dame Cindy Kiro, has congratulated the 182 New "
         "Zealanders recognised.\n\nDame Cindy said: \"Today we honour their service.\"\n",
         "Dame Cindy Kiro", NULL, "2025-06-02"},
        {"Visit to Leeds\n\n2 June 2025\n\nPrime Minister Sir Keir Starmer visited Leeds today.\n\nSir Keir said: "
         "\"We are building homes.\"\n",
         "Sir Keir Starmer", NULL, NULL},
        /* the UN's "Statement attributable to …" names who speaks it */
        {"Press release\n\nStatement attributable to the UN High Commissioner for Refugees Filippo Grandi on the "
         "situation in North Darfur\n\n17 May 2024\n\n\"I am alarmed by the escalating violence.\n\n\"I appeal to donors "
         "to act now.\"\n",
         "Filippo Grandi", "UN High Commissioner for Refugees", "2024-05-17"},
        /* a summary of someone's press conference names who answers */
        {"Summary of Governor Hayami's Press Conference on October 30, 2025\n\nBank of Japan\nOctober 31, 2025\n\n"
         "Question: Could you explain the decision?\n\nAnswer: The Bank decided to keep the policy rate.\n",
         "Hayami", "Governor", NULL},
        /* "(4 December 2025) The Commissioner …": the Hong Kong government's date in
         * brackets opening the first paragraph dates the release */
        {"Press Release\n\nCommissioner Completes Investigation into Data Breach\n\n(4 December 2025) The Privacy "
         "Commissioner today published an investigation report on a data breach.\n\nThe report found that the "
         "company had not enabled multi-factor authentication.\n",
         NULL, NULL, "2025-12-04"},
        /* "Governor's Statement: October 1, 2025" dates the statement; look-alike: a
         * field's date, no title */
        {"Governor's Statement: October 1, 2025\n\nShri Raghavan Iyer, Governor\n\nThe Committee met on 1 October and "
         "kept the policy rate unchanged.\n",
         NULL, NULL, "2025-10-01"},
        /* "Issued by:" over the office and the date at the foot dates the release */
        {"PRESS RELEASE\n\nINTRODUCTION OF THE ELECTRONIC TRAVEL AUTHORISATION\n\nThe High Commission wishes to inform "
         "the public that all visitors must obtain an authorisation before travel.\n\nIssued by:\nThe Kenya High "
         "Commission, London\n9th December 2024\n",
         NULL, NULL, "2024-12-09"},
        /* a contact's block between the headline and the dateline: the dateline dates
         * the release */
        {"NEWS RELEASE\n\nEPA Finalizes Methane Standards for Landfills\n\nContact Information\nEPA Press Office "
         "(press@epa.gov)\n\nWASHINGTON (Sept. 30, 2024) \xE2\x80\x93 Today, the Agency finalized updated standards "
         "for landfills.\n",
         NULL, NULL, "2024-09-30"},
        /* India's PIB dateline, its fields in bars */
        {"Keynote Speech by Mr. Rajiv Menon, Minister of State for Electronics, at the Digital India Summit 2024\n\n"
         "New Delhi | 09 January 2024 | PIB Delhi\n\nNamaskar!\n\nIndia today has over 85 crore internet users.\n",
         NULL, NULL, "2024-01-09"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        hd_diag diag = {0};
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, &diag), HD_OK);
        if (!d)
            continue;
        const st_speaker *sp = NULL;
        for (size_t j = 0; j < d->nspeakers && cases[k].name; j++)
            if (d->speakers[j].name && strcmp(d->speakers[j].name, cases[k].name) == 0)
                sp = &d->speakers[j];
        CHECKF(!cases[k].name || sp, "case %zu: no speaker %s", k, cases[k].name);
        if (sp && cases[k].role)
            CHECK_STR(sp->role, cases[k].role);
        if (cases[k].date) {
            hd_header h = hd_doc_header(d);
            CHECK_STR(h.date, cases[k].date);
        }
        char *t = sentence_lines(cases[k].text);
        CHECKF(t && !strstr(t, "speech:s1:New Delhi"), "case %zu: %s", k, t);
        free(t);
        hd_doc_free(d);
    }
}

/* A kind line in two languages, a slash between them, is the statement's kind, read,
 * and no title; a site's breadcrumb with a slash is neither. */
static void test_two_language_kinds(void)
{
    static const struct {
        const char *line, *kind;
    } cases[] = {
        {"KENYATAAN MEDIA / MEDIA STATEMENT", "media statement"},
        {"MEDIA STATEMENT / KENYATAAN MEDIA", "media statement"},
        {"COMMUNIQU\xC3\x89 DE PRESSE / PRESS RELEASE", "press release"},
        {"Newsroom / Press Releases", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "%s\n\nAudience of the Prime Minister with the King\n\n12 March 2025\n\nThe King today granted an "
                 "audience to the Prime Minister.\n",
                 cases[k].line);
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        hd_header h = hd_doc_header(d);
        CHECK_STR(h.title, "Audience of the Prime Minister with the King");
        CHECKF(cases[k].kind ? h.kind && strcasecmp(h.kind, cases[k].kind) == 0 : !h.kind, "case %zu: kind %s", k,
               h.kind ? h.kind : "(none)");
        hd_doc_free(d);
        char *t = sentence_lines(text);
        char want[128];
        snprintf(want, sizeof want, "title:-:%s\n", cases[k].line);
        CHECKF(t && (cases[k].kind ? strstr(t, want) != NULL : strstr(t, "Newsroom") == NULL), "case %zu:\n%s", k, t);
        free(t);
    }
}

/* What dates a statement that no header line dates: a lead-in that ends with the day
 * it was given, a closing dateline or a date alone at the foot; and what must not
 * (a later statement's date in a compilation, a day in the body). */
static void test_closing_dates(void)
{
    static const struct {
        const char *text, *date;
    } cases[] = {
        /* the day an embargo after the kind's dash lifts */
        {"Southern Skies Astronomical Observatory\nMedia Statement - Embargoed until 16:00 SAST, Wednesday 9 July 2025\n\n"
         "Astronomers detect fast radio burst\n\nCAPE TOWN - A team has detected a burst.\n",
         "2025-07-09"},
        {"Statement on Immigration Enforcement\n\nWASHINGTON - The President of the Conference of Bishops, Archbishop "
         "Timothy R. Vance of Carrington, issued the following statement on January 24, 2025:\n\n\"We are called to "
         "see Christ in the stranger.\"\n",
         "2025-01-24"},
        {"Statement on Immigration Enforcement\n\nWASHINGTON - Archbishop Timothy R. Vance issued the following "
         "statement on Friday, January 24, 2025:\n\n\"We are called to see Christ in the stranger.\"\n",
         "2025-01-24"},
        {"Pastoral Letter on the Elections\n\nBeloved People of God,\n\nWe are not telling you whom to vote for.\n\n"
         "May Mary guide our nation.\n\nMost Rev. Romulo dela Paz\nArchbishop of San Ildefonso\n\nManila, February "
         "15, 2025\n",
         "2025-02-15"},
        {"Pastoral Letter on the Elections\n\nBeloved People of God,\n\nWe are not telling you whom to vote for.\n\n"
         "May Mary guide our nation.\n\nMost Rev. Romulo dela Paz\nArchbishop of San Ildefonso\n\nFebruary 15, 2025\n",
         "2025-02-15"},
        {"Briefing\n\nMS. RUIZ: We are done.\n\nNew Delhi\nAugust 21, 2025\n\n\xE2\x80\x93 END \xE2\x80\x93\n",
         "2025-08-21"},
        {"Statement by UN High Commissioner for Refugees Filippo Grandi on the floods\n\nGENEVA, 14 September 2023 "
         "\xE2\x80\x93 \"I am devastated by the loss of life.\n\n\"We urge all parties to allow access.\"\n",
         "2023-09-14"},
        /* look-alikes: the day of what a lead-in tells, not closing it; a second
         * statement's dateline in a compilation */
        {"Statement on the Floods\n\nThe Minister, who visited the region on January 24, 2025, said the damage was "
         "severe.\n\nWe will rebuild.\n",
         NULL},
        {"Joint Communique of the Ministers\n\n1. The Ministers met in Ljubljana.\n\nReadout of the Minister's Call\n\n"
         "Office of the Spokesperson\nApril 28, 2026\n\nThe Minister spoke today with the Secretary of State.\n",
         NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        hd_header h = hd_doc_header(d);
        CHECKF(cases[k].date ? h.date && strcmp(h.date, cases[k].date) == 0 : !h.date, "case %zu: date %s", k,
               h.date ? h.date : "(none)");
        hd_doc_free(d);
    }
}

static void test_reading_seven_guards(void)
{
    static const struct {
        const char *text, *title, *has, *hasnt;
    } cases[] = {
        {"THE FUTURE OF ARCTIC SHIPPING\n\nERIK SOLBERG\nDirector, Polar Trade Program\n\nThursday, March 6, 2025\n\n"
         "MS. ELLIS: Good afternoon, everybody.\n\nMR. SOLBERG: Thank you.\n",
         "THE FUTURE OF ARCTIC SHIPPING", "speech:s2:Thank you.\n", NULL},
        {"PRESS BRIEFING OF PALACE PRESS OFFICER CLAIRE CASTRO\nNew Executive Building, Malacanang\nSeptember 23, 2025\n\n"
         "USEC. CASTRO: Good morning.\n\nQ: Any update?\n\nUSEC. CASTRO: Not yet.\n",
         "PRESS BRIEFING OF PALACE PRESS OFFICER CLAIRE CASTRO", "speech:s1:Not yet.\n", NULL},
        {"ECONOMIC COMMUNITY OF WEST AFRICAN STATES\n\nSIXTY-SIXTH ORDINARY SESSION OF THE AUTHORITY\n\n"
         "Abuja, Federal Republic of Nigeria\n15 December 2024\n\nFINAL COMMUNIQUE\n\n1. The Session was held in Abuja.\n",
         "ECONOMIC COMMUNITY OF WEST AFRICAN STATES", NULL, NULL},
        {"Coastal Erosion\n5 March 2025\n\nThe Government is investing 2.4 billion pounds in coastal defences.\n",
         "Coastal Erosion", NULL, NULL},
        /* when a release may be published, over its headline: not read, and it dates
         * the statement; look-alike: a headline that opens "For release of" */
        {"For release: Tuesday 9 September 2025, 00:01 BST\n\nHealth study links diet to faster ageing\n\nPeople who "
         "eat the most processed food age faster.\n",
         "Health study links diet to faster ageing", "meta:-:Tuesday 9 September 2025, 00:01 BST\n", "For release"},
        {"FOR RELEASE AT 00:01 GMT\n\nHealth study links diet to faster ageing\n\nPeople who eat the most processed "
         "food age faster.\n",
         "Health study links diet to faster ageing", NULL, "RELEASE"},
        {"For release of hostages, talks go on\n\n3 May 2025\n\nTalks continued in Doha on Saturday.\n",
         "For release of hostages, talks go on", NULL, NULL},
        /* a kind and its date after a colon: the date is no title */
        {"PM press conference: 3 February 2025\n\nPrime Minister:\nWaiting lists have fallen.\n\nQuestion from ITV:\n"
         "Prime Minister, what do you say?\n",
         "PM press conference: 3 February 2025", NULL, NULL},
        /* a postal address under the organisation's name is no title (look-alike: a
         * headline with figures and commas) */
        {"INTERNATIONAL COURT OF JUSTICE\nPeace Palace, Carnegieplein 2, 2517 KJ The Hague, Netherlands\n\nPress Release\n\n"
         "19 June 2025\n\nMaritime Delimitation in the Coral Strait (Alvaria v. Tessaly)\n\nThe Court today delivered "
         "its Judgment.\n",
         "Maritime Delimitation in the Coral Strait (Alvaria v. Tessaly)", NULL, NULL},
        {"Berths 4, 5 and 6 Reopen, Cranes Back in Service\n\nThe port reopened today.\n",
         "Berths 4, 5 and 6 Reopen, Cranes Back in Service", NULL, NULL},
        /* a case's caption on one line, ended by a stop: the header's, the date under
         * it the statement's */
        {"IN THE SUPREME COURT OF THE UNITED STATES\n\nDELMAR FREIGHT, INC., Petitioner, v. ROSA QUINTANILLA, "
         "Respondent.\n\nNo. 24-552\n\nWednesday, January 15, 2025\n\nCHIEF JUSTICE ROBERTS: We'll hear argument.\n\n"
         "MR. ALLARD: Mr. Chief Justice.\n",
         "IN THE SUPREME COURT OF THE UNITED STATES", "meta:-:No. 24-552\n", "heading:"},
        /* a court reporter's running head over the caption is chrome, no title */
        {"Official - Subject to Final Review\n\nIN THE SUPREME COURT OF THE UNITED STATES\n\nMonday, March 3, 2025\n\n"
         "CHIEF JUSTICE ROBERTS: We'll hear argument.\n\nMS. HARLOW: Mr. Chief Justice.\n",
         "IN THE SUPREME COURT OF THE UNITED STATES", NULL, "Final Review"},
        /* a programme's name, a dash and the date on the first line: the title (look-
         * alike: a title over a date line keeps it) */
        {"MEET THE PRESS \xE2\x80\x94 Sunday, March 9, 2025\n\nKRISTEN WELKER: Welcome back.\n\nSEC. HOWARD LUTZ: "
         "Good morning.\n",
         "MEET THE PRESS", NULL, NULL},
        {"Measles update\n\nFriday, April 11, 2025\n\nWe have 23 cases.\n", "Measles update", NULL, NULL},
        /* a publication's name under its publisher's, in one block: the title, no unit
         * and no person (look-alike: a unit under its organisation's name) */
        {"Greenwood County Health Department\nWeekly Respiratory Illness Update\n\nWeek ending Saturday, January 18, "
         "2025\n\nFlu activity remains high.\n",
         "Weekly Respiratory Illness Update", NULL, NULL},
        {"Westmere Police Service\nCorporate Communications\n\nRoad closure on Ferry Street\n\nThe road is "
         "closed.\n",
         "Road closure on Ferry Street", NULL, NULL},
        /* a ninth reading: a number, an address, a place and a date, an office alone
         * title nothing; the headline under them does */
        {"FOR IMMEDIATE RELEASE\nMarch 4, 2025\n\nContact: Dana Whitfield\n(517) 555-0142\npress@governor.example.gov\n\n"
         "Governor Announces Broadband Grants\n\nLANSING - The Governor today announced grants.\n",
         "Governor Announces Broadband Grants", "speech:-:LANSING - The Governor today announced grants.\n", "heading:"},
        {"Premier of Victoria\nMedia release\n\nThursday, 6 March 2025\n\nMore Victorians Into Trades\n\n"
         "The Premier today announced a package.\n",
         "More Victorians Into Trades", NULL, "heading:"},
        {"Council of Europe\n\nStrasbourg 25/02/2025\n\nAnti-torture Committee publishes report on Bulgaria\n\n"
         "The Committee has today published the report.\n",
         "Anti-torture Committee publishes report on Bulgaria", NULL, "heading:"},
        /* a second kind alone titles nothing; a letterhead in capitals gives way to the
         * kind line that says more */
        {"Monetary Policy Statement\nBank of Ghana\n\nPress Release\nMonetary Policy Committee Meeting\n24 January 2025\n\n"
         "The Committee held its meeting.\n",
         "Monetary Policy Committee Meeting", NULL, NULL},
        {"JUDICIARY OF ENGLAND AND WALES\n\nR -v- Daniel Harker\n\nCentral Criminal Court\n\n"
         "Summary of verdicts and sentencing remarks of Mrs Justice Okonedo\n\n17 January 2025\n\nMr Harker, please stand.\n",
         "Summary of verdicts and sentencing remarks of Mrs Justice Okonedo", NULL, NULL},
        {"Erdogan addresses party group meeting\n\n15.10.2025\n\n"
         "Speaking at the AK Party Group Meeting, President Recep Tayyip Erdogan said, \"Our goal is not a slogan.\"\n\n"
         "The President added that more work was needed.\n",
         "Erdogan addresses party group meeting", "speech:s1:\"Our goal is not a slogan.\"\n", NULL},
        {"Ministry of Transport\n\nTopic: Speed limits\n\nThe Minister today announced a review of speed limits.\n", NULL,
         "meta:-:Topic: Speed limits\n", NULL},
        {"Singapore\n\nTranscript of speech by Prime Minister Tan Wei Jie at the official opening of the Punggol "
         "Digital District on 7 November 2024.\n\nMinister Ong Bee Lian,\nDistinguished guests,\n\nGood morning.\n",
         "Transcript of speech by Prime Minister Tan Wei Jie at the official opening of the Punggol Digital District "
         "on 7 November 2024.",
         "speech:s1:Good morning.\n", NULL},
        {"France Diplomacy - Ministry for Europe and Foreign Affairs\n\n"
         "Sahelia - Release of a national - Statement by Claire Vautrin, Minister for Europe and Foreign Affairs "
         "(6 March 2025)\n\nWe welcome the release of our compatriot.\n\n"
         "Excerpts from the press briefing by the Spokesperson\n\nQ - Was a ransom paid?\n\nA - We do not pay ransoms.\n",
         NULL, "speech:s2:We do not pay ransoms.\n", NULL},
        {"Press briefing\n\nFloods displace thousands\n\nSpeakers:\n\xE2\x80\xA2 Anja Lindqvist, Head of Delegation\n"
         "\xE2\x80\xA2 Dr. Tomas Ferreira, Global Health Lead\n\nAnja Lindqvist, Head of Delegation:\n\n"
         "\"The water has not gone down. In Bago, whole villages are still under water.\n\n"
         "Volunteers have reached 148,000 people, but we are running out of boats.\"\n\n"
         "Dr. Tomas Ferreira, Global Health Lead:\n\n\"Our biggest fear now is cholera.\"\n",
         NULL, "speech:s1:Volunteers have reached 148,000 people, but we are running out of boats.\"\n"
         "speech:s2:\"Our biggest fear now is cholera.\"\n", "speech:s1:Dr. Tomas"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (d && cases[i].title)
            CHECK_STR(d->title, cases[i].title);
        hd_doc_free(d);
        char *t = sentence_lines(cases[i].text);
        CHECKF(t && (!cases[i].has || strstr(t, cases[i].has)) && (!cases[i].hasnt || !strstr(t, cases[i].hasnt)),
               "case %zu:\n%s", i, t);
        free(t);
    }
    /* an eighth reading: a relative clause after the person before "said:"; a
     * journalist with the outlet after a comma or a slash; "SEC. REYES" a secretary;
     * "(chorus)" a direction; "### (PCO)" an end mark; third-person narration after a
     * turn; "Back to News" */
    static const struct {
        const char *text, *has, *hasnt;
    } more[] = {
        {"Man charged after assault\n\nA man has been charged.\n\n"
         "Detective Chief Inspector Jane Roe, who is leading the investigation, said:\n\n"
         "\"We are grateful to witnesses.\"\n\nAnyone with information should call 101.\n",
         "speech:s1:\"We are grateful to witnesses.\"\n", NULL},
        {"Press Briefing\n\nUSEC. CRUZ: Good morning.\n\nSEC. REYES: Good morning to all.\n\n"
         "MPC: (chorus) Thank you.\n\n### (PCO)\n",
         "stage:-:(chorus)\n", "PCO"},
        {"Interview transcript\n\nMarch 2, 2025\n\nGovernor Roe: \"We will not cut Medicaid.\"\n\n"
         "Earlier today, Governor Ann Roe was a guest on WXYZ.\n\nJoe Smith, WXYZ: Welcome.\n\n"
         "Governor Roe: Thank you.\n\nBack to News\n",
         "speech:-:Earlier today, Governor Ann Roe was a guest on WXYZ.\n", "Back to"},
    };
    static const struct {
        const char *text, *has, *hasnt;
    } more2[] = {
        /* hunt 113 d04: a place's clock, "Beijing Time", after a.m. ends no sentence */
        {"China National Space Administration\n\nChang'e-7 enters lunar orbit\n\nBEIJING, Aug. 14 (CNSA) -- The probe braked at 10:43 a.m. Beijing Time on Thursday and entered lunar orbit. The engine fired for 14 minutes.\n",
         "speech:-:BEIJING, Aug. 14 (CNSA) -- The probe braked at 10:43 a.m. Beijing Time on Thursday and entered lunar orbit.\nspeech:-:The engine fired for 14 minutes.\n", NULL},
        /* hunt 113 d05: an alderperson's title ends no sentence */
        {"Office of the Mayor\n\nHousing plan announced\n\nCHICAGO \xE2\x80\x93 The plan invests in every ward. Ald. Maria Hadden (49th Ward) said the plan was overdue.\n",
         "speech:-:Ald. Maria Hadden (49th Ward) said the plan was overdue.\n", NULL},
        /* review 127: Hansard's "Honourable Members:" interjection stays a label */
        {"House of Commons Hansard\n\nBudget Resolutions\n\nMr Speaker: Order. I call the Chancellor.\n\nThe Chancellor of the Exchequer (Rachel Reeves): This Budget fixes the foundations.\n\nHonourable Members: Shame!\n\nSome Honourable Members: Hear, hear!\n",
         "speech:s3:Shame!\n", NULL},
        /* review 127: a body's and the floor's labels with "of" stay labels */
        {"Transcript: Town hall meeting with the Premier\n\nPREMIER: Thanks everyone for coming tonight.\n\nFriends of the Earth: We are disappointed by this decision.\n\nMembers of the Public: Can we ask questions?\n\nPREMIER: Yes, go ahead.\n",
         "speech:s2:We are disappointed by this decision.\nspeech:s3:Can we ask questions?\n", NULL},
        /* review 127: given names after an office are no lettered things */
        {"Embassy news\n\nThe delegation was welcomed by Ambassador Ward J. Timken at the residence. We thanked Wing T. Chao for his support.\n",
         "speech:-:The delegation was welcomed by Ambassador Ward J. Timken at the residence.\nspeech:-:We thanked Wing T. Chao for his support.\n", NULL},
        /* hunt 112 d07: a letter that names an area ends the sentence; a middle initial does not */
        {"Wildfire update\n\nAn Evacuation Order was issued for Electoral Area D. Highway 97 is closed between Dawson Creek and Chetwynd. Board at Terminal B. Passengers should wait. Mark D. Hale spoke for the service.\n",
         "speech:-:An Evacuation Order was issued for Electoral Area D.\nspeech:-:Highway 97 is closed between Dawson Creek and Chetwynd.\nspeech:-:Board at Terminal B.\nspeech:-:Passengers should wait.\nspeech:-:Mark D. Hale spoke for the service.\n", NULL},
        /* hunt 112 d08: a sovereign's style before the title ends no sentence */
        {"Royal Court of Sweden\nPress release\nStockholm, 10 December 2024\n\nH.M. The King presents the Nobel Prizes\n\nThe King presented the 2024 Nobel Prizes at the Stockholm Concert Hall today. H.M. The Queen and H.R.H. Prince Carl Philip were present.\n",
         "title:-:H.M. The King presents the Nobel Prizes\nspeech:-:The King presented the 2024 Nobel Prizes at the Stockholm Concert Hall today.\nspeech:-:H.M. The Queen and H.R.H. Prince Carl Philip were present.\n", NULL},
        /* hunt 112 d09: a prefecture's short form goes on before its bracket */
        {"Japan Meteorological Agency\nTsunami Information\nIssued at 21:48 JST, 8 August 2024\n\nA TSUNAMI ADVISORY has been issued for the Pacific coast of Miyazaki Pref. and Kagoshima Pref. (Osumi Peninsula).\n\nGet out of the water and leave the coast immediately.\n",
         "speech:-:A TSUNAMI ADVISORY has been issued for the Pacific coast of Miyazaki Pref. and Kagoshima Pref. (Osumi Peninsula).\n", NULL},
        /* hunt 112 d10: a Polish street's word before its name */
        {"The Royal House of the Netherlands\nState visit programme\nWarsaw, 15 April 2025\n\n10:30 Official welcome ceremony at the Presidential Palace, ul. Krakowskie Przedmie\xC5\x9B" "cie 48/50.\n11:15 Meeting with President Andrzej Duda.\n",
         "speech:-:10:30 Official welcome ceremony at the Presidential Palace, ul. Krakowskie Przedmie\xC5\x9B" "cie 48/50.\nspeech:-:11:15 Meeting with President Andrzej Duda.\n", NULL},
        /* hunt 112 d01: a speech turning to those it addresses is no turn's label */
        {"Speech from the Throne\nOttawa, Ontario\nMay 27, 2025\n\nDelivered by His Majesty King Charles III\n\nIt is a great honour for me to open this new Parliament.\n\nHonourable Members of the House of Commons: You will be asked to appropriate the funds for the public services.\n\nMay God bless and guide you in your deliberations.\n",
         "speech:s1:Honourable Members of the House of Commons: You will be asked to appropriate the funds for the public services.\nspeech:s1:May God bless and guide you in your deliberations.\n", NULL},
        /* hunt 112 d01: "Distinguished delegates:" likewise; a crowd's label with its note stays one */
        {"Address to the conference\n\nFriends, it is good to be here.\n\nDistinguished Delegates: you have worked hard.\n\nDelegates (chanting): Four more years!\n",
         "speech:-:Distinguished Delegates: you have worked hard.\nspeech:s1:Four more years!\n", NULL},
        /* hunt 112 d03: a statement by a board is the narrator's */
        {"Reserve Bank of Australia\nMedia Release\n18 February 2025\n\nStatement by the Monetary Policy Board: Monetary Policy Decision\n\nAt its meeting today, the Board decided to lower the cash rate target to 4.10 per cent. Inflation has fallen substantially.\n",
         "speech:-:At its meeting today, the Board decided to lower the cash rate target to 4.10 per cent.\nspeech:-:Inflation has fallen substantially.\n", NULL},
        /* review 126: FIN alone is an acronym's heading in English */
        {"Regulator publishes report\n\nFIN 2025 report\nThe Financial Intelligence Network published its annual report today.\n\nFIN\nThe network said fraud cases had fallen.\n\nFor more information contact the press office.\n",
         "heading:-:FIN 2025 report\nspeech:-:The Financial Intelligence Network published its annual report today.\nheading:-:FIN\nspeech:-:The network said fraud cases had fallen.\n", NULL},
        /* review 126: a licence's short form before a sentence */
        {"Licence issued\n\nContact the office for Lic. Details are online.\n",
         "speech:-:Contact the office for Lic.\nspeech:-:Details are online.\n", NULL},
        /* hunt 111 d01: a nurse's registration after her name */
        {"Visiting restrictions introduced\n\nPosted: 27/01/2025\n\nWards 7 and 9 are closed.\n\nOur Director of Infection Prevention and Control, Sister Margaret O'Dwyer, RGN, said: \"Norovirus spreads very easily. Please do not visit.\"\n\nWe thank visitors.\n",
         "speech:-:Our Director of Infection Prevention and Control, Sister Margaret O'Dwyer, RGN, said:\nspeech:s1:\"Norovirus spreads very easily.\nspeech:s1:Please do not visit.\"\nspeech:-:We thank visitors.\n", NULL},
        /* hunt 111 d03: Spanish-speaking governments' titles end no sentence */
        {"Foreign Secretary meets Secretary of State\n\nMexico City, March 18, 2025\n\nThe Foreign Secretary met the Secretary of State today.\n\nHe was accompanied by the Ambassador, Lic. Esteban Moctezuma Barrag\xC3\xA1n, and the Undersecretary, Mtro. Roberto Velasco \xC3\x81lvarez. The Consul General, Dra. Gabriela Cuevas Barr\xC3\xB3n, also attended.\n",
         "speech:-:He was accompanied by the Ambassador, Lic. Esteban Moctezuma Barrag\xC3\xA1n, and the Undersecretary, Mtro. Roberto Velasco \xC3\x81lvarez.\nspeech:-:The Consul General, Dra. Gabriela Cuevas Barr\xC3\xB3n, also attended.\n", NULL},
        /* hunt 111 d04: Fin. under a transcript */
        {"Press conference by the Presidential Spokesperson\n\nBuenos Aires, April 15, 2025\n\nSPOKESPERSON MANUEL ADORNI: Good morning. Inflation for March was 3.7%.\n\nQUESTION: What about companies?\n\nSPOKESPERSON MANUEL ADORNI: Companies will be able to pay dividends.\n\nFin.\n",
         "speech:s1:Companies will be able to pay dividends.\n", "Fin."},
        /* hunt 109 d13: a kind line with its date after a dash is no title */
        {"Bundeskartellamt\nPress release \xE2\x80\x93 14.01.2025\n\nBundeskartellamt imposes fines on manufacturers of wall tiles\n\nBonn, 14 January 2025: The Bundeskartellamt has imposed fines totalling approx. EUR 27.5 million on three manufacturers of ceramic wall tiles.\n",
         "title:-:Press release \xE2\x80\x93 14.01.2025\ntitle:-:Bundeskartellamt imposes fines on manufacturers of wall tiles\nspeech:-:Bonn, 14 January 2025: The Bundeskartellamt has imposed fines totalling approx. EUR 27.5 million on three manufacturers of ceramic wall tiles.\n", NULL},
        /* hunt 109 d10: a body's name and its nation over a date field, the headline under it the title */
        {"Arts Council England\n\nPublished: 4 April 2025\n\nNew investment in libraries and museums announced\n\nArts Council England today announced grants for 47 libraries and museums.\n\nThe money will fund new rooms.\n",
         "meta:-:Arts Council England\nmeta:-:Published: 4 April 2025\ntitle:-:New investment in libraries and museums announced\nspeech:-:Arts Council England today announced grants for 47 libraries and museums.\n", NULL},
        /* review 125: a country's letters are its own, not an official's */
        {"Refugees\n\nUnited Nations High Commissioner for Refugees Filippo Grandi said, \"The needs are huge.\"\n\n\"Funding has fallen by half,\" the UN said.\n",
         "speech:s2:\"Funding has fallen by half,\"\nspeech:-:the UN said.\n", NULL},
        /* review 125: an office's initials end in its office's word, not Corporate Services */
        {"Roads\n\nHead of Corporate Services Jane Wanjiru said, \"Staff will be trained.\"\n\nInterior Cabinet Secretary Kipchumba Murkomen toured the site. \"The road will be done by June,\" the CS said.\n",
         "speech:s2:\"The road will be done by June,\"\nspeech:-:the CS said.\n", NULL},
        /* review 125: a body is no he */
        {"Statement\n\nThe Nigerian Army has rescued 20 hostages. He said, \"We are proud of this achievement.\"\n",
         "speech:-:He said, \"We are proud of this achievement.\"\n", NULL},
        /* review 125: he is no Mrs, and a second person named */
        {"Budget\n\nThe Minister of Finance, Mrs. Zainab Ahmed, has met the IMF delegation led by Mr. Ari Aisen. He said, \"Nigeria is on track.\"\n",
         "speech:-:He said, \"Nigeria is on track.\"\n", NULL},
        /* review 125: a pronoun after an opening phrase */
        {"Uganda wins\n\nOn Monday, he said, \"We will win.\"\n",
         "speech:-:On Monday, he said, \"We will win.\"\n", NULL},
        /* review 125: a reporter's question as the opening */
        {"Uganda wins\n\nLONDON, March 3 (Reuters) - Asked whether he would resign, Smith said, \"No.\"\n",
         "speech:-:LONDON, March 3 (Reuters) - Asked whether he would resign, Smith said,\nspeech:s1:\"No.\"\n", NULL},
        /* review 125: a web address and words by a slash at the end stay */
        {"Ministry Statement\n\nThe ministry has released new guidance on the matter. For more details visit the website.\n\nwww.gov.za\n",
         "speech:-:www.gov.za\n", NULL},
        /* review 125: words by a slash at the end stay */
        {"Ministry Statement\n\nThe ministry has released new guidance on the matter.\n\nyes/no\n",
         "speech:-:yes/no\n", NULL},
        /* hunt 110 d04: a prime minister's office under the transcript is the narrator's */
        {"[Provisional Translation]\n\nPress Conference by Prime Minister Ishiba\n\nWednesday, April 9, 2025\n\nPrime Minister Ishiba: Good evening. The tariffs are regrettable.\n\nReporter: Will you travel to Washington?\n\nPrime Minister Ishiba: I am prepared to go.\n\nModerator: This concludes the press conference.\n\nCabinet Public Affairs Office, Cabinet Secretariat\n",
         "meta:-:Cabinet Public Affairs Office, Cabinet Secretariat\n", NULL},
        /* hunt 110 d07: an agency's credit of its writers */
        {"UAE President receives Indian Prime Minister\n\nABU DHABI, 3rd March, 2025 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, today received the Prime Minister of India.\n\nHis Highness Sheikh Mohamed said, \"India is a strategic partner of the UAE.\"\n\nWAM/Tariq Alfaham/Hatem Mohamed\n",
         "speech:s1:\"India is a strategic partner of the UAE.\"\n", "WAM/"},
        /* hunt 110 d10: a headline verb ends the name */
        {"PRESS RELEASE\n\nPresident Ruto Commissions Sh3.2 Billion Housing Project\n\nKISUMU, Friday, 7th March 2025\n\nPresident William Ruto has commissioned 4,200 housing units.\n\nThe President said the project would create 6,000 jobs.\n\n\"We are building homes,\" said President Ruto.\n",
         "speech:s1:\"We are building homes,\"\n", NULL},
        /* hunt 110 d01: a wire's dateline before the person who is quoted */
        {"Dubai approves infrastructure plan\n\nDUBAI, 12th January, 2025 (WAM) -- Minister of Economy Ali Hassan said, \"Small firms are the backbone of our economy.\"\n\nThe plan runs until 2030.\n",
         "speech:-:DUBAI, 12th January, 2025 (WAM) -- Minister of Economy Ali Hassan said,\nspeech:s1:\"Small firms are the backbone of our economy.\"\n", NULL},
        /* hunt 110 d06: the same with the agency's month and day */
        {"Kuwait launches trade plan\n\nKUWAIT, Jan 21 (KUNA) -- Minister of Commerce Ali Hassan said, \"Small firms are the backbone of our economy.\"\n\nThe plan covers 3,000 companies. (end)\n",
         "speech:-:KUWAIT, Jan 21 (KUNA) -- Minister of Commerce Ali Hassan said,\nspeech:s1:\"Small firms are the backbone of our economy.\"\n", NULL},
        /* hunt 110 d02: no one quoted yet, the person the sentence before opens with */
        {"PRESS RELEASE\n\nFG Releases Funds for Capital Projects\n\nAbuja, 22nd May 2025\n\nThe Minister of Finance, Mr. Wale Edun, has announced the release of funds. He said, \"The Government is committed to timely funding. Contractors will be paid within 30 days.\"\n",
         "speech:-:He said,\nspeech:s1:\"The Government is committed to timely funding.\nspeech:s1:Contractors will be paid within 30 days.\"\n", NULL},
        /* review: a ministry is no one, a pair is no one, a possessive's deputy no one */
        {"PRESS RELEASE\n\nFunds released\n\nThe Ministry of Finance has announced the release. He said, \"We pay on time.\"\n",
         "speech:-:He said, \"We pay on time.\"\n", NULL},
        /* review: two people before */
        {"PRESS RELEASE\n\nFunds released\n\nPresident Tinubu and Vice President Shettima met the governors. He said, \"We pay on time.\"\n",
         "speech:-:He said, \"We pay on time.\"\n", NULL},
        /* review: a deputy after a possessive */
        {"PRESS RELEASE\n\nFunds released\n\nMinister Ana Ruiz visited Kano. Her deputy Tom Hale met farmers. He said, \"We pay on time.\"\n",
         "speech:-:He said, \"We pay on time.\"\n", NULL},
        /* hunt 110 d03: affirmed, reiterated */
        {"Press Release\n\nForeign Minister Receives Greek Counterpart\n\nCairo, 10 February 2025\n\nMinister Abdelatty affirmed, \"Egypt rejects any attempt to displace Palestinians from their land.\"\n\nMinister Abdelatty reiterated, \"Egypt will host a conference on reconstruction.\"\n",
         "speech:-:Minister Abdelatty affirmed,\nspeech:s1:\"Egypt rejects any attempt to displace Palestinians from their land.\"\nspeech:-:Minister Abdelatty reiterated,\nspeech:s1:\"Egypt will host a conference on reconstruction.\"\n", NULL},
        /* hunt 110 d18: those who attended a meeting do not speak the release */
        {"Cabinet session\n\nThe meeting was attended by Sheikh Hamdan, Crown Prince of Dubai.\n\nAt the outset, the Crown Prince briefed the Cabinet on the budget.\n\nThe Cabinet approved the budget.\n",
         "meta:-:The meeting was attended by Sheikh Hamdan, Crown Prince of Dubai.\nspeech:-:At the outset, the Crown Prince briefed the Cabinet on the budget.\nspeech:-:The Cabinet approved the budget.\n", NULL},
        /* hunt 110 d05: an office's initials, the one person whose office they are */
        {"PRESS RELEASE\n\nCS opens Kisumu bridge\n\nNairobi, 3 March 2025\n\nTransport Cabinet Secretary Davis Chirchir said, \"This bridge will serve 40,000 residents daily.\"\n\n\"It will cut travel time to Kisumu by an hour,\" the CS said.\n",
         "speech:-:Transport Cabinet Secretary Davis Chirchir said,\nspeech:s1:\"This bridge will serve 40,000 residents daily.\"\nspeech:s1:\"It will cut travel time to Kisumu by an hour,\"\nspeech:-:the CS said.\n", NULL},
        /* hunt 110 d05: Hong Kong's Chief Secretary */
        {"PRESS RELEASE\n\nHK update\n\nThe Chief Secretary for Administration, Mr Eric Chan, said, \"We will act.\"\n\n\"It is urgent,\" the CS said.\n",
         "speech:-:The Chief Secretary for Administration, Mr Eric Chan, said,\nspeech:s1:\"We will act.\"\nspeech:s1:\"It is urgent,\"\nspeech:-:the CS said.\n", NULL},
        /* hunt 110 d11: SIARAN PERS / PRESS RELEASE */
        {"SIARAN PERS / PRESS RELEASE\n\nGovernment Targets Rp 71 Trillion for Free Meals\n\nJakarta, 5 March 2025\n\nThe programme has reached 2 million beneficiaries.\n",
         "title:-:SIARAN PERS / PRESS RELEASE\ntitle:-:Government Targets Rp 71 Trillion for Free Meals\n", NULL},
        /* hunt 110 d15: Done at …, this 14th day of January 2025 */
        {"COMMUNIQU\xC3\x89\n\nThe Peace and Security Council,\n\n1. Expresses deep concern over the situation in North Kivu;\n\n2. Decides to remain actively seized of the matter.\n\nDone at Addis Ababa, this 14th day of January 2025.\n",
         "meta:-:Done at Addis Ababa, this 14th day of January 2025.\n", NULL},
        /* hunt 110 d16: the same without its stop is no heading */
        {"FINAL COMMUNIQU\xC3\x89\n\nAbuja, 15 December 2024\n\n1. The Summit was held in Abuja.\n\n2. The Authority expresses its gratitude to the Chairman.\n\nDone at Abuja, this 15th day of December 2024\n\nTHE AUTHORITY\n",
         "list:-:The Authority expresses its gratitude to the Chairman.\nmeta:-:Done at Abuja, this 15th day of December 2024\nmeta:-:THE AUTHORITY\n", NULL},
        /* hunt 110 d22: //END// */
        {"PRESS STATEMENT\n\nCS Issues Ultimatum to Bandits\n\nNairobi, 14 February 2024\n\nThe Cabinet Secretary directed all persons holding illegal firearms to surrender them within 24 hours.\n\n//END//\n",
         "title:-:CS Issues Ultimatum to Bandits\nmeta:-:Nairobi, 14 February 2024\nspeech:-:The Cabinet Secretary directed all persons holding illegal firearms to surrender them within 24 hours.\n", "END"},
        /* hunt 110 d23: (end) after the lead, the editors' initials under it */
        {"Kuwait budget deficit narrows\n\nKUWAIT, March 5 (KUNA) -- Kuwait's budget deficit narrowed to 2.4 billion dinars, the ministry said. (end)\n\nmt.gb\n",
         "speech:-:KUWAIT, March 5 (KUNA) -- Kuwait's budget deficit narrowed to 2.4 billion dinars, the ministry said.\n", "mt.gb"},
        /* hunt 110 d23: initials under the last paragraph */
        {"Kuwait budget deficit narrows\n\nKUWAIT, March 5 (KUNA) -- The deficit narrowed, the ministry said.\n\nOil made up 87 percent. (end)\n\nmt.gb\n",
         "speech:-:Oil made up 87 percent.\n", "mt.gb"},
        /* hunt 110 d26: a title said to someone before a question */
        {"PRESS BRIEFING\n\nMarch 3, 2025\n\nUSEC. CASTRO: Good morning. Rice prices are down.\n\nMR. REYES (PTV): Thank you, Usec. Is there a timeline?\n\nUSEC. CASTRO: By end of March.\n",
         "speech:s2:Thank you, Usec.\nspeech:s2:Is there a timeline?\n", NULL},
        /* review 123: "Best" is a surname in a label; "Okoro's a common name" is the
         * speaker's own contraction, not a work's owner */
        {"Transcript\n\nPRESENTER: Welcome back. With me is the former winger George Best.\n\nGEORGE BEST: Thanks for having me.\n\nPRESENTER: What was the hardest match?\n\nGEORGE BEST: Belfast, in the rain.\n",
         "speech:s2:Thanks for having me.\nspeech:s1:What was the hardest match?\nspeech:s2:Belfast, in the rain.\n", NULL},
        {"Interview\n\n\"Names matter\": Lena Okoro on \"Brine\"\n\nBy Tom Hale | 2 March 2026\n\nTH: Is the name your own?\n\nLO: It is.\n\nOkoro's a common name where I grew up, so I kept it.\n",
         "speech:s2:It is.\nspeech:s2:Okoro's a common name where I grew up, so I kept it.\n", NULL},
        /* hunt 109 d01: a prize list's categories in capitals are no speakers, though a
         * juror is quoted after them; d02: an interview's last paragraph that opens on
         * the speaker's surname (known from initials) is the publication's listing,
         * while one in the first person stays hers */
        {"Prize list 2026 \xE2\x80\x94 Saltmarsh Film Festival\n\nSaltmarsh, 3 May 2026\n\nThe jury has awarded the following prizes:\n\nPALME D'OR: \"Harbour Lights\" by Sam Lowe\nBEST DIRECTOR: Joana Ribeiro Costa for \"The Salt Road\"\n\nAna Ruiz, President of the Jury, said: \"We saw twenty films in ten days, and we argued over each one.\"\n",
         "speech:-:PALME D'OR: \"Harbour Lights\" by Sam Lowe\nspeech:-:BEST DIRECTOR: Joana Ribeiro Costa for \"The Salt Road\"\nspeech:-:Ana Ruiz, President of the Jury, said:\nspeech:s1:\"We saw twenty films in ten days, and we argued over each one.\"\n", NULL},
        {"Interview\n\n\"The sea is the character\": Lena Okoro on \"Brine\"\n\nBy Tom Hale | 2 March 2026\n\nTH: Where did the book start?\n\nLO: On a ferry to Stornoway.\n\nOkoro's \"Brine\" is published by Harbour Press on 12 March.\n",
         "speech:s2:On a ferry to Stornoway.\nspeech:-:Okoro's \"Brine\" is published by Harbour Press on 12 March.\n", NULL},
        {"Interview\n\n\"The sea is the character\": Lena Okoro on \"Brine\"\n\nBy Tom Hale | 2 March 2026\n\nTH: Where did the book start?\n\nLO: On a ferry to Stornoway.\n\nI wrote the first page on the back of a ticket.\n",
         "speech:s2:On a ferry to Stornoway.\nspeech:s2:I wrote the first page on the back of a ticket.\n", NULL},
        /* hunt 108 d03: a transport operator's status list names no speakers; review
         * 120: "SITUATION REPORT:" over a paragraph is no one's, "Premier Inn | …" no
         * person */
        {"London Underground service update - Tuesday 26 November\n\nCentral line: Severe delays.\n\nDLR: Good "
         "service.\n\nLondon Overground (Mildmay line): Part closed this weekend.\n",
         "speech:-:DLR: Good service.\nspeech:-:London Overground (Mildmay line): Part closed this weekend.\n", NULL},
        {"Wildfire update: live coverage\n\nSITUATION REPORT: Crews contained the northern flank overnight.\n\nThe "
         "county will brief reporters at noon.\n",
         "speech:-:SITUATION REPORT: Crews contained the northern flank overnight.\n", NULL},
        {"Remarks\nPremier Inn | 3 June 2026\n\nRooms are available.\n", "speech:-:Rooms are available.\n", NULL},
        /* review 119: a label that ends like a kind is a turn at its last use too,
         * and after an office ("COUNCILLOR HALL:"), while "ROLL CALL:" is no one's; a
         * president's name line over a quotation; a quotation with no lead-in goes on
         * to the paragraph that names its speaker; "Posted Today 10:32" is the
         * header's */
        {"Transcript of a press conference on the Fenwick derailment\n\nSARAH HALL: Good afternoon. Three carriages "
         "left the track.\n\nREPORTER (ITV): Was a signal at fault?\n\nSARAH HALL: We have found no fault so far.\n",
         "speech:s2:Was a signal at fault?\nspeech:s1:We have found no fault so far.\n", NULL},
        {"Town meeting transcript\n\nMAYOR LEE: The meeting is open.\n\nROLL CALL: All members present.\n\nCOUNCILLOR "
         "HALL: I move that we accept the minutes.\n",
         "speech:s1:ROLL CALL: All members present.\nspeech:s2:I move that we accept the minutes.\n", NULL},
        {"Media statement\n\nHealth update\n\nPresident Martin Fox, Rotary Club of Elmford:\n\"This is a big step for our "
         "town.\"\n",
         "speech:s1:\"This is a big step for our town.\"\n", NULL},
        {"Club news\n\nCup final\n\n\"We are delighted with the result and proud of every player.\n\"It shows what a "
         "team can do when it pulls together,\" said coach Ann Lee.\n",
         "speech:s1:\"We are delighted with the result and proud of every player.\nspeech:s1:\"It shows", NULL},
        {"Club news\nPosted Today 10:32\n\nThe club has a new coach.\n", "meta:-:Posted Today 10:32\n", NULL},
        {"Remarks\nMajor Incident | 3 June 2026\n\nRoads are closed.\n", "speech:-:Roads are closed.\n", NULL},
        /* review 118: entries of a live page a line apart stay the page's; a body's
         * name over a quotation is no person; a first turn over a direction stays a
         * turn; a label said once that ends like a kind is no one's; a quotation's
         * next line quoting someone else closes it */
        {"Live: Budget day updates\n\n16:12 - Prime Minister Ana Ruiz: \"We do not rule out further cuts.\"\n16:15 - "
         "Opposition leader Tom Hale: \"This budget fails families.\"\n16:20 - Markets have reacted calmly.\n",
         "speech:-:16:15 - Opposition leader Tom Hale: \"This budget fails families.\"\nspeech:-:16:20", NULL},
        {"Media statement\n\nStorm damage update\n\nNational Grid Electricity Transmission, Warwick:\n\"Crews remain at "
         "the scene.\"\n",
         "speech:-:\"Crews remain at the scene.\"\n", NULL},
        {"CHAIR: \"Order, order\"\n(Laughter)\nCHAIR: We will begin with questions to the Minister.\n",
         "speech:s1:\"Order, order\"\nstage:-:(Laughter)\n", NULL},
        {"Transcript: Council meeting, 12 March 2026\n\nCHAIR: I call the meeting to order.\n\nROLL CALL: All members "
         "present.\n\nCHAIR: Thank you. First item.\n",
         "speech:s1:ROLL CALL: All members present.\n", NULL},
        {"Press release\n\nCouncil opens new library\n\nCouncil Leader Jane Smith said: \"This is a great day. We have "
         "waited a long time.\n\"Libraries matter to everyone.\"\nLibrarian Tom Brown said: \"We are delighted.\"\n",
         "speech:-:Librarian Tom Brown said:\nspeech:s2:\"We are delighted.\"\n", NULL},
        /* hunt 108: the dateline's dash is not read, the line no heading (d08); a
         * sentence that opens with "Effective" and a date is a sentence */
        {"Statement by Northwind Air on flight NW 220\n\nLEEDS, Sunday 3 May 2026 -\n\nNorthwind Air confirms that flight "
         "NW220 returned to Leeds after a bird strike.\n",
         "meta:-:LEEDS, Sunday 3 May 2026\n", NULL},
        {"Statement\n\nEffective 15 APR 2025 the fare rises.\n", "speech:-:Effective 15 APR 2025 the fare rises.\n", NULL},
        /* hunt 108: a person and a quotation that ends no sentence over a header line
         * is a headline (d02); a quotation's next paragraph opens its line, no blank
         * line (d04); "Cllr Rosa Diaz, Cabinet Member for Waste:" over her words (d05);
         * a live page's "16:12 - First Minister Owen Bryce: \"…\"" (d06) */
        {"Bishop of Elmford: \"We will not turn away\"\nTranscript of an interview on Radio Elmford, 3 March 2026\n\n"
         "JOHN PRICE: Bishop, good morning.\n\nBISHOP OF ELMFORD: Good morning. The shelters are full.\n",
         "title:-:Bishop of Elmford: \"We will not turn away\"\n", "speech:s1:\"We will"},
        {"Statement on the bus drivers' strike\n\n4 March 2026\n\nAnn Cole, Chief Operating Officer, said: \"Safety "
         "comes first. Routes 4 and 9 will run.\n\"Check the app before you travel.\"\n\nNight buses will not run.\n",
         "speech:s1:Routes 4 and 9 will run.\nspeech:s1:\"Check the app before you travel.\"\nspeech:-:Night buses", NULL},
        {"Statement from Elmford Council\n\nUnison members will strike from Monday.\n\nCllr Rosa Diaz, Cabinet Member "
         "for Waste:\n\"We have made a fair offer. I urge Unison to talk to us.\"\n\nTips will open as normal.\n",
         "speech:-:Cllr Rosa Diaz, Cabinet Member for Waste:\nspeech:s1:\"We have made a fair offer.\nspeech:s1:I urge "
         "Unison to talk to us.\"\nspeech:-:Tips", NULL},
        {"LIVE: Storm Ada - updates\n\n18:05 - Grid operator says power is back for most homes.\n\n16:12 - First "
         "Minister Owen Bryce: \"Stay at home tonight. Crews are working to restore supply.\"\n",
         "speech:-:16:12\nspeech:-:First Minister Owen Bryce:\nspeech:s1:\"Stay at home tonight.\nspeech:s1:Crews", NULL},
        /* (look-alikes: a turn whose words are quoted and end a sentence stays a turn; a
         * time before a sentence stays the sentence's) */
        {"WINTER SHELTERS\n\nBISHOP OF ELMFORD: \"We will not turn away anyone.\"\nJOHN PRICE: Thank you, Bishop.\n",
         "speech:s1:\"We will not turn away anyone.\"\n", NULL},
        {"LIVE: Storm Ada - updates\n\n16:12 - Crews said: \"Stay at home.\"\n\n16:30 - Power is back.\n",
         "speech:-:16:30 - Power is back.\n", NULL},
        /* review 117: a slip opinion's dissent is its author's, from its head on; a news
         * story that reports an opinion gives no one the paragraphs after it; quoted
         * names after "thanked the sponsors:" are no one's words; "Library, 9:" is a
         * tally's; "On-screen text is …" a presenter's sentence */
        {"TANAKA v. UNITED STATES\n\nJUSTICE OKAFOR delivered the opinion of the Court.\n\nWe hold that the District "
         "Court did not err.\n\nIt is so ordered.\n\nJUSTICE LINDQVIST, with whom JUSTICE ABARA joins, dissenting.\n\n"
         "I respectfully dissent.\n",
         "speech:s1:It is so ordered.\nspeech:-:JUSTICE LINDQVIST, with whom JUSTICE ABARA joins, dissenting.\n"
         "speech:s2:I respectfully dissent.\n", NULL},
        {"Supreme Court sides with farmers\n\nWASHINGTON, May 28, 2026 -- The Supreme Court ruled 6-3 on Monday.\n\n"
         "Justice Okafor delivered the opinion of the Court, joined by five colleagues.\n\nThe ruling ends a decade of "
         "litigation.\n",
         "speech:-:The ruling ends a decade of litigation.\n", NULL},
        {"Hospice walk raises record sum\n\nHospice CEO Gillian Park thanked the sponsors: \"Acme Ltd\", \"Bolt "
         "Logistics\" and \"Crane Foods\".\n",
         "speech:-:Hospice CEO Gillian Park thanked the sponsors: \"Acme Ltd\", \"Bolt Logistics\" and \"Crane Foods\".\n",
         NULL},
        {"Survey responses\n\nLibrary, 9:\n\n\"We need more seats at the weekend.\"\n",
         "speech:-:\"We need more seats at the weekend.\"\n", NULL},
        {"Keynote Transcript: Lumora 2026\n\nTOBIAS RENNER: Thank you.\n\nOn-screen text is the first thing users "
         "read, so we rebuilt it.\n\nMAYA OKONJO: Thanks, Tobias.\n",
         "speech:s1:On-screen text is the first thing users read, so we rebuilt it.\n", NULL},
        /* hunt 107: who speaks, by the conventions of keynotes, courts and appeals: text
         * shown on screen is the narrator's (d01); a justice's opinion is the justice's
         * (d05); "thanked the walkers:" gives her the quotation (d04); a witness by her
         * given name and age (d03); a clause of when before "…, Ingrid Balogun, issued
         * the following statement:" (d16) */
        {"Keynote Transcript: Lumora Developer Conference 2026\n\nTOBIAS RENNER: Thank you. Let me show you the film.\n\n"
         "[Video plays]\n\nOn-screen text: \"Build anything. Ship everywhere.\"\n\nTOBIAS RENNER: Lumora Studio 3.0 is "
         "available today.\n",
         "stage:-:On-screen text: \"Build anything. Ship everywhere.\"\nspeech:s1:Lumora Studio 3.0 is available today.\n",
         NULL},
        {"TANAKA v. UNITED STATES\n\nNo. 25-312. Argued January 13, 2026. Decided May 28, 2026.\n\nJUSTICE OKAFOR "
         "delivered the opinion of the Court.\n\nPetitioner Kenji Tanaka was convicted of a firearms offense. We hold "
         "that the District Court did not err.\n",
         "speech:-:JUSTICE OKAFOR delivered the opinion of the Court.\nspeech:s1:Petitioner Kenji Tanaka was convicted "
         "of a firearms offense.\n", NULL},
        {"St Brigid's Hospice raises record sum\n\nOver 4,800 walkers took part in the Midnight Walk on Saturday.\n\n"
         "Hospice CEO Gillian Park thanked the walkers: \"You've been amazing. This money will fund nursing care.\"\n",
         "speech:s1:\"You've been amazing.\n", NULL},
        {"Riverside Rotary Club, the city's oldest charity, welcomed the decision.\n\n\"This is good news for every "
         "family,\" she said.\n",
         "speech:-:\"This is good news for every family,\" she said.\n", NULL},
        {"Testimony: \"We walked for eleven days\"\n\nThe following testimony was collected by Safe Passage staff.\n\n"
         "Rania, 27, from Qasr al-Nour:\n\n\"We left at night with nothing. We walked for eleven days.\"\n",
         "speech:s1:\"We left at night with nothing.\n", NULL},
        {"NOTE TO CORRESPONDENTS\n\nNew York, 5 November 2026\n\nAhead of the pledging conference, the Humanitarian "
         "Coordinator for Ostria, Ingrid Balogun, issued the following statement:\n\n\"This year, 8.7 million people need "
         "assistance. I appeal to donors to fund this plan early.\"\n",
         "speech:s1:\"This year, 8.7 million people need assistance.\n", NULL},
        /* review 116: a conference whose journalists are labelled keeps the speaker's
         * own questions hers; "The Hon. JOHN SMITH: A Life of Service, a book …" is
         * prose, no turn */
        {"Press conference with Prime Minister Jane Corrigan\nCanberra, 5 March 2025\n\nPRIME MINISTER: Good morning. "
         "Today we are announcing the new housing package.\n\nPRIME MINISTER: Have we done enough? No.\n\nIs that not what "
         "Australians expect of us? Is that not the point of government?\n\nPRIME MINISTER: That is the point.\n\n"
         "JOURNALIST: Prime Minister, how much will this cost?\n\nPRIME MINISTER: Around four billion dollars.\n",
         "speech:s1:Is that not what Australians expect of us?\nspeech:s1:Is that not the point of government?\n", NULL},
        {"Tribute to a former minister\nOffice of the Premier\nMarch 6, 2025\n\nThe Hon. John Smith AM, who died on "
         "Tuesday, served the state for thirty years.\n\nThe Hon. JOHN SMITH: A Life of Service, a book by his daughter, "
         "will be launched in May.\n\nThe Premier said: \"He was a giant of this Parliament.\"\n",
         "speech:-:The Hon. JOHN SMITH: A Life of Service, a book by his daughter, will be launched in May.\n", NULL},
        /* hunt 106: an adverb after the verb, "said afterwards:", still names who
         * speaks the quotation (d06) */
        {"RESULT\n\nMillhaven drew 2-2 with Eastwick.\n\nArnesen said afterwards: \"I am proud of the players. We "
         "deserved 3 points.\"\n\nThe draw leaves them 9th.\n",
         "speech:s1:\"I am proud of the players.\nspeech:s1:We deserved 3 points.\"\nspeech:-:The draw leaves them 9th.\n",
         NULL},
        /* hunt 106: a record's procedure is the narrator's, "The council divided …",
         * "Question thus negatived." (d12); "The House met at …" is no title (d16) */
        {"Legislative Council\nThursday, 19 November 2026\n\nHon. K. FALLOWES: I support the bill.\n\nThe PRESIDENT: "
         "The question is that this bill be now read a second time.\n\nThe council divided on the question:\n\n"
         "Question thus negatived.\n",
         "speech:s2:The question is that this bill be now read a second time.\nstage:-:The council divided on the "
         "question:\nstage:-:Question thus negatived.\n", NULL},
        /* hunt 106: a media advisory's "Where:" ends with an address's "Dr.", no
         * sentence: a field, not the title (d14) */
        {"MEDIA ADVISORY\n\nWhat: Launch of the Kessel Institute\nWhere: Harmon Hall, Room 104, 400 Lakeshore Dr.\n\n"
         "The University of Port Kessel will launch a new institute to help coastal towns.\n",
         "meta:-:Where: Harmon Hall, Room 104, 400 Lakeshore Dr.\n", NULL},
        /* hunt 106: a paragraph of questions alone between two turns of the same
         * person, who is labelled again after it, is the interviewer's (d03); her own
         * question inside her turn stays hers */
        {"PRESS CONFERENCE\n\nKingsbridge City manager Tony Haverford spoke to the media on Thursday.\n\nTony, how is the "
         "mood after Tuesday?\n\nTH: Disappointing, obviously. But we move on.\n\nWill the red card be appealed?\n\nTH: No. "
         "We accept it.\n",
         "speech:s1:But we move on.\nspeech:s2:Will the red card be appealed?\nspeech:s1:No.\n", NULL},
        {"PRESS CONFERENCE\n\nTH: Disappointing, obviously. But we move on.\n\nWhy would we appeal?\n\nWe accept it and "
         "we move on.\n\nQ: Thank you.\n",
         "speech:s1:But we move on.\nspeech:s1:Why would we appeal?\nspeech:s1:We accept it and we move on.\n", NULL},
        /* hunt 106: "The Hon. PARKES (…):" and a sitting's time after the label, "(2.04
         * pm)", as state Hansards print turns (d04, d05) */
        {"House of Assembly\n\nMs TREMAINE: Will the ward close?\n\nThe Hon. PARKES (Minister for Health): I thank the "
         "member. It will not close.\n\nMs TREMAINE: Thank you.\n",
         "speech:s1:Will the ward close?\nspeech:s2:I thank the member.\nspeech:s2:It will not close.\nspeech:s1:Thank "
         "you.\n", "Honourable"},
        {"House of Assembly\n\nMs TREMAINE (Northfield) (2.03 pm): My question is to the Minister for Health. Will the "
         "ward close?\n\nMr PARKES (Minister for Health) (2.04 pm): I thank the member. It will not close.\n",
         "speech:s1:My question is to the Minister for Health.\nspeech:s1:Will the ward close?\nspeech:s2:I thank the "
         "member.\n", "2.04"},
        /* hunt 106: a record that opens with its presiding officer's turn: the turn,
         * never the title (d10) */
        {"Legislative Council\nThursday, 19 November 2026\n\nThe PRESIDENT: The question is that this bill be now read a "
         "second time.\n\nQuestion put and agreed to.\n",
         "speech:s1:The question is that this bill be now read a second time.\nstage:-:Question put and agreed to.\n", NULL},
        /* review 115: a menu whose first item only is labelled is still a menu */
        {"Browse: News | Events | Speeches | Publications\n\nMinister opens new hospital wing\n\nThe minister opened the "
         "new wing on Monday.\n",
         "speech:-:The minister opened the new wing on Monday.\n", "Browse"},
        /* hunt 105: three listings a bar apart are no page's menu, and are read */
        {"NEWS RELEASE\nTSX: KRM | OTCQB: KRMF | LSE: KRM\n\nKestrel Resources Reports Assays from Harrow\n\nKestrel "
         "reported results.\n",
         "meta:-:TSX: KRM | OTCQB: KRMF | LSE: KRM\n", NULL},
        {"Facebook | LinkedIn | Email\n\nKestrel Resources Reports Assays from Harrow\n\nKestrel reported results.\n",
         "speech:-:Kestrel reported results.\n", "Facebook"},
        /* review 114: a speaker's yes-or-no question in title case is hers ("Is It
         * Worth It?"); only one about the reader's own heads a section */
        {"Remarks by Governor Ruth Okafor at the Rally\n\nThank you all.\n\nIs It Worth It?\nI say it is, every "
         "single day.\n",
         "speech:s1:Is It Worth It?\nspeech:s1:I say it is, every single day.\n", NULL},
        /* review 113: a notice's yes-or-no head about the reader is a heading ("Is My
         * Information Safe?"), a speaker's "For Our Children." hers; "As the latest
         * report from Chief Inspector Ann Lee said:" cites */
        {"Notice of Data Security Incident\n\nMarch 3, 2026\n\nWe are writing to you.\n\nIs My Information Safe?\nWe "
         "have no evidence of misuse.\n\nFor More Information.\nPlease call our line.\n",
         "heading:-:Is My Information Safe?\nspeech:-:We have no evidence of misuse.\nheading:-:For More "
         "Information.\n", NULL},
        {"Remarks by Governor Ruth Okafor at the Rally\n\nThank you all.\n\nFor Our Children.\nEvery dollar we spend is "
         "for them.\n",
         "speech:s1:For Our Children.\nspeech:s1:Every dollar we spend is for them.\n", NULL},
        {"County statement\n\nThe works go on.\n\nAs the latest report from Chief Inspector Ann Lee said:\n\n\"We "
         "will finish on time.\"\n",
         "speech:-:\"We will finish on time.\"\n", NULL},
        /* review 112: a speaker's own sentence in title case is hers, not a heading
         * ("We Will Rebuild.", "Are We Ready?"); "As the harbour reopens for Easter
         * Mayor Ruth Okafor said:" is hers; "Photo credit: courtesy of …" a caption */
        {"Statement from Mayor Ruth Okafor on the Flood\n\nThe water has gone down.\n\nWe Will Rebuild.\nEvery family "
         "that lost a home will have one again by winter.\n\nAre We Ready?\nI believe we are.\n",
         "speech:s1:We Will Rebuild.\nspeech:s1:Every family that lost a home will have one again by winter.\n"
         "speech:s1:Are We Ready?\n", NULL},
        {"Mayor statement\n\nThe harbour reopened today.\n\nAs the harbour reopens for Easter Mayor Ruth Okafor "
         "said:\n\n\"This is a day for every family.\"\n",
         "speech:s1:\"This is a day for every family.\"\n", NULL},
        {"PRESS RELEASE\n\nNew frigate launched\n\nPortsmouth, 9 January 2026 \xE2\x80\x93 The frigate was launched "
         "today.\n\nPhoto credit: courtesy of the Ministry of Defence press office in London.\n\nIt sails in May.\n",
         "speech:-:It sails in May.\n", "courtesy"},
        /* hunt 105: a title's office to come, "Mayor-elect", names who speaks (d01);
         * "Hale campaign spokesperson Brandon Ellis released the following statement:"
         * after a dateline gives him the quotation (d02) */
        {"Statement from Mayor-elect Tomas Reyes on Election Results\n\nNovember 4, 2026\n\nTonight, the voters "
         "have spoken. Thank you.\n",
         "speech:s1:Tonight, the voters have spoken.\nspeech:s1:Thank you.\n", NULL},
        {"FOR IMMEDIATE RELEASE\n\nHale Campaign Responds to Debate\n\nAUSTIN, Texas \xE2\x80\x93 Hale campaign "
         "spokesperson Brandon Ellis released the following statement:\n\n\"Governor Hale won the debate.\"\n",
         "speech:s1:\"Governor Hale won the debate.\"\n", NULL},
        /* review 111: a label with a role takes any name but a heading's ("John King",
         * "Sarah Bishop", "André Dubois", "Mark Day", "Sarah - Host:") (F1); a firm's
         * label needs a firm that shows itself (F2, F3); "As the report from Judge Ann
         * Lee said:" cites (F4); a credit's label before a sentence in lower case is
         * the sentence's (F5); "IMAGE CREDIT:" is no speaker (F9) */
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome to the call.\n\nJohn King - Chief Executive Officer:\nThank you "
         "all.\n\nSarah Bishop - Chief Financial Officer:\nRevenue rose 4%.\n\nTom Reyes - Barrow Securities:\nHow are "
         "margins?\n\nSarah Bishop - Chief Financial Officer:\nThey improved.\n",
         "speech:s2:Thank you all.\nspeech:s3:Revenue rose 4%.\nspeech:s4:How are margins?\nspeech:s3:They improved.\n",
         NULL},
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome to the call.\n\nAndr\xC3\xA9 Dubois - Chief Executive Officer:\n"
         "Thank you all.\n\nMark Day - Chief Financial Officer:\nRevenue rose 4%.\n\nTom Reyes - Barrow Securities:\n"
         "How are margins?\n\nMark Day - Chief Financial Officer:\nThey improved.\n",
         "speech:s2:Thank you all.\nspeech:s3:Revenue rose 4%.\nspeech:s4:How are margins?\nspeech:s3:They improved.\n",
         NULL},
        {"Weekly Podcast Episode 12\n\nSarah - Host:\nWelcome back to the show.\n\nJames - Guest:\nThanks for having "
         "me.\n\nSarah - Host:\nLet us begin.\n",
         "speech:s1:Welcome back to the show.\nspeech:s2:Thanks for having me.\nspeech:s1:Let us begin.\n", NULL},
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome to the call.\n\nLena Hart - Chief Financial Officer:\nThank "
         "you.\n\nNorth America - United States:\nSales rose 4%.\n\nWealth Management - Private Clients:\nAssets rose "
         "6%.\n\nTom Reyes - Barrow Securities:\nHow are margins?\n\nLena Hart - Chief Financial Officer:\nThey "
         "improved.\n",
         "speech:s2:Sales rose 4%.\nspeech:s2:Wealth Management - Private Clients:\nspeech:s2:Assets rose 6%.\n"
         "speech:s3:How are margins?\n", NULL},
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome to the call.\n\nLena Hart - Chief Financial Officer:\nThank "
         "you.\n\nTom Reyes - Morgan Stanley:\nHow are margins?\n\nLena Hart - Chief Financial Officer:\nThey "
         "improved.\n\nAnna Berg - Financial Times:\nAnd the buyback?\n\nLena Hart - Chief Financial Officer:\nIt "
         "goes on.\n",
         "speech:s3:How are margins?\nspeech:s2:They improved.\nspeech:s4:And the buyback?\n",
         NULL},
        {"Harbour reopens\n\nPORT ELLIS, 2 June 2026 - The harbour reopened on Monday.\n\nAs the report from Judge Ann "
         "Lee said:\n\n\"The harbour must never close again.\"\n",
         "speech:-:\"The harbour must never close again.\"\n", NULL},
        {"PRESS RELEASE\n\nCouncil changes its photography rules\n\nLeeds, 9 January 2026 \xE2\x80\x93 The council has "
         "changed how it credits photographers.\n\nImage credits: from today, every photographer will be named under "
         "each picture.\n\nThe change follows complaints.\n",
         "speech:-:Image credits: from today, every photographer will be named under each picture.\n", NULL},
        {"PRESS RELEASE\n\nWhitcombe Collection presents Turner and the Sea\n\nEdinburgh, 9 January 2026 \xE2\x80\x93 "
         "The exhibition opens on 14 February.\n\nIMAGE CREDIT: Tate, London.\n\nTickets are on sale now.\n",
         "speech:-:Tickets are on sale now.\n", "Tate"},
        /* hunts 103 and 104: a title-cased head over its paragraph, no blank line
         * between, is a heading even once, with a question mark or a stop ("What
         * Happened?", "What We Are Doing.") or a year; a sentence in title case over a
         * sentence, or a name over its words, is not */
        {"Notice of Data Security Incident\n\nMarch 14, 2026\n\nDear Customer,\n\nWe are writing to you.\n\n"
         "What Happened?\nOn January 27, 2026, we detected unusual activity.\n\nWhat We Are Doing.\nWe have reset "
         "all passwords.\n\nSincerely,\n\nLaura Mendes\nChief Privacy Officer\n",
         "heading:-:What Happened?\nspeech:s1:On January 27, 2026, we detected unusual activity.\n"
         "heading:-:What We Are Doing.\nspeech:s1:We have reset all passwords.\n", NULL},
        {"Solano Therapeutics Announces First Quarter 2026 Results\n\nSolano today reported results.\n\n"
         "First Quarter 2026 Financial Results\nR&D expenses were $41.3 million.\nNet loss was $46.2 million.\n",
         "heading:-:First Quarter 2026 Financial Results\nspeech:-:R&D expenses were $41.3 million.\n", NULL},
        {"Harbour update\n\nThe harbour reopened today.\n\nThank You All.\nWe could not have done it without "
         "you.\n",
         "speech:-:Thank You All.\nspeech:-:We could not have done it without you.\n", NULL},
        {"Harbour update\n\nThe harbour reopened today.\n\nOn 14 March 2026\nThe council met again.\n",
         "speech:-:On 14 March 2026\n", NULL},
        /* review 110: analysts of firms named after people are labels (F1); a bank's
         * divisions after a heading's words are no one's (F4); "As the harbour reopened
         * for Easter Mayor Ruth Okafor said:" is hers (F2) */
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome.\n\nTom Reyes - Morgan Stanley:\nHow are margins?\n\nLena "
         "Hart - Chief Financial Officer:\nThey improved.\n\nRaj Patel - Evercore ISI:\nAnd the buyback?\n\nLena "
         "Hart - Chief Financial Officer:\nIt goes on.\n",
         "speech:s2:How are margins?\nspeech:s3:They improved.\nspeech:s4:And the buyback?\nspeech:s3:It goes on.\n",
         NULL},
        {"Northgate Bank Q3 2026 Earnings Call\n\nOperator:\nWelcome.\n\nLena Hart - Chief Financial Officer:\nThank "
         "you.\n\nDivisional Results - Retail Bank:\nLending rose 4%.\n\nTom Reyes - Barrow Securities:\nHow are "
         "margins?\n\nLena Hart - Chief Financial Officer:\nThey improved.\n",
         "speech:s2:Thank you.\nspeech:s2:Divisional Results - Retail Bank:\nspeech:s2:Lending rose 4%.\n", NULL},
        {"Harbour reopens\n\nPORT ELLIS, 2 June 2026 - The harbour reopened on Monday.\n\nAs the harbour reopened for "
         "Easter Mayor Ruth Okafor said:\n\n\"This is a proud day.\"\n",
         "speech:s1:\"This is a proud day.\"\n", NULL},
        /* review 109 F6: a dash label with an initial or a particle in the name */
        {"Q3 2026 Earnings Call\n\nOperator:\nWelcome.\n\nTom J. Reyes - Barrow Securities:\nHow are margins?\n\n"
         "Lena Hart - Chief Financial Officer:\nThey improved.\n\nAna de Souza - Kestrel Capital:\nAnd costs?\n\n"
         "Lena Hart - Chief Financial Officer:\nFlat.\n",
         "speech:s2:How are margins?\nspeech:s3:They improved.\nspeech:s4:And costs?\nspeech:s3:Flat.\n", NULL},
        /* review 109: a heading after a dash in a call is the speaker's words, no label
         * (F2); "As the inquiry chaired by Judge Ann Lee said in its report:" cites (F1);
         * a media interview's Q is its interviewer's (F3); "Consultation opens – …:" is
         * no dateline (F11) */
        {"Northgate Holdings Q3 2026 Earnings Call\n\nOperator:\nGood morning and welcome.\n\nLena Hart - Chief "
         "Financial Officer:\nThank you.\n\nThird Quarter - Highlights:\nRevenue rose 4%.\n\nTom Reyes - Barrow "
         "Securities:\nHow are margins?\n",
         "speech:s2:Thank you.\nspeech:s2:Third Quarter - Highlights:\nspeech:s2:Revenue rose 4%.\nspeech:s3:How are "
         "margins?\n", NULL},
        {"Harbour reopens\n\nPORT ELLIS, 2 June 2026 - The harbour reopened on Monday.\n\nAs the inquiry chaired by "
         "Judge Ann Lee said in its report:\n\n\"The breakwater had not been inspected.\"\n",
         "speech:-:\"The breakwater had not been inspected.\"\n", NULL},
        /* review 108: a label of a name and a firm after a dash, ended by a colon (r01);
         * "As the harbour reopens today Mayor Ruth Okafor said:" is hers (r04); a
         * company "commissioned by" is no person (r05); "has today issued" (r07); an
         * embargo's note after a dateline is the header's (r15) */
        {"Northgate Holdings Q3 2026 Earnings Call\n\nOperator:\nGood morning and welcome to the call.\n\nTom Reyes - "
         "Barrow Securities:\nHow are margins trending?\n\nLena Hart - Chief Financial Officer:\nMargins improved.\n\n"
         "Tom Reyes - Barrow Securities:\nThank you.\n",
         "speech:s2:How are margins trending?\nspeech:s3:Margins improved.\nspeech:s2:Thank you.\n", NULL},
        {"Harbour reopens after repairs\n\nPORT ELLIS, 2 June 2026 - The harbour reopened on Monday after six months of "
         "repairs.\n\nAs the harbour reopens today Mayor Ruth Okafor said:\n\n\"This is a proud day.\"\n",
         "speech:s1:\"This is a proud day.\"\n", NULL},
        {"Water supply restored\n\nEASTBROOK, 4 May 2026 - The inquiry was commissioned by Kestrel Water after the "
         "outage.\n\nAt the close of the inquiry, Kestrel Water issued the following statement:\n\n\"We apologise.\"\n",
         "speech:-:\"We apologise.\"\n", NULL},
        {"IMF Staff Concludes Visit\n\nMarch 3, 2026\n\nAn IMF team led by St\xC3\xA9phane Roudet visited the "
         "capital.\n\nSt\xC3\xA9phane Roudet has today issued the following statement:\n\n\"Growth is firm.\"\n",
         "speech:s1:\"Growth is firm.\"\n", NULL},
        {"Gallery announces spring exhibition\n\nLONDON, 12 March 2026 \xE2\x80\x94 Strictly embargoed until Thursday "
         "morning.\n\nThe gallery will open a new exhibition of textile art on 4 April.\n",
         "meta:-:LONDON, 12 March 2026 \xE2\x80\x94 Strictly embargoed until Thursday morning.\n", NULL},
        /* hunt 104: a mission chief named alone before "issued the following
         * statement:" speaks the quotation (d18), a company so named does not; a
         * dateline's lead of four words or more is the body's (d17) */
        {"Statement at the end of the IMF mission to Ghana\n\nApril 17, 2026\n\nAn IMF team led by St\xC3\xA9phane "
         "Roudet visited Accra.\n\nAt the conclusion of the mission, St\xC3\xA9phane Roudet issued the following "
         "statement:\n\n\"Ghana's economy is recovering.\"\n",
         "speech:s1:\"Ghana's economy is recovering.\"\n", NULL},
        {"Council news\n\nApril 17, 2026\n\nKestrel Water staff attended the talks.\n\nToday, Kestrel Water issued "
         "the following statement:\n\n\"We are pleased.\"\n",
         "speech:-:\"We are pleased.\"\n", NULL},
        {"PRESS RELEASE\n\nHarbourside Gallery announces retrospective\n\nLONDON, 12 March 2026 \xE2\x80\x94 The "
         "gallery announced a show.\n\nIt opens in June.\n",
         "speech:-:LONDON, 12 March 2026 \xE2\x80\x94 The gallery announced a show.\nspeech:-:It opens in June.\n", NULL},
        /* review 107 r01: a heading with a dash and a colon at its end is no label */
        {"Harbor Project Update\n12 March 2025\n\nWork on the pier continues.\n\nPhase Two - Key Dates:\n\nPiling "
         "starts in April.\n\nPhase Three - Next Steps:\n\nThe deck will be laid in the autumn.\n",
         "speech:-:Phase Two - Key Dates:\nspeech:-:Piling starts in April.\nspeech:-:Phase Three - Next Steps:\n", NULL},
        /* review 106: a label alone on its line whose role ends in a colon is a label
         * still (r01); a long subject with lower-case words before an office is no
         * office (r02); a family's statement in other words (r04) */
        {"Q3 2025 Earnings Call Transcript\n\nDale Okafor -- Chief Executive Officer:\n\nThank you all for joining "
         "us today.\n\nPriya Nair -- Analyst:\n\nCan you talk about margins?\n",
         "speech:s1:Thank you all for joining us today.\nspeech:s2:Can you talk about margins?\n", NULL},
        {"Police Update\n12 March 2025\n\nA man was charged.\n\nOfficers working closely over many months alongside "
         "Detective Chief Inspector Mark Rowley said: \"We are pleased.\"\n",
         "speech:-:Officers working closely over many months alongside Detective Chief Inspector Mark Rowley said: "
         "\"We are pleased.\"\n", NULL},
        {"Court Result\n12 March 2025\n\nA man was jailed.\n\nStatement on behalf of the family:\n\n\"We thank the "
         "police.\"\n",
         "speech:-:Statement on behalf of the family:\nspeech:s1:\"We thank the police.\"\n", NULL},
        /* nothing lost: a field after a dash is no label over a turn (hunt 103 d04);
         * a label alone on the last line is read, not dropped */
        {"Embassy of the United States of America\nKyiv, Ukraine\nSecurity Alert\nNovember 20, 2025\n\nThe Embassy "
         "will be closed on November 21.\n\nAssistance:\nU.S. Embassy Kyiv\n+380-44-521-5000\nState Department "
         "\xE2\x80\x93 Consular Affairs: 888-407-4747\n",
         "speech:-:+380-44-521-5000\nspeech:-:State Department \xE2\x80\x93 Consular Affairs: 888-407-4747\n", NULL},
        {"Earnings call transcript\n\nOperator: Welcome.\n\nDale Okafor -- Chief Executive Officer\n\nThanks. Revenue "
         "rose.\n\nPriya Nair -- Halden Securities -- Analyst\n",
         "speech:s2:Revenue rose.\nspeech:-:Priya Nair -- Halden Securities -- Analyst\n", NULL},
        /* a speaker who cites someone reads the words cited (hunt 103 d14); a family's
         * statement under its label is the family's (d15); look-alike: a family that
         * "said:" */
        {"Embassy of Japan\nStatement by Ambassador Hiroshi Suzuki\n23 February 2025\n\nLadies and gentlemen, "
         "welcome.\n\nAs Prime Minister Ishiba said: \"Our ties are deep.\"\n\nThank you.\n",
         "speech:s1:Ladies and gentlemen, welcome.\nspeech:s1:As Prime Minister Ishiba said: \"Our ties are "
         "deep.\"\nspeech:s1:Thank you.\n", NULL},
        {"Kent Police\n14 June 2025\n\nDriver jailed after fatal crash\n\nA driver has been jailed.\n\nVictim's "
         "family statement: \"He was a kind son. We miss him every day.\"\n",
         "speech:-:Victim's family statement:\nspeech:s1:\"He was a kind son.\nspeech:s1:We miss him every day.\"\n",
         NULL},
        {"Kent Police\n14 June 2025\n\nDriver jailed after fatal crash\n\nA driver has been jailed.\n\nIn a "
         "statement, his family said: \"He was a kind son.\"\n",
         "speech:-:In a statement, his family said:\nspeech:s1:\"He was a kind son.\"\n", NULL},
        /* review 105: a reporter's byline over a news article speaks none of it (r01);
         * an answer that gives figures is a turn (r02), a poll's shares in "pc" are
         * not; a turn that goes on past "Interview with …" is one (r05) */
        {"Farm prices climb again\n\nReporter: Jane Doe\n\n12 March 2025\n\nFarm gate prices rose for a third month, the "
         "statistics office said on Wednesday.\n",
         "speech:-:Farm gate prices rose for a third month, the statistics office said on Wednesday.\n", NULL},
        {"Doorstop interview, Parliament House\n\nJOURNALIST: Treasurer, what do today's figures show?\n\nJIM "
         "CHALMERS: Headline 2.4 per cent, underlying 2.7 per cent.\n\nJOURNALIST: Is that good enough?\n\nJIM CHALMERS: "
         "It is progress.\n",
         "speech:s1:Treasurer, what do today's figures show?\nspeech:s2:Headline 2.4 per cent, underlying 2.7 per "
         "cent.\nspeech:s1:Is that good enough?\nspeech:s2:It is progress.\n", NULL},
        {"Voting intention\n\nThe poll was carried out online.\n\nBest PM: Starmer 24pc, Farage 22pc, Not sure 43pc.\n\n"
         "The sample was 2,000 adults.\n",
         "speech:-:Best PM: Starmer 24pc, Farage 22pc, Not sure 43pc.\nspeech:-:The sample was 2,000 adults.\n", NULL},
        {"TRANSCRIPT\n\nSPEERS: Welcome back.\n\nCHALMERS: Good morning, David.\n\nSPEERS: Interview with Treasurer Jim "
         "Chalmers continues after the break\n\nCHALMERS: Happy to stay.\n",
         "speech:s2:Good morning, David.\nspeech:s1:Interview with Treasurer Jim Chalmers continues after the "
         "break\nspeech:s2:Happy to stay.\n", NULL},
        /* a member's state in brackets before the stop of a label in capitals (review
         * 104 r03); look-alike: the same label without the state */
        {"HEARING\n\nThe CHAIR. The committee will come to order.\n\nSENATOR WARNER (Virginia). Thank you, Madam "
         "Chair. I have a question.\n\nThe CHAIR. Go ahead.\n",
         "speech:s1:The committee will come to order.\nspeech:s2:Thank you, Madam Chair.\nspeech:s2:I have a "
         "question.\nspeech:s1:Go ahead.\n", NULL},
        {"HEARING\n\nThe CHAIR. The committee will come to order.\n\nSENATOR OKAFOR. Thank you, Madam Chair.\n\n"
         "The CHAIR. Go ahead.\n",
         "speech:s1:The committee will come to order.\nspeech:s2:Thank you, Madam Chair.\nspeech:s1:Go ahead.\n", NULL},
        /* a name quoted in the narrator's sentence before a credited quotation stays
         * the narrator's (a second review) */
        {"Ministry of Health statement\n\nThe ministry today launched a hygiene campaign.\n\n\"Safe Hands\" is the "
         "name of the campaign, which runs until March.\n\n\"We want every clinic to have running water by next year.\"\n\n"
         "Dr. Amina Yusuf, Cabinet Secretary for Health\n",
         "speech:-:\"Safe Hands\" is the name of the campaign, which runs until March.\n", NULL},
        /* a transcript's first turn in sentence case stays a turn */
        {"Interview transcript\n\nAna Ruiz: good morning, everyone, and thank you for coming.\n\nTom Hale: Thank you.\n",
         "speech:s1:good morning, everyone, and thank you for coming.\n", NULL},
        /* look-alikes a review of this session's rules found misread: a surname that is
         * a notice's word, an interpreter's language, a minister's seat after a dash, a
         * headline that opens with a body's letters, a company's "Pte." and "Mfg." at a
         * sentence's end, a passage in emphasis under a lead-in */
        {"Chelsea press conference transcript\n\nFrank Lampard: We are pleased with the result.\n\nEden Hazard: "
         "It was a difficult game.\n\nFrank Lampard: He was outstanding.\n",
         "speech:s2:It was a difficult game.\n", NULL},
        {"Press conference transcript\n\nMODERATOR: Good afternoon. The minister will speak first.\n\nINTERPRETER "
         "(French): Thank you very much.\n",
         "speech:s2:Thank you very much.\n", NULL},
        {"Minister for Health\nThe Hon. Jane Smith MP \xE2\x80\x93 Member for Ryde\n\nMEDIA RELEASE\n\nNew hospital "
         "beds for Western Sydney\n\nThe NSW Government will fund 200 new hospital beds.\n",
         "title:-:New hospital beds for Western Sydney\n", NULL},
        {"PRESS RELEASE\n\nUNICEF Calls for Ceasefire in Sudan\n\nNEW YORK, 12 March 2025 - UNICEF today called for "
         "an immediate ceasefire.\n",
         "title:-:UNICEF Calls for Ceasefire in Sudan\n", NULL},
        {"Statement\n\nThe firm signed a supply agreement with Keppel Pte. It takes effect in March. The products were "
         "made by Acme Mfg. They were sold in Ohio.\n",
         "speech:-:The firm signed a supply agreement with Keppel Pte.\nspeech:-:It takes effect in March.\n"
         "speech:-:The products were made by Acme Mfg.\nspeech:-:They were sold in Ohio.\n", NULL},
        {"Statement\n\nThe judges praised the novels, citing these passages:\n*The river was high that year* and the "
         "line that closes the book.\n",
         "speech:-:The judges praised the novels, citing these passages: *The river was high that year* and the line "
         "that closes the book.\n", NULL},
        /* look-alikes of the rules above, each as it was: an agency's reporter who
         * asks; a senator's words under a dateline's introduction; a bold headline
         * closed on the line under it; fields between bars that say more than a
         * site's names */
        {"Press briefing transcript\n\nAlan Parker: Good morning. I have a short statement.\n\nAP: Can you say when the "
         "bill will reach the floor?\n\nAlan Parker: Next week, I expect.\n",
         "speech:s2:Can you say when the bill will reach the floor?\n", NULL},
        {"Statement by Senator Ruth Alvarez\nJune 3, 2025\n\nWASHINGTON \xE2\x80\x93 Senator Alvarez released the "
         "following statement after the vote.\n\nIt is a good day for working families. I thank my colleagues.\n",
         "speech:s1:It is a good day for working families.\n", NULL},
        {"Riverton City Council\n**Council Approves 2026 Budget\n**\nMarch 4, 2025\n\nThe council voted 7-2 on Tuesday "
         "to approve the budget.\n",
         "meta:-:March 4, 2025\n", NULL},
        {"For immediate release | June 3, 2025 | Contact: Jane Doe, 555-0100\nCouncil Approves Budget\nJune 3, 2025\n\n"
         "The council approved the budget on Tuesday.\n",
         "Contact: Jane Doe, 555-0100\n", NULL},
        {"Governor Whitfield | Statement on the Clay County Floods | Evacuation orders remain for 3 towns\nStatement on "
         "the Clay County Floods\nJune 3, 2025\n\nThe Governor visited the county today.\n",
         "Evacuation orders remain for 3 towns\n", NULL},
        /* two turns under a recording's time codes are a transcript's turns, their
         * labels not read */
        {"The Ledger Podcast \xE2\x80\x94 Episode 112: Who Pays for Transit?\n\n[00:00:00] Maya Torres: Welcome to The "
         "Ledger.\n\n[00:00:04] Ben Achebe: And I'm Ben Achebe.\n",
         "speech:s1:Welcome to The Ledger.\nspeech:s2:And I'm Ben Achebe.\n", "Maya Torres:"},
        /* a presidential site's footer under the transcript is not read */
        {"Government press conference\n\nCHAIR: Welcome.\n\nQUESTION: Do you expect a shortfall?\n\nSPOKESPERSON: "
         "No.\n\nPublication status\nPublished in sections: News, Transcripts\n",
         "speech:s3:No.\n", "Publication status"},
        /* (marks in brackets after a space too) */
        {"Northgale Reports Record Quarter\nJune 3, 2025\n\nRevenue rose 12% [1]. Profit doubled [2].\n\nThe company "
         "will hold a call on Friday.\n\n[1] Compared with the same quarter last year.\n[2] Excluding one-off items.\n",
         "note:-:[1] Compared with the same quarter last year.\n", NULL},
        /* footnotes at the foot, their marks found in the text: the narrator's notes */
        {"Statement by the Minister for Health on the Measles Outbreak\n\n12 March 2025\n\nThe Ministry confirms 214 "
         "cases of measles.\xC2\xB9 Of these, 61 were children under five.\n\nWe have deployed 40 vaccination teams to "
         "the districts.\xC2\xB2\n\n\xC2\xB9 Laboratory-confirmed and linked cases.\n\xC2\xB2 Teams of four.\n",
         "note:-:\xC2\xB9 Laboratory-confirmed and linked cases.\nnote:-:\xC2\xB2 Teams of four.\n", NULL},
        /* a credit's apposition goes on over a curly apostrophe ("Northgale’s") */
        {"Northgale completes acquisition\n\n\xE2\x80\x9C" "Cold storage is our fastest-growing business,\xE2\x80\x9D said "
         "Desmond Ruiz, Northgale\xE2\x80\x99s President and CEO. \xE2\x80\x9CWe can now serve the coast.\xE2\x80\x9D\n",
         "speech:-:said Desmond Ruiz, Northgale\xE2\x80\x99s President and CEO.\n", NULL},
        /* a statement about the person its title names, who is named in the third
         * person in its first paragraph, is the narrator's; a title that names who
         * speaks, over their own words, is theirs */
        {"Club Statement: Marco Tellini\n\nRedbridge Athletic can confirm that head coach Marco Tellini has left "
         "the club.\n\nThe club will make no further comment at this time.\n",
         "speech:-:Redbridge Athletic can confirm that head coach Marco Tellini has left the club.\n"
         "speech:-:The club will make no further comment at this time.\n", NULL},
        {"Statement: Prime Minister Ana Ruiz\n\nToday we act on the floods.\n", "speech:s1:Today we act on the floods.\n",
         NULL},
        /* a headline's company, its verb, then a possessive ("Recalls Children's") is
         * no speaker */
        {"Tallbrook Recalls Children's Bunk Beds Due to Entrapment Hazard\n\nThis recall involves wooden bunk "
         "beds.\n", "speech:-:This recall involves wooden bunk beds.\n", NULL},
        /* "Follow-up:" is the reporter who asked last */
        {"Regular Press Conference on June 17, 2025\n\nLin Jian: Good afternoon.\n\nKyodo News: Is there any "
         "update?\n\nLin Jian: The case is being handled.\n\nFollow-up: When will the trial begin?\n\nLin Jian: I "
         "have nothing to add.\n",
         "speech:s2:Is there any update?\nspeech:s1:The case is being handled.\nspeech:s2:When will the trial "
         "begin?\n", NULL},
        /* "AP:" after "Ange Postecoglou:" is the manager's initials, not a question from
         * an agency; with nobody of those initials, the agency asks */
        {"Press conference\n\nFriday 14 February 2025\n\nAnge Postecoglou: We go again on Sunday.\n\nReporter: Is "
         "he fit?\n\nAP: He trained today.\n",
         "speech:s1:We go again on Sunday.\nspeech:s2:Is he fit?\nspeech:s1:He trained today.\n", NULL},
        {"Press conference\n\nFriday 14 February 2025\n\nMikel Arteta: We go again on Sunday.\n\nAP: Is he "
         "fit?\n\nMikel Arteta: He trained today.\n",
         "speech:s1:We go again on Sunday.\nspeech:s2:Is he fit?\nspeech:s1:He trained today.\n", NULL},
        /* a section's numbers within a section ("1.1.") are not read as a sentence of
         * their own; "1.5 million" at a paragraph's start is no number of a list */
        {"Statement on the meeting of the Cabinet\n\n1. Issues in the environment\n\n1.1. Cabinet welcomes the "
         "Budget.\n\n1.2. Cabinet notes that unemployment fell.\n\n1.5 million people found work.\n",
         "list:-:Cabinet welcomes the Budget.\nlist:-:Cabinet notes that unemployment fell.\n"
         "speech:-:1.5 million people found work.\n", "1.1."},
        /* a briefing's spokesperson opens with news, unlabelled, then their label
         * before the first question: the opening is theirs; a host's welcome is not */
        {"Daily Press Briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by Ana Ruiz, "
         "Spokesperson for the Secretary-General.\n\nGood afternoon. Aid convoys reached the port this morning.\n\n"
         "Spokesperson: Yes, Tom?\n\nQuestion: When will the next convoy leave?\n\nSpokesperson: On Friday.\n",
         "speech:s1:Good afternoon.\nspeech:s1:Aid convoys reached the port this morning.\nspeech:s1:Yes, Tom?\n", NULL},
        {"Daily Press Briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by Ana Ruiz, "
         "Spokesperson for the Secretary-General.\n\nGood afternoon and welcome to the briefing.\n\n"
         "Spokesperson: Yes, Tom?\n\nQuestion: When will the next convoy leave?\n\nSpokesperson: On Friday.\n",
         "speech:-:Good afternoon and welcome to the briefing.\n", NULL},
        /* (the greeting a paragraph of its own, the news in the next: the briefer's
         * both; but a host who names the briefer before the label: the host's) */
        {"Press Briefing by Press Secretary Ana Ruiz\n\nGood afternoon, everyone. Today the President signed the aid "
         "bill.\n\nMS. RUIZ: With that, Tom, go ahead.\n\nQ: Thank you.\n",
         "speech:s1:Good afternoon, everyone.\nspeech:s1:Today the President signed the aid bill.\n", NULL},
        {"Press Briefing by Press Secretary Ana Ruiz\n\nGood afternoon.\n\nA reminder that this briefing is on the "
         "record. Ana will take questions after her opening.\n\nMS. RUIZ: Thank you.\n\nQ: Thank you.\n",
         "speech:-:Good afternoon.\nspeech:-:A reminder that this briefing is on the record.\n", NULL},
        /* a dated heading in the body is a heading, not a dateline; a site's trail
         * of one-word sections is not read */
        {"Fire Situation Updates\n\nCrews continue to battle fires across the county.\n\nEvening Update \xE2\x80\x93 "
         "January 28, 2025\n\nContainment has reached 15 percent.\n",
         "heading:-:Evening Update \xE2\x80\x93 January 28, 2025\n", NULL},
        {"News / Police\n\nMan Charged After Pursuit\n\nA man has been charged after a pursuit overnight.\n",
         "title:-:Man Charged After Pursuit\n", "News / Police"},
        /* a generation's mark after the surname ("III", "Jr.") is no part of it: the
         * short label later is the same person */
        {"Press conference\n\nSECRETARY OF THE NAVY ROBERT T. HALE III: Good afternoon.\n\nQ: Mr. Secretary, when?\n\n"
         "SEC. HALE: Not yet.\n\nADMIRAL JANE M. ORTIZ, JR.: Soon.\n\nQ: Admiral, how soon?\n\nADM. ORTIZ: In May.\n",
         "speech:s1:Good afternoon.\nspeech:s2:Mr. Secretary, when?\nspeech:s1:Not yet.\nspeech:s3:Soon.\n"
         "speech:s2:Admiral, how soon?\nspeech:s3:In May.\n", NULL},
        /* two bodies that issue a briefing together, a slash between: who issued it,
         * read, not a page's trail of sections */
        {"KELP FIRE / NORTH COAST COUNTY FIRE DEPARTMENT\nMEDIA BRIEFING \xE2\x80\x93 KELP BAY FIRE\n\n"
         "CHIEF ANA RUIZ: Good morning. The fire is contained.\n",
         "KELP FIRE / NORTH COAST COUNTY FIRE DEPARTMENT\n", NULL},
        {"Port Police / Coast Guard\nMedia briefing\n\nCHIEF ANA RUIZ: Good morning. The fire is contained.\n",
         "Port Police / Coast Guard\n", NULL},
        /* found in review: credits under quotations stay credits; surname labels said
         * again are turns; "welcomed" addresses no one; a fraction at a paragraph's end
         * is no thread's counter; a name in two languages without brackets is kept */
        {"Acme opens new plant in Leeds\n\nAcme today opened its new plant in Leeds, creating 200 jobs.\n\n"
         "\"This plant is a milestone for our company.\"\n\nAnna Berg, Chief Executive\n\n\"We are proud to invest in "
         "Leeds.\"\n\nTom Hale, Finance Director\n\n\"The city welcomes the investment.\"\n\nCouncillor Jane Doe, Leader of "
         "Leeds City Council\n",
         "speech:s1:\"This plant is a milestone for our company.\"\nmeta:-:Anna Berg, Chief Executive\n"
         "speech:s2:\"We are proud to invest in Leeds.\"\n", NULL},
        {"Council meeting, 4 March 2025\n\nSMITH: The budget passed on Tuesday after a long debate.\n\nJONES: The motion "
         "on the new library carried unanimously.\n\nSMITH: The next meeting is in April.\n",
         "speech:s1:The budget passed on Tuesday after a long debate.\nspeech:s2:The motion", NULL},
        {"Operation results\n\nCountry highlights\nBrazil: Authorities seized 19 t of products.\nUnited Kingdom: The "
         "regulator welcomed the seizure of 7 tonnes of medicines.\n\nThe operation is coordinated by Interpol.\n",
         "speech:-:The operation is coordinated by Interpol.\n", "speech:s"},
        {"Water rates notice\n\nThe council approved new tariffs today. They take effect in April for all homes.\n\n"
         "The social tariff is half the standard rate, and the discount is 1/2\n\nThe rest pay in full 2/2\n",
         "the discount is 1/2\n", NULL},
        {"Project Update\nMedecins Sans Frontieres / Doctors Without Borders\n\nNAIROBI, 3 March 2025 \xE2\x80\x93 MSF "
         "has admitted 1,200 patients.\n",
         "meta:-:Medecins Sans Frontieres / Doctors Without Borders\n", NULL},
        /* "Quotes attributable to …:" over quotations; a credit under a quotation with
         * its em dash joined to the name */
        {"Australia boosts Pacific support\n\nThe Government will provide $48.5 million.\n\nQuotes attributable to "
         "Minister for Foreign Affairs Clara Wetherby:\n\n\"Climate change is the greatest threat.\"\n\n"
         "\"We stand with our neighbours.\"\n",
         "speech:s1:\"Climate change is the greatest threat.\"\nspeech:s1:\"We stand with our neighbours.\"\n", NULL},
        {"Housing\n\nThe Government will build homes.\n\n\"Every Canadian deserves a home.\"\n"
         "\xE2\x80\x94The Rt. Hon. Eloise Grant, Prime Minister of Canada\n\nThe plan starts in May.\n",
         "speech:s1:\"Every Canadian deserves a home.\"\n", NULL},
        /* a team's release: each name (and role, or car and place) over its quotation,
         * in capitals with a colon too; what follows unlabelled is the narrator's */
        {"Team Preview\n\nAnna Berg\n\n\"I love this track.\"\n\nCarl Dunn, Team Principal\n\n\"We are ready.\"\n\n"
         "Tomas Lindqvist, Car 14, P5\n\"A proper race.\"\n\nINGRID FALK, TEAM PRINCIPAL:\n\"A solid Sunday.\"\n\n"
         "Fastest lap: 1:12.904 (Lindqvist, lap 66)\n",
         "speech:s1:\"I love this track.\"\nspeech:s2:\"We are ready.\"\nspeech:s3:\"A proper race.\"\n"
         "speech:s4:\"A solid Sunday.\"\nspeech:-:Fastest lap", "heading:"},
        /* labels that open sentences about others, no one addressed and no person
         * named: a list's fields, the narrator's, and quotations keep their speakers */
        {"Operation results\n\n\"Crime kills,\" said Secretary General Ana Ruiz.\n\nCountry highlights\n"
         "Brazil: Authorities seized 19 t of products.\nUnited Kingdom: The regulator seized 7 tonnes of medicines.\n\n"
         "The operation is coordinated by Interpol.\n",
         "speech:s1:\"Crime kills,\"\n", "speech:s2"},
        {"Festival announces line-up\n\nThe festival returns in July.\n\nTICKETS:\nWeekend tickets cost 189 pounds.\n\n"
         "Gates open at noon.\n",
         "speech:-:Weekend tickets cost 189 pounds.\nspeech:-:Gates open at noon.\n", "speech:s1"},
        /* but a surname the header names, or one who speaks to someone, opens a turn */
        {"Sunday Ledger with Maren Holt\n\nAired March 8, 2026\n\nHOLT: Senator, thanks for being here.\n",
         "speech:s1:Senator, thanks for being here.\n", NULL},
        /* a list of links with the statement's own sections after it: only the list is
         * the page's; a doubles pair a slash apart is kept */
        {"Prime Minister announces housing investments\n\nThe Prime Minister today announced new funding.\n\n"
         "Associated Links\n- Backgrounder: Housing investments\n\nBackgrounder: Housing investments\n\n"
         "Halifax will receive $312.5M for 2,140 units.\n",
         "speech:-:Halifax will receive $312.5M for 2,140 units.\n", "Associated"},
        {"WOMEN'S SINGLES FINAL\nPost-Match Press Conference\nN. KOVALENKO / M. DIALLO\n\nQ. Congratulations.\n\n"
         "NADIA KOVALENKO: Tired but happy.\n",
         "N. KOVALENKO / M. DIALLO\n", NULL},
        /* a post's or a memo's salutation on its first line titles nothing: spoken */
        {"Hi everyone,\n\nI have decided to retire at the end of this season.\n\nThank you for everything.\n",
         "speech:s1:Hi everyone,\nspeech:s1:I have decided", "title:"},
        {"To my fans,\n\nI have decided to retire at the end of this season.\n\nThank you for everything.\n",
         "speech:s1:To my fans,\n", "title:"},
        /* a release's first paragraph of two sentences about the event is its body;
         * minutes' "called to order" over the record stays the header's */
        {"Press Release\n5 June 2025\n\nThe 39th Ministerial Meeting\n\nThe Meeting was held via videoconference "
         "today. Ministers attended.\n\nThe Meeting reaffirmed the production level for 2026.\n",
         "speech:-:The Meeting was held via videoconference today.\nspeech:-:Ministers attended.\n", NULL},
        {"Council Meeting Minutes\n\nThe meeting was called to order at 6:32 p.m. Mayor Ana Ruiz presided.\n\n"
         "Tom Hale spoke in opposition to the rate increase.\n",
         "meta:-:The meeting was called to order at 6:32 p.m.\n", NULL},
        /* a thread counted after each post: the posts are the body, the counters and
         * "/end" are not read */
        {"Ministry of Transport (@MoT_Veloria)\n\nStatement on today's disruption. (1/3)\n\n"
         "Services resumed at 10:15. We apologise. (2/3)\n\nWe will share updates here. 3/3 /end\n",
         "speech:-:Statement on today's disruption.\nspeech:-:Services resumed at 10:15.\nspeech:-:We apologise.\n"
         "speech:-:We will share updates here.\n", "/3"},
        {"Ferry notice\n\nThe ferry will run at noon today, and every hour after it. Tickets are free.\n\n"
         "We thank you. /end\n", "speech:-:We thank you.\n", "/end"},
        /* "co-leader" is a role: the person after it is the subject "he" refers to */
        {"Greens will force vote\n\nParty co-leader Owain Pritchard MP said the motion would be tabled on Tuesday.\n\n"
         "\"Every MP will have to decide,\" he said.\n",
         "speech:s1:\"Every MP will have to decide,\"\nspeech:-:he said.\n", NULL},
        /* a quotation after "told <whom> <when>:" or "said in a statement:" is the
         * person's, the lead-in the narrator's; a verb with its own object is no lead-in */
        {"Fisheries review\n\nDeputy Director Jean-Paul Okoro told members on Tuesday: \"We have 112 acceptances.\"\n\n"
         "Ana Ruiz said in a statement: \"We will appeal.\"\n",
         "speech:-:Deputy Director Jean-Paul Okoro told members on Tuesday:\nspeech:s1:\"We have 112 acceptances.\"\n"
         "speech:-:Ana Ruiz said in a statement:\nspeech:s2:\"We will appeal.\"\n", NULL},
        {"Funding\n\nAna Ruiz announced funding for three harbours: \"Northport, Eastby and Calder.\"\n",
         "speech:-:Ana Ruiz announced funding for three harbours: \"Northport", "speech:s1"},
        /* a name in two languages a slash apart is no breadcrumb: kept */
        {"Project Update\nMedecins Sans Frontieres / Doctors Without Borders (MSF)\n\nNAIROBI, 3 March 2025 \xE2\x80\x93 MSF "
         "has admitted 1,200 patients.\n",
         "meta:-:Medecins Sans Frontieres / Doctors Without Borders (MSF)\n", NULL},
        {"Statement\nNews / Press Releases\n\nThe council met today.\n", "title:-:Statement\nspeech:-:The council met", NULL},
        /* a lecture's quoted question title is the header's, and so are the lecturer and
         * the date under it; a quoted sentence there is still someone's words */
        {"The Harriet Vane Memorial Lecture 2025\n\n\"Who Owns the Ocean Floor?\"\n\nProfessor Amara Osei\n"
         "Delivered at the Institute of Maritime Law, 12 November 2025\n\nThank you all for coming.\n",
         "meta:-:\"Who Owns the Ocean Floor?\"\nmeta:-:Professor Amara Osei\n", "speech:-"},
        {"Harbour statement\n\n\"We will not close the harbour this winter, whatever it costs.\"\n\nThe council met today.\n",
         "speech:-:\"We will not close the harbour", "meta:-:\"We"},
        /* a section's name and date again over its own paragraph are no signature, and a
         * company's name over a sentence that opens with it is no site's masthead: text
         * kept */
        {"Council news\n\nNORTH WARD\nMonday 3 March\n\nThe bridge opened.\n\nSOUTH WARD\nMonday 3 March\n\n"
         "The library opened.\n",
         "heading:-:SOUTH WARD\nheading:-:Monday 3 March\nspeech:-:The library opened.\n", NULL},
        {"RNS Number : 4821K\nHarrowgate Foods PLC\n23 September 2025\n\nHarrowgate Foods PLC\n\n"
         "Harrowgate Foods PLC (LSE: HGF) today announces its interim results.\n",
         "meta:-:RNS Number : 4821K\nmeta:-:Harrowgate Foods PLC\nmeta:-:23 September 2025\nmeta:-:Harrowgate Foods PLC\n",
         NULL},
        /* found in review: a people field of names and roles ending in a stop is still a
         * field; a verb's form between "said" and a name names no speaker; ">>" alone
         * gives the next line to someone else, and no unidentified speaker is made for
         * labelled turns */
        {"Statement on health\nSpeakers: Ana Ruiz, Minister for Health; Tom Hale, Chief Executive.\n\nWe will act now.\n",
         "meta:-:Speakers: Ana Ruiz, Minister for Health; Tom Hale, Chief Executive.\n", "speech:s2"},
        {"Arrest\n\nPolice acted.\n\n\"He ran,\" said officers who arrested Tom Hale.\n",
         "speech:-:\"He ran,\" said officers who arrested Tom Hale.\n", NULL},
        {"Hearing\n\n>> MS. REID: Hello there.\n>>\nThank you, I came far.\n>> MS. REID: Welcome.\n",
         "speech:s1:Hello there.\nspeech:s2:Thank you, I came far.\nspeech:s1:Welcome.\n", NULL},
        /* a document's name and its part over a record's fields: the title, the fields
         * the narrator's, the quotation its speaker's */
        {"Match Review Committee Report: Round 14\n\nPublished: Monday, 9 June 2025\n\nThe committee issued two charges.\n\n"
         "Player: Jayden Marsh\nOffence: Grade 2 Dangerous Contact\n\nPlayer: Marcus Dwyer\nOffence: Grade 1 Careless High Tackle\n\n"
         "Head of Football Graham Lister said: \"We will stay firm.\"\n",
         "title:-:Match Review Committee Report: Round 14\n", "s2:"},
        {"Match Review Committee Report: Round 14\n\nThe committee met.\n\n"
         "Head of Football Graham Lister said: \"We will stay firm.\"\n",
         "speech:s1:\"We will stay firm.\"\n", NULL},
        /* Ontario's releases: the quotation, then "- Name" and the office under it */
        {"New hospital\n\nQuotes\n\n\"This is a historic day for our community.\"\n- Bernadette Kwan\nMPP for Lakeshore North\n\n"
         "\"We are grateful for the support.\"\n- Dr. Harjit Sandhu\nPresident and CEO, Lakeshore Regional Health\n",
         "speech:s1:\"This is a historic day for our community.\"\nmeta:-:- Bernadette Kwan\nmeta:-:MPP for Lakeshore North\n"
         "speech:s2:\"We are grateful for the support.\"\n", "list:"},
        /* British Columbia's releases: "Name, role –" over each quotation */
        {"New bus service\n\nQuotes:\n\nRon Kessler, mayor of Abbotsford \xE2\x80\x93\n\n"
         "\"Our residents have been asking for this for years.\"\n\nAileen Moraes, president and CEO, BC Transit \xE2\x80\x93\n\n"
         "\"The route will run on battery-electric buses.\"\n",
         "speech:s1:\"Our residents have been asking for this for years.\"\n", "speech:-:\"The route"},
        /* any job in lower case between "said" and the name: research releases' "lead
         * author", "co-author", "project scientist Dr." */
        {"Study finds coral recovery\n\nThe study was published today.\n\n"
         "\"The reef is recovering,\" said lead author Maya Chen.\n\n\"We were surprised,\" said study co-author Tom Reyes.\n\n"
         "\"The data look clean,\" said project scientist Dr. Ivo Marsh.\n",
         "speech:s1:\"The reef is recovering,\"\nspeech:-:said lead author Maya Chen.\nspeech:s2:\"We were surprised,\"\n"
         "speech:-:said study co-author Tom Reyes.\nspeech:s3:\"The data look clean,\"\n", NULL},
        /* a date without its year over each of two sections is read each time, not
         * taken for a page's running head */
        {"COURT CIRCULAR\n\nBUCKINGHAM PALACE\nMarch 11th\n\nThe King this morning held a Council.\n\n"
         "KENSINGTON PALACE\nMarch 11th\n\nThe Princess of Wales visited a garden.\n",
         "March 11th\nspeech:-:The King this morning held a Council.\n", NULL},
        /* a broadcast's "Reporter:" field in the header names her, asks nothing; the
         * same label over a sentence opens a turn */
        {"Farmers count the cost\n\nBroadcast: 14/03/2025\n\nReporter: Danielle Pryor\n\n"
         "Irrigators say they have been left without water.\n\nSOPHIE MARRABLE, PRESENTER: Tonight, the farmers.\n\n"
         "DANIELLE PRYOR, REPORTER: The dam is dry.\n",
         "meta:-:Reporter: Danielle Pryor\nspeech:-:Irrigators say they have been left without water.\n", "Question"},
        {"Host: Welcome to the show. Today we talk about water.\n\nGuest: Thanks for having me.\n\nHost: Let us begin.\n",
         "speech:s1:Welcome to the show.\n", "meta:"},
        /* an embargo's time and date in capitals is the header's, no speaker's label: the
         * release's quotations keep their speakers */
        {"Appeal launched\nEMBARGO: 00.01 BST, 24 September 2025\n\nThe appeal opened.\n\n"
         "\"We need help,\" said Tom Reyes.\n",
         "speech:s1:\"We need help,\"\n", NULL},
        /* closed captions: ">>" opens each turn, a label after it or none; the marks are
         * not read, and an unlabelled turn is no longer the last speaker's */
        {"Budget Hearing\n\n>> Good evening. I am the council president.\n>> Director Hale: About $310,000 a year.\n"
         ">> Thank you. My name is Carl Ostrowski.\n>> [ Applause ]\n",
         "speech:s1:Good evening.\nspeech:s1:I am the council president.\nspeech:s2:About $310,000 a year.\n"
         "speech:s1:Thank you.\n", ">>"},
        /* end marks in slashes or angle brackets, alone or after the last sentence */
        {"Statement on the launch\n\n18 September 2025\n\nWe condemn the launch. Thank you. /END/\n\n"
         "We also condemn the test.\n\n<ENDS>\n",
         "speech:-:Thank you.\nspeech:-:We also condemn the test.\n", "END"},
        /* a turn that opens with a figure: its label, heard as one elsewhere or a title
         * in it, is still a label; a figure's field ("GAAP EPS: $1.07") is not */
        {"Drought talks\n\nTOM BELL: Hello.\n\nANNA REID: How many?\n\nTOM BELL: 40 at least.\n\n"
         "MS. REID: 12 people came.\n\nMR. BELL: \xC2\xA3" "5 each.\n",
         "speech:s1:40 at least.\nspeech:s2:12 people came.\nspeech:s1:\xC2\xA3" "5 each.\n", "TOM BELL:"},
        {"Acme reports results\n\nAcme today reported results.\n\nGAAP EPS: $1.07; Non-GAAP EPS: $1.46\n\n"
         "\"We delivered a record quarter,\" said Jane Roe, Chief Executive Officer.\n",
         "GAAP EPS: $1.07", "speech:s1:$1.07"},
        /* found in review: a speech's "* * *" keeps its speaker; an agenda keeps its
         * numbers; a quotation's later lines lose their "> "; a person quoted on the
         * first line is no title; "Group 1:" is no speaker; "He said" after another
         * name opening a sentence is not the last one quoted */
        {"Speech by the Prime Minister at the Harbour Forum\n\nThank you all for coming today.\n\n* * *\n\n"
         "I am proud of what we have done together.\n",
         "speech:s1:I am proud of what we have done together.\n", NULL},
        {"Agenda for the meeting\n\n1   Welcome and apologies\n2   Minutes of the last meeting\n3   Matters arising\n"
         "4   Finance report\n5   Any other business\n",
         "meta:-:1 Welcome and apologies\nmeta:-:2 Minutes of the last meeting\n", NULL},
        {"Harbour news\n\n> \"This is a great day for the harbour\n> and for everyone,\" said the mayor.\n",
         "and for everyone", "> and"},
        {"Mayor Ana Ruiz: \"We will rebuild the harbour, and we will do it this year.\"\n\n"
         "The mayor spoke at the quay on Monday after the storm.\n",
         "speech:s1:\"We will rebuild the harbour", "title:"},
        {"Summer activities\n\nThe centre runs two groups.\n\nGroup 1: Children aged five meet on Mondays.\n\n"
         "Group 2: Children aged nine meet on Tuesdays.\n",
         "speech:-:Group 1: Children aged five meet on Mondays.\n", ":s1:"},
        {"Harbour to be rebuilt\n\nMayor Ana Ruiz said:\n\n\"We will rebuild the harbour this year.\"\n\n"
         "Tom Hale disagreed.\n\nHe said: \"It is far too late for that.\"\n",
         "speech:-:He said: \"It is far too late for that.\"\n", NULL},
        {"Press conference: \xC2\xABRebuilding Our Caf\xC3\xA9\xC2\xBB\n\n12 March 2025\n\nThank you all for coming today.\n",
         "title:-:Press conference:", NULL},
        {"BY MR. ACHEBE (continuing):\nQ. And after that, where did you go?\nA. I went home.\n",
         "speech:s1:And after that, where did you go?\nspeech:s2:I went home.\n", "byline"},
        /* a page of frequently asked questions: each question heads its answer */
        {"Winter Heating Payment: frequently asked questions\n\nPublished 4 November 2024\n\nWho is eligible?\n\n"
         "You may be eligible if you were born before 1958.\n\nHow do I apply?\n\nYou do not usually need to apply.\n",
         "heading:-:Who is eligible?\nspeech:-:You may be eligible", NULL},
        /* the examiner again after an interruption, "(continuing)" */
        {"Commonwealth v. Rourke\n\nBY MR. ACHEBE:\nQ. Where were you in March?\nA. At work.\nTHE COURT: Go on.\n"
         "BY MR. ACHEBE (continuing):\nQ. And in April?\nA. On leave.\n",
         "stage:-:BY MR. ACHEBE (continuing):\nspeech:s1:And in April?\nspeech:s2:On leave.\n", NULL},
        /* public roles numbered; directions mid-line; a sitrep's fields are no speakers */
        {"HOST: Welcome everyone.\nStudent 1: Is the library staying open?\nRESIDENT 2: What about the buses?\n"
         "HOST: Good questions.\n",
         "speech:s1:Welcome everyone.\nspeech:s2:Is the library staying open?\nspeech:s3:What about the buses?\n", NULL},
        {"Amal Haddad: That was the plan. [chuckles] It did not work.\nPriya Lal: [both laugh] Fair enough.\n"
         "Amal Haddad: Moving on.\n",
         "stage:-:[chuckles]\nspeech:s1:It did not work.\nstage:-:[both laugh]\nspeech:s2:Fair enough.\n", NULL},
        {"Flood update\n\nThe river rose overnight.\n\nHealth\nNeeds: At least 40 clinics need repair.\n"
         "Response: Partners deployed 6 mobile clinics.\nGaps: Only 3 units are working.\n",
         "speech:-:Needs: At least 40 clinics need repair.\n", ":s1:"},
        {"Weekly Farm Hour\n\n[Theme music]\n\nHOST: Hello and welcome.\n", "stage:-:[Theme music]\n", NULL},
        {"Panel discussion: \"What Comes After Coal?\"\n\n12 May 2025\n\nThe panel met on Monday to discuss the plan.\n",
         "title:-:Panel discussion: \"What Comes After Coal?\"\n", NULL},
        /* "He added:" right after a quotation: the same person; not when someone else
         * was named between */
        {"Club confirms departure\n\nThe club has parted company with its coach.\n\n"
         "Chairman Malcolm Hurst said: \"We thank Rui for his work.\"\n\n"
         "He added: \"Promotion will stay with us for a long time.\"\n",
         "speech:s1:\"We thank Rui for his work.\"\nspeech:-:He added:\nspeech:s1:\"Promotion", NULL},
        {"Club news\n\nChairman Malcolm Hurst said: \"We thank Rui.\"\n\n"
         "The board met. Supporters group chair Ana Ruiz criticised the decision.\n\nShe said: \"This is wrong.\"\n",
         "speech:-:She said: \"This is wrong.\"\n", NULL},
        /* an office in a "From:" field names no one who speaks */
        {"Heating payment: what you need to know\n\nFrom: Department for Energy and Household Support\n"
         "Published 4 November 2024\n\nYou may be eligible if you live in England.\n",
         "speech:-:You may be eligible if you live in England.\n", NULL},
        {"Tax credits: what you need to know\n\nFrom: HM Revenue and Customs\nPublished 4 November 2024\n\n"
         "You may be eligible if you live in England.\n",
         "speech:-:You may be eligible if you live in England.\n", NULL},
        /* a page with its lines numbered down the margin: the numbers are not read,
         * wrapped answers stay whole */
        {"                                                        Page 14\n 1   BY MR. HALVORSEN:\n"
         " 2        Q.   Ms. Treadwell, where were you employed in\n 3   March of 2021?\n"
         " 4        A.   At Corvane Logistics, in the Bellmont\n 5   warehouse.\n"
         " 6             MS. ABARA-LYNCH:  Objection; form.\n 7             THE WITNESS:  Can I still answer?\n",
         "speech:s2:At Corvane Logistics, in the Bellmont warehouse.\nspeech:s3:Objection; form.\n"
         "speech:s2:Can I still answer?\n", " 5 "},
        /* a weather service's machine codes and marks are not read; a phone number
         * alone on its line is */
        {"URGENT - WINTER WEATHER MESSAGE\nNational Weather Service Harlow Falls ND\n\nNDZ013-014-021>023-142200-\n"
         "/O.UPG.KHFX.WS.A.0002.250115T0600Z-250116T1200Z/\nTolland-Bressick-Upper Marl-\n\nHeavy snow expected.\n\n"
         "Call the hotline:\n1-888-555-0193\n\n&&\n\n$$\n",
         "Tolland-Bressick-Upper Marl-\nspeech:-:Heavy snow expected.\n", "NDZ013"},
        /* under a rule, the writer's note about the interview is no longer the last
         * answer's */
        {"Interview with Ana Ruiz\n\n**HL:** What is next?\n\n**Ruiz:** Teaching, at least through 2026.\n\n---\n\n"
         "*Jonah Feldkamp covers trade and shipping for The Harbour Ledger. Reach him at jf@example.com.*\n",
         "speech:s2:Teaching, at least through 2026.\nspeech:-:*Jonah Feldkamp", ":s2:Reach"},
        /* an examination: "BY MR. X:" opening the text is no byline; Q. his, A. the
         * witness's, through an objection and his own "You may answer." */
        {"BY MR. HALVORSEN:\n     Q.   Where were you employed?\n     A.   At Corvane Logistics.\n"
         "          MS. ABARA-LYNCH:  Objection; form.\n          MR. HALVORSEN:  You may answer.\n"
         "     Q.   Did you receive the memo?\n     A.   I did.\n",
         "speech:s1:Where were you employed?\nspeech:s2:At Corvane Logistics.\nspeech:s3:Objection; form.\n"
         "speech:s1:You may answer.\nspeech:s1:Did you receive the memo?\nspeech:s2:I did.\n", "byline"},
        /* counsel named, then A.: she examines a witness */
        {"MS STROUD KC: Please give your full name.\n\nA. Callum Reddaway.\n\nQ. You were the site engineer?\n\nA. Yes.\n",
         "speech:s1:Please give your full name.\nspeech:s2:Callum Reddaway.\nspeech:s1:You were the site engineer?\n"
         "speech:s2:Yes.\n", NULL},
        /* a recall notice's fields: read with their labels, no speakers, no chapters */
        {"Korvath Recalls Vacuums Due to Fire Hazard\n\nHazard: The battery can overheat.\n\n"
         "Units: About 184,000 (in addition, about 9,600 were sold in Canada)\n\n"
         "Incidents/Injuries: The firm has received 27 reports.\n\nImporter(s): Korvath Inc., of Minneapolis\n",
         "Incidents/Injuries: The firm has received 27 reports.\n", ":s1:"},
        /* Markdown's heading and quotation marks are not read */
        {"# Council approves harbour plan\n\n## Background\n\nThe council met.\n\n> \"This is a great day,\" said the mayor.\n",
         "title:-:Council approves harbour plan\nheading:-:Background\nspeech:-:The council met.\n", "#"},
        /* roles numbered as labels; a label in square brackets; Markdown in a stage
         * direction; a first line whose label comes back is a turn, its "[laughs]"
         * after the stop */
        {"MODERATOR: Welcome to the panel.\n\nPANELIST 2: Thank you.\n\nGUEST 1: Glad to be here.\n\n"
         "MODERATOR: Next.\n",
         "speech:s1:Welcome to the panel.\nspeech:s2:Thank you.\nspeech:s3:Glad to be here.\nspeech:s1:Next.\n", NULL},
        {"MINISTER WALSH: Good afternoon.\n\nCHIEF FIFITA: Winds are forecast at 90 km/h.\n\n"
         "[Interpreter]: Gusting to ninety.\n\nCHIEF FIFITA: Sorry.\n",
         "speech:s2:Winds are forecast at 90 km/h.\nspeech:s3:Gusting to ninety.\nspeech:s2:Sorry.\n", "stage:"},
        {"Ruiz: I was moved. [laughs]\n\nHL: Fair?\n\nRuiz: Yes. [*laughs*]\n",
         "speech:s1:I was moved.\nstage:-:[laughs]\nspeech:s2:Fair?\nspeech:s1:Yes.\nstage:-:[*laughs*]\n", "title:"},
        /* a stage direction under the header is read, and the speech after it is still
         * the speaker's own; "[English]" over a record marks a language, no stage */
        {"Remarks by the Mayor\nMarch 8, 2025\n\n[Music plays]\n\nThank you all for coming tonight.\n",
         "stage:-:[Music plays]\nspeech:s1:Thank you all for coming tonight.\n", NULL},
        {"Acceptance speech: Best Documentary\n\n[Music plays as she walks to the stage]\n\n"
         "Oh my God. I did not think this would happen, and I have nothing written.\n",
         "stage:-:[Music plays as she walks to the stage]\nspeech:s1:Oh my God.\n", NULL},
        /* a section's name and a headline on the first line: a title, no turn */
        {"Team News: Injury Update Ahead of Harrowgate Rovers\n\nHead coach Piet Stoel has provided an update.\n",
         "title:-:Team News: Injury Update Ahead of Harrowgate Rovers\nspeech:-:Head coach", ":s1:"},
        {"Panel Discussion: \"Cities After Cars?\"\nVelden Urban Forum, 26 April 2025\n\n"
         "Participants:\nModerator: Chiara Bellandi, urban affairs editor, The Meridian Review\n"
         "Panellists:\n- Mayor Henrik Solvang (City of Arnvik)\n- Rui Tavares-Hall, CEO, Kinetiq Mobility\n\n"
         "Moderator: Good afternoon and welcome.\n\nMayor Solvang: Thank you.\n",
         "title:-:Panel Discussion: \"Cities After Cars?\"\n", "announce"},
        /* a caption page set in capitals: a time code's turn is the speaker's, however
         * short and last, not a signature in capitals */
        {"[00:00:20]\nGOOD AFTERNOON. I WANT TO START BY THANKING OUR OFFICERS.\n[00:01:45]\n"
         "THANK YOU, CHIEF. STARTING TONIGHT, WE WILL HAVE SIX MORE OFFICERS.\nAS OF NOW, THE PIER IS OPEN.\n",
         "speech:s1:STARTING TONIGHT, WE WILL HAVE SIX MORE OFFICERS.\nspeech:s1:AS OF NOW, THE PIER IS OPEN.\n", "meta:"},
        /* an excerpt of a call that opens with "Operator": its first label, no title */
        {"Operator\n\nGood afternoon, and welcome.\n\nDale Okafor -- Chief Executive Officer\n\nThanks.\n\n"
         "Operator\n\nFirst question.\n",
         "speech:s1:Good afternoon, and welcome.\nspeech:s2:Thanks.\nspeech:s1:First question.\n", "title:"},
        /* headings with a dash and no role: headings, no speakers */
        {"City Update\n\nThe city met today.\n\nHarbor Project -- Background\n\nThe harbor needs work.\n\n"
         "Budget Review -- Next Steps\n\nThe budget is set.\n\nRoad Safety -- Summary\n\nRoads are safer.\n",
         "heading:-:Budget Review -- Next Steps\nspeech:-:The budget is set.\n", ":s1:"},
        /* "Name with Outlet:" asks; "President Ruiz with Prime Minister Tan:" is no reporter */
        {"LEAH CASTELLANO: Next question.\n\nRuth Abernathy with The Gulf Coast Herald: What is the total cost?\n\n"
         "GABRIEL OSEI: About $640M.\n",
         "speech:s1:Next question.\nspeech:s2:What is the total cost?\nspeech:s3:About $640M.\n", "Herald:"},
        /* a call's participants listed at its end, one a paragraph: read, by the
         * narrator, no turns (they were lost) */
        {"Corvane Q3 2026 Earnings Call Transcript\n\nOperator\n\nGood afternoon.\n\n"
         "Dale Okafor -- Chief Executive Officer\n\nThanks.\n\nOperator\n\nThis concludes the call.\n\n"
         "Call participants:\n\nDale Okafor -- Chief Executive Officer\n\n"
         "Marcus Lindqvist -- Barrow & Finch Securities -- Analyst\n",
         "speech:s1:This concludes the call.\nmeta:-:Call participants:\nmeta:-:Dale Okafor -- Chief Executive Officer\n"
         "meta:-:Marcus Lindqvist -- Barrow & Finch Securities -- Analyst\n", NULL},
        /* a readout under a heading that names the counterpart after a role's "of":
         * the narrator's, no speaker made of "State Harlan Brooks" */
        {"Joint Communique of the Energy Corridor Ministers\n\n1. The Ministers met in Ljubljana.\n\n"
         "Readout of Minister Vesel's Call with Secretary of State Harlan Brooks\n\nOffice of the Spokesperson\n"
         "April 28, 2026\n\nMinister Katarina Vesel spoke today with Secretary of State Harlan Brooks.\n",
         "speech:-:Minister Katarina Vesel spoke today with Secretary of State Harlan Brooks.\n", ":s1:"},
        /* the doubled title is read once */
        {"Harbor County Wildfire Briefing Transcript\n\nHarbor County Wildfire Briefing Transcript\n\n"
         "Sheriff Dolores Quintana: (00:04)\nGood morning.\n",
         "title:-:Harbor County Wildfire Briefing Transcript\nspeech:s1:Good morning.\n", NULL},
        /* a media advisory's fields: the narrator's, no speakers, no chapters */
        {"MEDIA ADVISORY\n\nMayor Arriaga to Break Ground on Calder Avenue Housing\n\n"
         "WHO: Mayor Celeste Arriaga; Council President Devon Marsh\n\nWHAT: Groundbreaking ceremony\n\n"
         "WHEN: Thursday, June 4, 2026, 10:00 a.m. PT\n\nWHERE: 1450 Calder Ave., Port Sutton\n\n"
         "VISUALS: Ceremonial shovels\n",
         "meta:-:WHO: Mayor Celeste Arriaga; Council President Devon Marsh\nmeta:-:WHAT: Groundbreaking ceremony\n"
         "meta:-:WHEN: Thursday, June 4, 2026, 10:00 a.m. PT\nmeta:-:WHERE: 1450 Calder Ave., Port Sutton\n"
         "meta:-:VISUALS: Ceremonial shovels\n", ":s1:"},
        {"Mayor Arriaga to Break Ground\n\nPort Sutton, Calif. (June 2, 2026) - Mayor Celeste Arriaga will break ground "
         "on 212 homes.\n\nWHAT: Groundbreaking ceremony\n\nVISUALS: Ceremonial shovels\n\n"
         "Media contact: Jae-won Pike, 555-0188\n",
         "meta:-:WHAT: Groundbreaking ceremony\nmeta:-:VISUALS: Ceremonial shovels\n", "heading"},
        /* a transcription service's export: a name and a time code over each turn,
         * from the first line on, a name heard once, a title with its stop */
        {"Speaker 1  0:03\nWelcome, everybody.\n\nWes Kaluza  0:10\nHi, I live on Ferris Road.\n\n"
         "Dr. Odette Marchand  0:19\nThank you for coming.\n\nSpeaker 1  0:40\nNext.\n",
         "speech:s1:Welcome, everybody.\nspeech:s2:Hi, I live on Ferris Road.\nspeech:s3:Thank you for coming.\n"
         "speech:s1:Next.\n", "0:1"},
        {"Brennick County Q&A\nWed, Jan 14, 2026 6:02PM\n\nSpeaker 1  0:03\nWelcome.\n\nWes Kaluza  0:10\nHi.\n\n"
         "Speaker 1  0:20\nNext.\n",
         "speech:s1:Welcome.\nspeech:s2:Hi.\nspeech:s1:Next.\n", "0:"},
        /* an earnings call's "Name -- Role" over each turn, each heard once */
        {"Corvane Q3 2026 Earnings Call Transcript\n\nOperator\n\nOur first question comes from Marcus Lindqvist.\n\n"
         "Marcus Lindqvist -- Barrow & Finch Securities -- Analyst\n\nDale, how quickly will the hub ramp?\n\n"
         "Dale Okafor -- Chief Executive Officer\n\nAbout 40% by year end.\n",
         "speech:s1:Our first question comes from Marcus Lindqvist.\nspeech:s2:Dale, how quickly will the hub ramp?\n"
         "speech:s3:About 40% by year end.\n", "heading"},
        /* the analysts listed under "Conference Call Participants", whatever follows
         * each name: the header's, and each the voice of the turn under their name */
        {"Pellucid Q2 2026 Earnings Call Transcript\n\nCompany Participants\n\n"
         "Rowan Fitch - Vice President, Investor Relations\nAnjali Deshmukh - Chief Executive Officer\n\n"
         "Conference Call Participants\n\nElena Moravec - Harrowgate Securities\nSam Okonkwo - Tidewell & Co.\n\n"
         "Operator\n\nOur first question comes from Elena Moravec.\n\nElena Moravec\n\nWhen do you expect revenue?\n\n"
         "Anjali Deshmukh\n\nIn Q4.\n",
         "meta:-:Elena Moravec - Harrowgate Securities\nmeta:-:Sam Okonkwo - Tidewell & Co.\n", "heading"},
        /* Canada's Debates: "The Hon. the Speaker:" is the Speaker the masthead names,
         * and the record's account of a motion is the narrator's */
        {"Debates of the Senate\nThe Honourable Marguerite Lachance-Boyd, Speaker\n\n"
         "Hon. Priya Venkataraman: Honourable senators, March is National Engineering Month.\n\nThird Reading\n\n"
         "Hon. Aurelie St-Onge moved third reading of Bill C-14.\n\n"
         "The Hon. the Speaker: Is it your pleasure, honourable senators, to adopt the motion?\n",
         "speech:-:Hon. Aurelie St-Onge moved third reading of Bill C-14.\nspeech:s2:Is it your pleasure", "s3"},
        /* a joint statement delivered by one ambassador: hers; "Delivered at … on <date>."
         * under a title is the header's */
        {"Human Rights Council - 61st session\nJoint Statement delivered on behalf of a group of 54 States\n\n"
         "Delivered by H.E. Ms. Ingrid Solbakken, Ambassador and Permanent Representative of Norvania\n\n"
         "Mr. President,\n\nI have the honour to deliver this statement on behalf of 54 States. I thank you.\n",
         "speech:s1:I have the honour to deliver this statement on behalf of 54 States.\n", NULL},
        {"PM Lawrence Wong's National Day Rally 2026 Speech (English)\nPrime Minister Lawrence Wong | 16 August 2026\n\n"
         "Delivered at the Institute of Technical Education College Central on 16 August 2026.\n\n"
         "Friends and fellow Singaporeans,\n\nGood evening. Let me begin with a story.\n",
         "meta:-:Delivered at the Institute of Technical Education College Central on 16 August 2026.\n", NULL},
        /* an office's address (the title's "PM's address") opened in his own voice, before
         * the first "PM:" of the interviews inside it; a greeting is no first name */
        {"English rendering of PM's address in the 138th Episode of 'Mann Ki Baat' on 29.03.2026\n\n"
         "My dear countrymen, namaskar.\n\nToday I want to talk about water. I was speaking to Shri Subramaniam ji.\n\n"
         "PM: Vanakkam Subramaniam ji!\n\nSubramaniam: Vanakkam Pradhan Mantri ji! It is an honour.\n\n"
         "PM: Tell me about the seed bank.\n",
         "speech:s1:My dear countrymen, namaskar.\nspeech:s1:Today I want to talk about water.\n", NULL},
        /* a member's change of language on its own line, and the record's own lines
         * ("Debate concluded.", "The House adjourned at …"): the narrator's, the member
         * goes on */
        {"UNREVISED HANSARD\nNATIONAL ASSEMBLY\nTUESDAY, 17 MARCH 2026\n\nThe SPEAKER: Order, hon members!\n\n"
         "Ms N P Dlamini (ANC): Thank you, Speaker. The water is coming.\n\nIsiZulu:\n\nAmanzi ayimpilo.\n\n"
         "English:\n\nWater is life.\n\nThe SPEAKER: Thank you, hon member.\n\nDebate concluded.\n\n"
         "The House adjourned at 17:43.\n",
         "stage:-:IsiZulu:\nspeech:s2:Amanzi ayimpilo.\nstage:-:English:\nspeech:s2:Water is life.\n", "speech:s1:Debate"},
        /* Congress's printed labels: a surname with a prefix in mixed case, a member's
         * state, an unnamed voice from the floor */
        {"Hearing on Water Rights\n\n    Mr. PALLONE. Thank you. I yield back.\n\n"
         "    Chairwoman McMORRIS RODGERS. The committee will come to order.\n\n"
         "    Mr. SMITH of Texas. I thank the chair.\n\n    Voice. Point of order!\n\n    Mr. PALLONE. Thank you.\n",
         "speech:s2:The committee will come to order.\nspeech:s3:I thank the chair.\nspeech:s4:Point of order!\n"
         "speech:s1:Thank you.\n", "McMORRIS"},
        /* a dateline with a colon and a release's "Dated:" field are no one's labels */
        {"PRESS RELEASE\nNo PR-48/2026-ISPR          Dated: March 12, 2026\n\nRawalpindi, March 12:\n\n"
         "The army chief visited Quetta today. He met the troops.\n",
         "speech:-:The army chief visited Quetta today.\n", "speech:s"},
        /* a thread copied from a social network: its author (name over handle) speaks
         * the posts, their counters are not read, an emoji alone is no sentence, and
         * the foot dates it */
        {"Priya Raman\n@priyaraman_ceo\n\n1/3 To every customer who was stranded: I am sorry. We let you down. "
         "\xF0\x9F\xA7\xB5\n\n2/3 Every traveler will get a refund by Feb. 28. \xF0\x9F\x99\x8F\n\n"
         "3/3 We will earn your trust back.\n\n10:42 AM \xC2\xB7 Jan 12, 2026 \xC2\xB7 1.2M Views\n",
         "byline:-:Priya Raman\nspeech:s1:To every customer who was stranded: I am sorry.\nspeech:s1:We let you down.\n"
         "speech:s1:Every traveler will get a refund by Feb. 28.\nspeech:s1:We will earn your trust back.\n"
         "meta:-:10:42 AM", "2/3"},
        /* lists numbered "i.", "ii." (Indian ministries); NPR's "(as Stu Price)"; a PIB
         * page's "(Release ID: …) Visitor Counter : …" is not read */
        {"Minister inaugurates water projects\n\nThe Minister listed the projects:\n\ni. Construction of 3 barrages\n"
         "ii. Laying of 1,850 km of pipeline\niii. Solar pumps at 126 villages\n\nThe Minister also released a booklet.\n\n"
         "(Release ID: 2103456) Visitor Counter : 1184\n",
         "list:-:Construction of 3 barrages\nlist:-:Laying of 1,850 km of pipeline\nlist:-:Solar pumps at 126 villages\n",
         "Visitor"},
        {"DAVIES: In this scene, Stu wakes up.\n\nED HELMS: (as Stu Price) I looked everywhere. Nobody has seen Doug.\n\n"
         "DAVIES: That was Ed Helms.\n",
         "stage:-:(as Stu Price)\n", "speech:s2:(as"},
        /* a letter with no header: its salutation is the writer's first words */
        {"Dear colleagues,\n\nI am writing to let you know that the library will close at 5 p.m. on Friday.\n\n"
         "Best wishes,\n\nAnna Hale\nUniversity Librarian\n",
         "speech:s1:Dear colleagues,\n", "title:"},
        /* endnotes under a rule: the narrator's notes, not the Pope's words */
        {"ADDRESS OF HIS HOLINESS POPE LEO XIV\n\nClementine Hall\nThursday, 12 February 2026\n\n"
         "Dear brothers and sisters,\n\nBefore we speak, we must listen to the cry of the poor.[1] Thank you!\n\n"
         "_______________________\n\n[1] Cf. Francis, Encyclical Letter Fratelli Tutti (3 October 2020), 48.\n",
         "note:-:[1] Cf. Francis", "speech:s1:[1]"},
        /* '"…," she said.' after "Smt. Rawat said that …": hers, not the minister's the
         * title names */
        {"Union Minister Shri Raghavendra Prasad Iyer inaugurates 14 water projects\n\n"
         "The Union Minister of Jal Shakti, Shri Raghavendra Prasad Iyer, inaugurated 14 projects at Jhansi today. "
         "Minister of State for Jal Shakti, Smt. Kavita Nandini Rawat, and Chief Minister Shri Yogendra Nath Tiwari "
         "were also present.\n\nSmt. Rawat said that women's participation is central to the Mission. "
         "\"More than 24.8 lakh women have been trained,\" she said.\n",
         "speech:s1:\"More than 24.8 lakh women have been trained,\"\n", NULL},
        /* a dated field with more after its date is read whole, not cut after the date */
        {"Statement\n\nProjects to benefit 12.5 lakh households across 7 districts of U.P. and M.P.\n\n"
         "Posted On: 14 FEB 2026 6:42PM by PIB Delhi\n\nThe Union Minister inaugurated 14 projects today.\n",
         "Posted On: 14 FEB 2026 6:42PM by PIB Delhi\n", NULL},
        /* a cabinet communiqué: a headline that quotes its person is the title, a note in
         * round brackets the header's, the remarks a numbered item leads into his, the
         * next items the narrator's; the date in brackets after "today" dates it */
        {"Cabinet communique\n\nPM Netanyahu: We will not allow the Houthis to threaten the Red Sea.\n\n"
         "(Communicated by the Cabinet Secretariat)\n\nAt the weekly Cabinet meeting today (Sunday, 15 March 2026):\n\n"
         "1. Prime Minister Benjamin Netanyahu made the following remarks:\n\n"
         "\"Yesterday I met with the commanders of the Navy in Haifa.\n\nWe will not allow this.\"\n\n"
         "2. The Cabinet approved a plan to strengthen the ports.\n",
         "title:-:PM Netanyahu: We will not allow the Houthis to threaten the Red Sea.\n"
         "meta:-:(Communicated by the Cabinet Secretariat)\n", "list:s1"},
        {"Cabinet communique\n\nAt the weekly Cabinet meeting today (Sunday, 15 March 2026):\n\n"
         "1. Prime Minister Benjamin Netanyahu made the following remarks:\n\n"
         "\"Yesterday I met with the commanders of the Navy in Haifa.\n\nWe will not allow this.\"\n\n"
         "2. The Cabinet approved a plan to strengthen the ports.\n",
         "speech:s1:\"Yesterday I met with the commanders of the Navy in Haifa.\nspeech:s1:We will not allow this.\"\n"
         "list:-:The Cabinet approved", "speech:-:\"Yesterday"},
        /* notes wrapped over the lines of a record printed narrow: the narrator's */
        {"SENATOR HALE: We stand adjourned.\n(Laughter and\napplause.)\nThank you.\n\n"
         "CHIEF JUSTICE ROBERTS: The case is submitted.\n(Whereupon, at 11:08 a.m., the case in the\n"
         "above-entitled matter was submitted.)\n",
         "stage:-:(Laughter and applause.)\nspeech:s1:Thank you.\n", "speech:s1:(Laughter"},
        /* a page's break inside a turn's sentence: the running head and the page number
         * go, the sentence and its speaker go on; a head printed once, over its page's
         * number, is no chapter */
        {"Transcript of Chair Halvorsen's Press Conference\nJanuary 28, 2026\n\n"
         "CHAIR HALVORSEN. Good afternoon. The unemployment rate was\n\n"
         "January 28, 2026 Chair Halvorsen's Press Conference FINAL\n\nPage 2 of 22\n\n"
         "little changed at 4.4 percent. I look forward to your questions.\n\nMICHELLE SMITH. Colin.\n\n"
         "COLIN REED. Thank you. Is that still the base case?\n\nCHAIR HALVORSEN. So, the plan is not a plan.\n\n"
         "January 29, 2026 Chair Halvorsen's Press Conference FINAL\n\nPage 3 of 22\n\n"
         "MICHELLE SMITH. Thank you.\n",
         "speech:s1:The unemployment rate was little changed at 4.4 percent.\nspeech:s1:I look forward", "FINAL"},
        /* a letter signed with a degree after the name: hers, the signature the
         * narrator's */
        {"A message to the community about the fire\n\nMarch 9, 2026\n\nDear members of the community,\n\n"
         "A fire broke out in Hartwell Hall on Saturday. I am grateful that all residents were safe.\n\nSincerely,\n\n"
         "Margaret Ellison, Ph.D.\nPresident\n",
         "speech:s1:A fire broke out in Hartwell Hall on Saturday.\n", "speech:s1:Margaret Ellison"},
        /* an order's signature and attestation at the foot: the narrator's, no chapter,
         * and "By the Governor:" no speaker's label */
        {"Governor Halvorsen Signs Executive Order\n\nGov. Karin M. Halvorsen today signed Executive Order #214.\n\n"
         "\"Families should never have to choose between heat and food,\" said Gov. Halvorsen.\n\n"
         "KARIN M. HALVORSEN\nGovernor\n\nBy the Governor:\nDAVID R. OKAFOR\nSecretary of State\n",
         "said Gov. Halvorsen.\nmeta:-:KARIN M. HALVORSEN\nmeta:-:Governor\nmeta:-:By the Governor:\n",
         "speech:-:\"Families"},
        /* Canada's end mark between spaced dashes or en dashes: the lead-in stays the
         * header's */
        {"Statement by the Prime Minister on rail\n\nSeptember 14, 2026\nOttawa, Ontario\n\n"
         "The Prime Minister, Mark Delacroix, today issued the following statement:\n\n"
         "\"Fifty years ago today, leaders signed the Accord.\n\n\"Happy anniversary.\"\n\n\xE2\x80\x93 30 \xE2\x80\x93\n",
         "meta:-:The Prime Minister, Mark Delacroix, today issued the following statement:\n", "30"},
        /* CNN's labels: a name and two things they are, a party's letters after the
         * name; voices from the street are each their own, not a questioner */
        {"ANA RUIZ, CNN CORRESPONDENT: Wolf, talks broke down again.\n\n"
         "MARCUS OYELARAN, PRESIDENT, DOCKWORKERS UNION: They offered too little.\n\n"
         "PAT TILLMAN, ARIZONA CARDINALS, U.S. ARMY: I am proud to serve.\n\n"
         "SEN. JOHN EDWARDS (D-NC), ARMED SERVICES COMMITTEE: We need answers.\n\n"
         "UNIDENTIFIED MALE: I lost everything.\n\nUNIDENTIFIED FEMALE: We all did.\n\nRUIZ: Back to you.\n",
         "speech:s2:They offered too little.\nspeech:s3:I am proud to serve.\nspeech:s4:We need answers.\n"
         "speech:s5:I lost everything.\nspeech:s6:We all did.\nspeech:s1:Back to you.\n", "ARMY"},
        /* Japan's Prime Minister's Office: labels in round brackets over each turn */
        {"Press Conference by the Prime Minister\n\nPrime Minister Ishiba: Thank you. That is all.\n\n(Moderator)\n\n"
         "We will now take questions.\n\n(Reporter)\n\nNakamura, Nikkei Shimbun. Will you resign?\n\n"
         "(Prime Minister Ishiba)\n\nI will not.\n\n(Moderator)\n\nThat concludes the conference.\n",
         "speech:s2:We will now take questions.\nspeech:s3:Nakamura, Nikkei Shimbun.\n", "speech:s1:We will now"},
        /* a surname with its particle in lower case opens a turn */
        {"Press conference\n\nChristine Lagrange, President of the ECB,\nLuis de Gaud\xC3\xADn, Vice-President of the ECB\n\n"
         "Lagrange: Good afternoon.\n\nQuestion: And the fiscal package?\n\n"
         "de Gaud\xC3\xADn: Let me take that one.\n\nQuestion: Thank you.\n",
         "speech:s3:Let me take that one.\n", "speech:s2:de Gaud"},
        /* the European Parliament: an office after the name is the speaker's; a chair
         * change in capitals and the office under it are the record's */
        {"Verbatim report of proceedings\nWednesday, 12 March 2025 - Strasbourg\n\n"
         "President. - The next item is water.\n\n"
         "Henrik Lund, President-in-Office of the Council. - Madam President, thank you.\n\n"
         "Clara Mendes Arruda, on behalf of the S&D Group. - Thank you.\n\nIN THE CHAIR: ANN ROE\nVice-President\n\n"
         "President. - The debate is closed.\n",
         "heading:-:Vice-President\n", "speech:s3:Vice"},
        /* a court's sentencing remarks: the judge named after "of" speaks them */
        {"IN THE CROWN COURT AT BRISTOL\n\nR\n\n-v-\n\nDARREN ASHWORTH\n\n"
         "SENTENCING REMARKS OF HIS HONOUR JUDGE PELLEGRINI KC\n\n11 September 2024\n\n"
         "1. Mr Ashworth, you may remain seated.\n\n2. Stand up, please.\n",
         "list:s1:Stand up, please.\n", NULL},
        /* an area code in brackets opens no list; a company's "Inc." before its ticker
         * in brackets, and an initial after "by", end no sentence */
        {"Press release\n\nA man was arrested.\n\n(617) 555-0143 is the line for tips.\n",
         "speech:-:(617) 555-0143 is the line for tips.\n", "list:"},
        {"News release\n\nBOSTON, March 3, 2025 -- Halvorsen Biologics, Inc. (Nasdaq: HLVB) today announced results.\n\n"
         "Authorised by P. Hennessy, Head of Press.\n",
         "note:-:Authorised by P. Hennessy, Head of Press.\n", "stage:"},
        /* a contact line with an office and a number is no turn */
        {"Press Release\n\nThe Court will sit on Monday.\n\nInformation Department:\n"
         "Ms Ann Roe, Head of Department: +31 70 302 2336\nEmail: info@example.org\n",
         "Ms Ann Roe, Head of Department: +31 70 302 2336", ":s1:"},
        /* "As delivered by Ambassador Ann Roe" names who speaks; "As the report states,
         * \"…\"" quotes a document, no second speaker */
        {"Statement on Moldova\n\nAs delivered by Ambassador Ann Roe\nOctober 17, 2024\n\nThank you, Madam Chair.\n\n"
         "As the report states, \"movement has been restricted.\"\n\nThank you.\n",
         "speech:s1:As the report states, \"movement has been restricted.\"\n", ":s2:"},
        /* a site's name said three times over the page is chrome; a heading "Address of
         * the Holy Father" gives the address to him */
        {"Sala Stampa\n\nSala Stampa Back Top Print Pdf\nSala Stampa\n\n"
         "Audience with the catechists, 18.10.2024\n\nThis morning the Holy Father received the catechists.\n\n"
         "Address of the Holy Father\n\nDear brothers and sisters, welcome!\n",
         "speech:s1:Dear brothers and sisters, welcome!\n", "Sala"},
        /* a role in capitals attributes ("The CM said, \"…\""); a date line said again
         * at the top of the page is no site's name */
        {"Press release\n\nThe Chief Minister visited the hospital.\n\n"
         "The CM said, \"We stand with the wounded.\"\n",
         "speech:s1:\"We stand with the wounded.\"\n", NULL},
        {"March 19, 2025 Chair Okafor's Press Conference FINAL\n\nTranscript of Chair Okafor's Press Conference\n"
         "March 19, 2025\n\nCHAIR OKAFOR. Good afternoon.\n\nCLAIRE MORETTI. Thank you, Chair Okafor.\n\n"
         "March 19, 2025 Chair Okafor's Press Conference FINAL\n\nCHAIR OKAFOR. Thank you.\n",
         "meta:-:March 19, 2025\n", NULL},
        /* a "Release Type:" field gives the kind; a site's short name over a kind line
         * with "with" titles nothing */
        {"PM Transcripts\n\nTranscripts from the Prime Ministers\n\nRelease Date:\n14/06/2015\nRelease Type:\n"
         "Interview\nTranscript ID:\n41877\nRadio Interview with Leanne Prowse, ABC Mornings\n\n"
         "LEANNE PROWSE: Welcome.\n\nPRIME MINISTER: Good morning.\n",
         "title:-:Radio Interview\nbyline:-:with Leanne Prowse, ABC Mornings\n", "41877"},
        /* short lines after a separator at a transcript's end are the page's footer:
         * the narrator's, no chapter; "[ends]" is an end mark */
        {"Press briefing\n\nMS. ROE: Good morning.\n\nQUESTIONER: A question?\n\nMS. ROE: An answer.\n\n"
         "* * * * *\n\nIMF Communications Department\nMEDIA RELATIONS\n\nPRESS OFFICER: Jonah Prescott\n\n"
         "Phone: +1 202 623-7100\n",
         "meta:-:IMF Communications Department\nmeta:-:MEDIA RELATIONS\nmeta:-:PRESS OFFICER: Jonah Prescott\n", "heading:"},
        {"Statement\n\nWe did it.\n\n[ends]\n", "speech:-:We did it.\n", "ends"},
        /* a ninth reading: labels in square brackets over each turn */
        {"Press Conference by Prime Minister Ishikawa\nFriday, February 14, 2025\n\n[Prime Minister Ishikawa]\n\n"
         "Today the Cabinet approved the budget.\n\n[Moderator]\n\nFirst, Mr. Tanabe.\n\n[Reporter (Tanabe, NHK)]\n\n"
         "How do you respond?\n\n[Prime Minister Ishikawa]\n\nWe reduced issuance.\n\n[END]\n",
         "speech:s1:Today the Cabinet approved the budget.\nspeech:s2:First, Mr. Tanabe.\nspeech:s3:How do you respond?\n"
         "speech:s1:We reduced issuance.\n", "stage:"},
        /* a language's name in brackets is no label */
        {"Committee evidence\n\n[English]\n\nThe Chair (Mr. Ken Roe): I call this meeting to order.\n\n[Translation]\n\n"
         "Mr. Luc Blais: Thank you.\n\n[English]\n\nThe Chair (Mr. Ken Roe): Go ahead.\n",
         "speech:s1:Go ahead.\n", ":s3:"},
        /* a headline in capitals after a name and a colon is the title, no turn; the
         * quotations under it are the person's */
        {"OFFICE OF THE PRIME MINISTER\nINDEPENDENT STATE OF PAPUA NEW GUINEA\n\nMEDIA STATEMENT\n\n"
         "Date: 16th September 2025\n\nPM MARAPA: 50 YEARS OF INDEPENDENCE A MILESTONE FOR ALL\n\n"
         "Prime Minister James Marapa has thanked the people.\n\n\"We stand together. We are one,\" PM Marapa said.\n",
         "title:-:PM MARAPA: 50 YEARS OF INDEPENDENCE A MILESTONE FOR ALL\n", "speech:-:\"We"},
        /* an office, then the member's title and name in brackets: the name is the
         * speaker's, the whole portfolio the role; the name alone later is the same
         * person */
        {"Debate\n\nAn Ceann Comhairle: I call the Minister.\n\n"
         "Minister for Housing, Local Government and Heritage (Deputy Cathal Brennan): I thank the Chair.\n\n"
         "Deputy Mary Byrne: Rents rose.\n\nDeputy Cathal Brennan: I disagree.\n",
         "speech:s2:I thank the Chair.\nspeech:s3:Rents rose.\nspeech:s2:I disagree.\n", ":s4:"},
        /* "About the Bank:" over boilerplate, a "Media:" contact and "Cc:" are no
         * speakers */
        {"Bank approves loan\n\n11-Feb-2025\n\nThe Board approved a loan today.\n\n"
         "About the Bank:\nThe Bank is a lender.\n\nCompany Contact Information\nMedia:\nJenna Ruiz\n",
         "note:-:The Bank is a lender.\n", ":s1:"},
        {"Open letter on debt relief\n\n12 February 2025\n\nTo: Finance Ministers of the G20\n"
         "Cc: Managing Director, International Monetary Fund\n\nDear Ministers,\n\nWe write to urge you to act.\n",
         "speech:-:We write to urge you to act.\n", ":s1:"},
        /* a video's captions: the header ends at the first time code, no time code is
         * read, and the lines a code cuts go on as one sentence; "[Music]" between
         * them stays a direction */
        {"Mayor Live: Budget Town Hall\nStreamed live on Apr 2, 2025\n\nTranscript\n\n0:00\ngood evening everybody and thanks for\n"
         "0:03\njoining us tonight I'm the mayor\n0:06\nand with me is our budget director\n0:09\n[Music]\n1:02:15\nthank you all\n",
         "speech:-:good evening everybody and thanks for joining us tonight I'm the mayor and with me is our budget director\n"
         "stage:-:[Music]\nspeech:-:thank you all\n", "0:0"},
        /* "Notes to editors" over its notes in one paragraph; a line pointing to social
         * media is not read */
        {"Speech\n\nLet's go out and win it.\n\nENDS\n\nNotes to editors\n1. The speech lasts 35 mins.\n\n"
         "Follow the Party on X @party and on Facebook.\n",
         "heading:-:Notes to editors\nnote:-:The speech lasts 35 mins.\n", "Follow"},
        /* "Quotes attributable to Premier Jacinta Ross": the quotations under it are hers */
        {"Media release\n\nMore Victorians Into Trades\n\nThe Premier announced a package.\n\n"
         "Quotes attributable to Premier Jacinta Ross\n\n\"There has never been a better time.\"\n\n"
         "Quotes attributable to Minister for Skills Deng Aruba\n\n\"TAFE is the engine room.\"\n\n"
         "Media contact: Sophie Trinh 0412 345 678\n",
         "speech:s1:\"There has never been a better time.\"\nheading:-:Quotes attributable to Minister for Skills Deng Aruba\n"
         "speech:s2:\"TAFE is the engine room.\"\n", "speech:s2:Media"},
        /* an office before the kind's own words speaks it; a site's section does not */
        {"PM statement on the rail failure: 3 March 2025\n\nI want to thank the staff who worked through the night.\n",
         "speech:s1:I want to thank the staff who worked through the night.\n", NULL},
        {"Department Press Briefing\n\nGood afternoon, everyone, and welcome to the briefing.\n\nWe have two items.\n",
         "Good afternoon, everyone, and welcome to the briefing.\n", ":s1:"},
        /* a page's number before its running title is not read */
        {"Bank of England\n\nMonetary Policy Report Press Conference\n\nThursday 6 February 2025\n\n"
         "Page 1 Monetary Policy Report Press Conference - 6.2.25\n\nOpening remarks by the Governor\n\n"
         "Ann Roe: Good afternoon.\n\nTom Hale, BBC: A question.\n\nAnn Roe: An answer.\n",
         "title:-:Monetary Policy Report Press Conference\n", "Page 1"},
        /* a station's call letters are an outlet; a numbered topic alone between a
         * briefing's turns is a heading, the narrator's */
        {"Radio interview\n\nJoe Harrigan, WAMC: Welcome, Governor.\n\nGovernor Roe: Thank you, Joe.\n\n"
         "Joe Harrigan, WAMC: First question.\n",
         "speech:s1:First question.\n", NULL},
        {"Press Conference by Press Secretary Ken Ito\n\nOpening Remarks\n\n(1) Fisheries Dialogue\n\n"
         "Mr. Ken Ito, Press Secretary: The dialogue opens Monday.\n\n(2) Visit by the Foreign Minister of Peru\n\n"
         "Press Secretary Ito: The minister arrives Tuesday.\n",
         "heading:-:(2) Visit by the Foreign Minister of Peru\n", NULL},
        /* a page's control after a footer's date is not read */
        {"Speech\n\nMinister's speech at the Harbour Summit\n\nThank you all for coming.\n\n"
         "Published 14 October 2025\nLast updated 15 October 2025 + show all updates\n",
         "meta:-:Last updated 15 October 2025\n", "show all"},
        /* a site's fields with a space before the colon, French style */
        {"Interview de Mme Claire Vautrin, ministre, \xC3\xA0 France Horizon le 12 novembre 2025.\n\n"
         "Personnalit\xC3\xA9, fonction : VAUTRIN Claire.\n\nCirconstances : Pr\xC3\xA9sentation du plan\n\n"
         "BERTRAND LAMOUREUX\nBonjour.\n\nCLAIRE VAUTRIN\nBonjour.\n\nBERTRAND LAMOUREUX\nMerci.\n\nCLAIRE VAUTRIN\nMerci \xC3\xA0 vous.\n",
         "meta:-:Circonstances : Pr\xC3\xA9sentation du plan\n", "Personnalit"},
        /* a contact block opened by "… contact:", an issuer's field: the narrator's */
        {"MEDIA STATEMENT\n\nThe Minister will brief the media on Friday.\n\nFor media enquiries contact:\nWisani Baloyi\n"
         "Cell: 072 555 8830\n\nIssued by: Department of Water and Sanitation\n",
         "meta:-:For media enquiries contact:\nmeta:-:Wisani Baloyi\nmeta:-:Cell: 072 555 8830\nmeta:-:Issued by: Department", "speech:-:Wisani"},
        /* a release's trailer: staff initials and its ID in brackets are not read; "Posted On:" dates it */
        {"Ministry of Jal Sampada\n\nMinister opens water plant at Surajpur\n\nPosted On: 17 SEP 2025 4:42PM by PIB Delhi\n\n"
         "The Minister today opened the plant.\n\n*****\n\nRK/SM/PS/2431\n\n(Release ID: 2168842)\n",
         "speech:-:The Minister today opened the plant.\n", "2431"},
        /* a quotation alone after a paragraph that reports someone's words: theirs */
        {"$22.6 million to protect kiwi\n\n\"This is the biggest investment in kiwi for 20 years,\" Mr Rewiti said.\n\n"
         "Mr Rewiti said the programme would create about 60 jobs.\n\n\"Iwi have led this work for decades.\"\n",
         "speech:-:Mr Rewiti said the programme would create about 60 jobs.\nspeech:s1:\"Iwi have led", NULL},
        /* ... but not after a heading between them */
        {"Kiwi plan\n\n\"This is the biggest investment in kiwi,\" Mr Rewiti said.\n\nMr Rewiti said it would create jobs.\n\n"
         "Reactions\n\n\"Iwi have led this work for decades.\"\n", "speech:-:\"Iwi have led", NULL},
        /* the office, then the name between commas, then the verb: the subject a verb alone
         * after a quotation means; the stop after the closing mark is the quotation's */
        {"Comunicado\n\nLa Secretar\xC3\xAD" "a informa que hay 14 millones de dosis.\n\n"
         "El subsecretario de Prevenci\xC3\xB3n y Promoci\xC3\xB3n de la Salud, Dr. Emiliano Garza Trevi\xC3\xB1o, "
         "se\xC3\xB1" "al\xC3\xB3 que la campa\xC3\xB1" "a concluir\xC3\xA1.\n\n\"Hacemos un llamado a todos\", dijo. \xC2\xAB" "Acudan ya\xC2\xBB.\n",
         "speech:s1:\"Hacemos un llamado a todos\",\nspeech:-:dijo.\nspeech:s1:\xC2\xAB" "Acudan ya\xC2\xBB.\n", "speech:-:.\n"},
        /* a greeting and a salutation with a colon open the speech, after its title */
        {"Intervenci\xC3\xB3n del presidente del Gobierno, Javier Montalb\xC3\xA1n, en Sevilla\n\nBuenas tardes.\n\n"
         "Se\xC3\xB1or alcalde, autoridades, amigos y amigas:\n\nQuiero empezar con una cifra.\n\nPor eso hoy anuncio tres medidas.\n\n"
         "Y una cuarta.\n\nMuchas gracias.\n", "speech:s1:Buenas tardes.\nspeech:s1:Se\xC3\xB1or alcalde", NULL},
        /* a doorstop's subjects and its disclaimer are the header's */
        {"TRANSCRIPT\nDOORSTOP INTERVIEW\nWAGGA WAGGA\n\nSUBJECTS: Highway upgrade; regional airfares.\n\nE&OE\n\n"
         "MARCUS TEALBY: Thanks for coming out.\n\nJOURNALIST: When?\n\nTEALBY: By late 2028.\n",
         "meta:-:SUBJECTS: Highway upgrade; regional airfares.\nmeta:-:E&OE\n", "heading"},
        /* a dateline with « a » before the date, a second kind with its number: no title */
        {"COMUNICADO DE PRENSA\n\nSecretar\xC3\xAD" "a de Salud\n\nCiudad de M\xC3\xA9xico, a 9 de septiembre de 2025\n\n"
         "Comunicado 412/2025\n\nLa Secretar\xC3\xAD" "a informa que la campa\xC3\xB1" "a concluir\xC3\xA1.\n",
         "meta:-:Ciudad de M\xC3\xA9xico, a 9 de septiembre de 2025\nmeta:-:Comunicado 412/2025\n", "title:-:Ci"},
        /* the colon after a note that opens a paragraph is no speech */
        {"Ministerial Statement by Minister Gwendolyn Teo\n\nMr Speaker, Sir, in Mandarin, please.\n\n"
         "(In English): Sir, let me conclude.\n", "stage:-:(In English)\nspeech:s1:Sir, let me conclude.\n", ": Sir"},
        /* a date, a dash and a delivery note on one line */
        {"D\xC3\xA9" "claration de M. Herv\xC3\xA9 Delorme, Pr\xC3\xA9sident de la R\xC3\xA9publique, \xC3\xA0 Dakar.\n\n"
         "24 octobre 2025 - Seul le prononc\xC3\xA9 fait foi\n\nMesdames et Messieurs,\n\nJe suis heureux d'\xC3\xAAtre \xC3\xA0 Dakar.\n",
         "meta:-:24 octobre 2025 - Seul le prononc\xC3\xA9 fait foi\n", NULL},
        /* a single exchange with names on their own lines, one of them the header's */
        {"Interview de Mme Claire Vautrin, ministre, \xC3\xA0 France Horizon le 12 novembre 2025.\n\n"
         "BERTRAND LAMOUREUX\nBonjour Claire Vautrin. Le plan est-il pr\xC3\xAAt ?\n\nCLAIRE VAUTRIN\nBonjour. Oui, il est pr\xC3\xAAt.\n",
         "speech:s1:Bonjour Claire Vautrin.\nspeech:s1:Le plan est-il pr\xC3\xAAt ?\nspeech:s2:Bonjour.\n", "LAMOUREUX"},
        /* the speaker's name alone over her words is no speech of hers */
        {"Remarks by Ana Ruiz at the Harbour Forum\n\nANA RUIZ\nThank you all for coming.\n",
         "speech:s1:Thank you all for coming.\n", "RUIZ\n"},
        /* a heading in capitals right over its paragraph, no blank line between */
        {"Remarks by Ana Ruiz at the Harbour Forum\n\nThank you all for coming.\n\nNEXT STEPS\nWe will build three piers.\n"
         "And a quay.\n", "heading:-:NEXT STEPS\nspeech:s1:We will build three piers.\n", "speech:s1:NEXT"},
        /* a quotation under its speaker's name in a release: theirs, then the narrator's */
        {"Governor signs housing bill\n\n\"Families shouldn't wait a year for a permit,\" said Governor Miranda Ashworth.\n\n"
         "Senator Teodoro Ruelas: \"I'm grateful to the Governor for signing this bill.\"\n\n"
         "The funding includes $52 million for water system repairs.\n",
         "speech:s1:\"Families shouldn't wait a year for a permit,\"\nspeech:-:said Governor Miranda Ashworth.\n"
         "speech:-:Senator Teodoro Ruelas:\nspeech:s2:\"I'm grateful to the Governor for signing this bill.\"\nspeech:-:The funding includes", NULL},
        /* an "and" inside a department's name names no one; a bench's field; a site's footer */
        {"Minister announces funding for rural water schemes\n\nFrom: Department of Housing, Local Government and Heritage\n"
         "Published on: 5 November 2025\n\nThe Minister of State, Aoife Dunleavy TD, today announced funding.\n\n"
         "Part of\nWater Services Policy\n", "speech:-:The Minister of State", "Water Services"},
        {"PRESS SUMMARY\n\n12 November 2025\n\nJUSTICES: Lord Reed (President), Lord Hodge (Deputy President), Lady Simler\n\n"
         "The Supreme Court unanimously allows the appeal.\n", "meta:-:JUSTICES: Lord Reed", "speech:s1"},
        /* a French lead-in is the narrator's, the links under the statement are not read */
        {"D\xC3\xA9" "claration de la premi\xC3\xA8re ministre \xC3\xA0 l'occasion de la Journ\xC3\xA9" "e nationale de l'Acadie\n\n"
         "La premi\xC3\xA8re ministre H\xC3\xA9l\xC3\xA8ne Bastarache a fait aujourd'hui la d\xC3\xA9" "claration suivante :\n\n"
         "\xC2\xAB Aujourd'hui, nous c\xC3\xA9l\xC3\xA9" "brons.\n\n\xC2\xAB Bonne f\xC3\xAAte \xC3\xA0 tous! \xC2\xBB\n\n"
         "Liens connexes\nPlan d'action 2023-2028\n",
         "meta:-:La premi\xC3\xA8re ministre H\xC3\xA9l\xC3\xA8ne Bastarache a fait aujourd'hui la d\xC3\xA9" "claration suivante :\n"
         "speech:s1:\xC2\xAB Aujourd'hui", "Plan d'action"},
        /* a closing dateline under a speech is the record's, and dates it */
        {"Discurso de S.E. el Presidente de la Rep\xC3\xBA" "blica, Tom\xC3\xA1s Arancibia Rojas, en Coyhaique\n\n"
         "Muy buenos d\xC3\xAD" "as:\n\nHoy es un d\xC3\xAD" "a esperado. Muchas gracias.\n\n*****\n\nCoyhaique, 11 de noviembre de 2025.\n",
         "meta:-:Coyhaique, 11 de noviembre de 2025.\n", NULL},
        /* a lead-in in capitals that no label holds ("ARE SAYING") is a heading; the
         * name over a quotation is read as its attribution */
        {"Governor signs housing bill\n\nGovernor Miranda Ashworth today signed SB 1147.\n\nWHAT LAWMAKERS ARE SAYING:\n\n"
         "Senator Teodoro Ruelas: \"I'm grateful to the Governor for signing this bill.\"\n",
         "heading:-:WHAT LAWMAKERS ARE SAYING:\nspeech:-:Senator Teodoro Ruelas:\nspeech:s1:\"I'm grateful", NULL},
        /* a dateline opens the body's first paragraph; a sentence whose subject is a
         * kind is no kind line; a Swiss page's footer */
        {"Le Conseil f\xC3\xA9" "d\xC3\xA9ral adopte le message sur la loi\n\n"
         "Berne, 14.11.2025 - Lors de sa s\xC3\xA9" "ance, le Conseil f\xC3\xA9" "d\xC3\xA9ral a adopt\xC3\xA9 le message relatif au climat.\n\n"
         "Le message sera transmis au Parlement.\n\nAdresse pour l'envoi de questions\n\nService de communication, info@example.ch\n\n"
         "Auteur\n\nLe Conseil f\xC3\xA9" "d\xC3\xA9ral\n",
         "speech:-:Berne, 14.11.2025 - Lors de sa s\xC3\xA9" "ance, le Conseil f\xC3\xA9" "d\xC3\xA9ral a adopt\xC3\xA9 le message relatif au climat.\n"
         "speech:-:Le message sera transmis au Parlement.\n", "Auteur"},
        {"Department adopts the plan\n\nWashington, March 5, 2025 - At its meeting on Tuesday, the Department adopted the plan it drafted.\n\n"
         "The plan goes to Congress.\n", "speech:-:Washington, March 5, 2025 - At its meeting", NULL},
        /* an account in brackets after a dateline */
        {"Bogot\xC3\xA1, 10 de noviembre de 2025 (@MinAmbienteCo).\n\nCOMUNICADO DE PRENSA No. 147\n\n"
         "Gobierno declara alerta roja por incendios forestales en 63 municipios\n\nEl Ministerio declar\xC3\xB3 este lunes la alerta roja.\n",
         "meta:-:Bogot\xC3\xA1, 10 de noviembre de 2025 (@MinAmbienteCo).\n", "heading"},
        /* a sign-off under the last paragraph: who signs and when, the narrator's */
        {"STATE HOUSE PRESS RELEASE\n\nPresident Kolawole Adewale on Tuesday commissioned the pipeline.\n\n"
         "Chief Dayo Fashola-Idowu\nSpecial Adviser to the President\n(Information & Strategy)\nNovember 11, 2025\n",
         "meta:-:Chief Dayo Fashola-Idowu\nmeta:-:Special Adviser to the President\n", "stage"},
        /* "Background" first in the body is a section; at the foot, the notes */
        {"Remarks by Ana Ruiz at the Harbour Forum\n\nBackground\n\nThe forum met in May.\n\nRemarks\n\n"
         "Thank you all for coming.\n\nBackground\n\nThe forum is funded by the council.\n",
         "heading:-:Background\nspeech:s1:The forum met in May.\n", "note:-:The forum met"},
        /* two quotations under their speakers' names, one title no list knows */
        {"Governor signs housing bill\n\nThe Governor today signed SB 1147.\n\nWHAT LAWMAKERS ARE SAYING:\n\n"
         "Senator Teodoro Ruelas: \"I'm grateful to the Governor.\"\n\n"
         "Assemblymember Kristin Dahl: \"Today that changes.\"\n\nThe funding includes repairs.\n",
         "speech:-:Assemblymember Kristin Dahl:\nspeech:s2:\"Today that changes.\"\nspeech:-:The funding includes repairs.\n", NULL},
        /* the Spanish-language end mark */
        {"Comunicado\n\nLa campa\xC3\xB1" "a concluir\xC3\xA1 el 31 de marzo.\n\n---oo0oo---\n\noOo\n", "speech:-:La campa", "oo"},
        /* « Participants : … » (a space before the colon, as French sets it) is a
         * header field, no turn; « -FIN- » ends it */
        {"Conf\xC3\xA9rence de presse du Conseil f\xC3\xA9" "d\xC3\xA9ral\n\n22 janvier 2025\n\n"
         "Participants : Mme Claudine Rochat, conseill\xC3\xA8re f\xC3\xA9" "d\xC3\xA9rale ; M. Urs Kern, directeur.\n\n"
         "Mme Rochat : Merci. Le Conseil a d\xC3\xA9" "cid\xC3\xA9.\n\n-FIN-\n\nService de presse\n",
         "meta:-:Participants : Mme Claudine Rochat", "heading"},
        /* a bench's signatures under a judgment: the narrator's, no chapter */
        {"Judgment\n\n4 March 2025\n\nThe appeal is allowed.\n\n.......................J.\n[SURYA PRAKASH MENON]\n\n"
         ".......................J.\n[LATA KRISHNAN]\n\nNEW DELHI;\nMARCH 04, 2025.\n",
         "meta:-:.......................J. [SURYA PRAKASH MENON]\nmeta:-:.......................J. [LATA KRISHNAN]\n", "heading"},
        /* "Published: 14:32 12 March 2024": the hour before the date */
        {"Man charged after assault\n\nPublished: 14:32 12 March 2024\n\nA man has been charged.\n",
         "meta:-:Published: 14:32 12 March 2024\n", NULL},
        /* a date and a town over the headline: the headline titles */
        {"March 2, 2025\nAlbany, NY\n\nAudio & Rush Transcript: Governor Roe is a Guest on WXYZ\n\n"
         "Earlier today, Governor Ann Roe was a guest on WXYZ.\n\nJoe Smith, WXYZ: Welcome.\n\nGovernor Roe: Thank you.\n",
         "title:-:Audio & Rush Transcript: Governor Roe is a Guest on WXYZ\n", "title:-:Albany"},
        /* a release's first paragraph that names an event is its news, not a note
         * about the statement: an office that acted, an event further on */
        {"Ministry welcomes agreement\n\nThe Ministry welcomed the agreement signed in Geneva following a "
         "hearing.\n\nIt enters into force next year.\n",
         "speech:-:The Ministry welcomed the agreement signed in Geneva following a hearing.\n", "meta"},
        {"Statement on flight NW 2417\n\nFamilies may call the helpline.\n\nWe will say more at noon.\n",
         "speech:-:Families may call the helpline.\n", "meta"},
        /* a record's line of what the meeting did: the narrator's */
        {"First Minister's Question Time\n\nThursday 6 November 2025\n\nThe Presiding Officer (Alison Baird): "
         "That concludes questions.\n\n12:47\n\nMeeting suspended.\n\n14:00\n\nOn resuming\xE2\x80\x94\n\n"
         "The Presiding Officer: Good afternoon.\n",
         "stage:-:Meeting suspended.\nstage:-:On resuming\xE2\x80\x94\nspeech:s1:Good afternoon.\n", "heading"},
        /* a table set as text in an answer: its rows are the answer's, no headings, and
         * the answer goes on in the same voice */
        {"LCQ7: Public rental housing\n\nQuestion:\n\nHow many applicants are there?\n\nReply:\n\nPresident,\n\n"
         "The numbers are set out below:\n\nYear | Applicants\n2023 | 133 200\n2024 | 123 500\n\n"
         "The first project started in March 2025.\n",
         "speech:s2:2023 | 133 200\nspeech:s2:2024 | 123 500\nspeech:s2:The first project started in March 2025.\n",
         "heading"},
        /* a parliament's numbered questions: the member's turn, the number and seat not read */
        {"First Minister's Question Time\n\nThursday 6 November 2025\n\nFerry Services\n\n"
         "1. Fiona Drummond (Lothian) (Con): To ask the First Minister when the ferry will sail.\n\n"
         "The First Minister (Callum Rennie): It is expected next year.\n\nBus Services\n\n"
         "2. Kenneth Macaskill (Na h-Eileanan an Iar) (SNP): To ask the First Minister about buses.\n\n"
         "The First Minister: We are investing.\n",
         "speech:s1:To ask the First Minister when the ferry will sail.\nspeech:s2:It is expected next year.\n"
         "heading:-:Bus Services\nspeech:s3:To ask the First Minister about buses.\nspeech:s2:We are investing.\n",
         "list"},
        /* a letter signed at its foot: the signer's words; the signature the narrator's */
        {"Statement from the Vice-Chancellor on industrial action\n\n12 May 2025\n\nDear colleagues,\n\n"
         "We have offered a 3.5% pay award.\n\nWith best wishes,\n\nProfessor Eleanor Whitcombe\nVice-Chancellor\n",
         "speech:s1:Dear colleagues,\nspeech:s1:We have offered a 3.5% pay award.\nspeech:s1:With best wishes,\n"
         "meta:-:Professor Eleanor Whitcombe\nmeta:-:Vice-Chancellor\n", NULL},
        {"Open letter to the Minister\n\nDear Minister,\n\nWe write about the ferry.\n\nYours sincerely,\nJane Okafor\n"
         "Chair, Harbour Residents Association\n",
         "speech:s1:We write about the ferry.\nspeech:s1:Yours sincerely,\nmeta:-:Jane Okafor\n", NULL},
        /* an organisation over its unit is no person: the release is the narrator's,
         * the quotation its commander's */
        {"U.S. Coast Guard\nDistrict Eleven Public Affairs\nContact: D11 Public Affairs\nOffice: 510-555-0131\n"
         "After Hours: 510-555-0188\n\nCoast Guard continues search for missing boaters\n\n"
         "The Coast Guard is searching for two boaters near the point.\n\n"
         "\"We are doing everything we can,\" said Cmdr. Elise Navarro, mission coordinator.\n\n-USCG-\n",
         "speech:-:The Coast Guard is searching for two boaters near the point.\nspeech:s1:\"We are doing everything we can,\"",
         "USCG"},
        /* a quotation after "has been clear:", and a family's statement in a voice of its own */
        {"Press release\n\nPresident Harlan has been clear: \"We will build a grid. It will be strong.\"\n",
         "speech:s1:It will be strong.\"\n", NULL},
        {"Family pay tribute to man who died\n\nThe family of a 72-year-old man have paid tribute to him.\n\n"
         "In a statement, his family said:\n\n\"Ken was a devoted husband for 49 years.\n\n"
         "\"We ask that the media respect our privacy.\"\n",
         "speech:s1:\"Ken was a devoted husband for 49 years.\n", NULL},
        /* what a record or a page says after the last turn: the narrator's */
        {"Regular press conference\n\nSpokesperson Mao: Good afternoon.\n\nReporter: Will China retaliate?\n\n"
         "Spokesperson Mao: I'd refer you to the authorities.\n\nThe press conference concluded at 16:12.\n",
         "stage:-:The press conference concluded at 16:12.\n", NULL},
        {"Debate\n\nPresident. \xE2\x80\x93 The next item.\n\nMartin K\xC3\xB6hler: We must go further. "
         "(The speaker agreed to take a blue-card question)\n\nPieter de Vries: Do you agree?\n",
         "stage:-:(The speaker agreed to take a blue-card question)\n", NULL},
        /* a letter's salutation is no turn; a newsroom's byline is no speaker */
        {"Congressional Record\n\nMr. HALVORSEN. Mr. President, I rise in support.\n\nMs. PELLETIER. Mr. President, "
         "I ask that a letter be printed.\n\nDear Senator Halvorsen: On behalf of our hospitals, we support the bill.\n",
         "Dear Senator Halvorsen: On behalf", NULL},
        {"TRANSCRIPT: Police Chief Dana Whitfield press conference\nPublished: Saturday, July 12, 2025\nBy Metro Desk Staff\n\n"
         "Below is a transcript of the press conference. It has been edited for length.\n\n"
         "CHIEF WHITFIELD: Good evening.\n\nREPORTER: A motive?\n\nCHIEF WHITFIELD: Not at this time.\n",
         "meta:-:Below is a transcript of the press conference.\nmeta:-:It has been edited for length.\n"
         "speech:s1:Good evening.\nspeech:s2:A motive?\n", NULL},
        /* an office addressed ("Mr. Speaker, Build Canada Homes will …") names no one */
        {"House of Commons Debates\nTuesday, June 10, 2025\n\nMr. Garnett Wiebe (Kelowna, CPC):\n"
         "Mr. Speaker, housing starts fell.\n\nHon. Greg Fergusson (Minister of Housing, Lib.):\n"
         "Mr. Speaker, Build Canada Homes will double the pace.\n\nThe Speaker:\nOrder.\n\nMr. Garnett Wiebe:\n"
         "Mr. Speaker, double zero is still zero.\n",
         "speech:s3:Order.\n", NULL},
        /* Hansard's "The Prime Minister (Name)" over a turn, then "The Prime Minister": one person */
        {"Engagements\nVolume 768: debated on Wednesday 11 June 2025\n\nSarah Whitcombe (Stroud Vale) (Lab)\n"
         "If he will list his engagements.\n\nThe Prime Minister (Sir Keith Harlow)\nThis morning I had meetings.\n\n"
         "Sarah Whitcombe\nWill he visit?\n\nThe Prime Minister\nI would be delighted to visit.\n",
         "speech:s2:This morning I had meetings.\nspeech:s1:Will he visit?\nspeech:s2:I would be delighted to visit.\n",
         "s3"},
        /* Hansard's question number and reference before a member's name line */
        {"Engagements\nVolume 768: debated on Wednesday 11 June 2025\n\nQ1. [904512] Sarah Whitcombe (Stroud Vale) (Lab)\n"
         "If he will list his engagements.\n\nThe Prime Minister (Sir Keith Harlow)\nThis morning I had meetings.\n\n"
         "Sarah Whitcombe\nWill he visit?\n",
         "speech:s1:If he will list his engagements.\nspeech:s2:This morning I had meetings.\nspeech:s1:Will he visit?\n",
         "904512"},
        /* a record's volume and number, its year in words: no title; the subject is */
        {"House of Commons Debates\nVOLUME 152 NUMBER 017\n1st SESSION 45th PARLIAMENT\n\nTuesday, June 10, 2025\n\n"
         "Oral Questions\n\nMr. Garnett Wiebe (Kelowna, CPC):\nMr. Speaker, housing starts fell.\n",
         "title:-:Oral Questions\n", "title:-:VOLUME"},
        {"United Nations\nS/PV.9921\nSecurity Council\nEightieth year\n9921st meeting\nTuesday, 20 May 2025, 10 a.m.\n\n"
         "The situation in the Middle East\n\nThe President: I give the floor to Ms. Lassen.\n\n"
         "Ms. Lassen (Denmark): Denmark calls for access.\n",
         "title:-:The situation in the Middle East\n", "title:-:Eightieth"},
        /* a council record's roster with dot leaders: the header's, not the President's words */
        {"Security Council\n9921st meeting\nTuesday, 20 May 2025, 10 a.m.\nNew York\n\n"
         "President: Mr. Hassan ........ (Somalia)\n\nMembers: Algeria ........ Mr. Bendjama\n"
         "Denmark ........ Ms. Lassen\n\nThe President: I give the floor to Ms. Lassen.\n\n"
         "Ms. Lassen (Denmark): Denmark calls for access.\n",
         "meta:-:President: Mr. Hassan ........ (Somalia)\n", "speech:s1:Mr. Hassan"},
        /* a court's caption without rules: the header's, and the title under it */
        {"UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\n"
         "DARREN M. KESSLER,\nDefendant.\n\nTRANSCRIPT OF SENTENCING HEARING\nPortland, Oregon\nMonday, March 3, 2025\n\n"
         "THE COURT: Good afternoon.\n\nMR. REYES: Paul Reyes for the United States.\n",
         "meta:-:Plaintiff,\nmeta:-:v.\nmeta:-:DARREN M. KESSLER,\nmeta:-:Defendant.\ntitle:-:TRANSCRIPT OF SENTENCING HEARING\n",
         "title:-:Plaintiff"},
        /* a court's examination: Q. is the examining lawyer's, A. the witness's */
        {"TRANSCRIPT OF SENTENCING HEARING\nMonday, March 3, 2025\n\nTHE COURT: Mr. Reyes, you may call your witness.\n\n"
         "MR. REYES: The government calls Special Agent Maria Chen.\n\nMS. O'DOWD: No objection.\n\n"
         "DIRECT EXAMINATION\nBY MR. REYES:\n\nQ. Agent Chen, what was the total loss?\n\nA. About $1.2 million.\n\n"
         "MR. REYES: Nothing further.\n",
         "stage:-:DIRECT EXAMINATION\nstage:-:BY MR. REYES:\nspeech:s2:Agent Chen, what was the total loss?\n"
         "speech:s4:About $1.2 million.\nspeech:s2:Nothing further.\n", "speech:s3:About"},
        /* a short turn that shouts or breaks off is speech, never a heading */
        {"Remarks by Local 1182 President Rosa Delgado-Burke at Labor Day Rally\nSeptember 1, 2025\n\n"
         "DELGADO-BURKE: Brothers and sisters, good afternoon! (Cheers)\n\nI said, GOOD AFTERNOON! (Louder cheers)\n\n"
         "That's better. My name is Rosa, and I'm a bus operator.\n\nCROWD MEMBER: Shame!\n",
         "speech:s1:I said, GOOD AFTERNOON!\n", "heading"},
        /* a dateline, a dash and a sentence under the headline: the body's first paragraph */
        {"ELECTORAL COMMISSION\nMedia Statement\n\nDeclaration of Final Results: Presidential Election, 7 September 2025\n\n"
         "Maribo, 11 September 2025 \xE2\x80\x93 The Commission hereby declares the final results of the election.\n",
         "speech:-:Maribo, 11 September 2025 \xE2\x80\x93 The Commission hereby declares", NULL},
        /* a journalist named with the outlet, then by surname alone: one voice */
        {"Government Press Conference of 14 May 2025\n\nQUESTION (Dr. Weller, dpa): Will the brigade be ready?\n\n"
         "KESSLER: The Minister was quite clear.\n\nQUESTION (Weller): Does that include the soldiers?\n\n"
         "KESSLER: Please ask the Ministry.\n",
         "speech:s1:Will the brigade be ready?\nspeech:s2:The Minister was quite clear.\nspeech:s1:Does that include", "s3"},
        /* the outlet first and the name after it (Japan's briefings) stays one asker;
         * a name and its outlet, then the name alone, one voice */
        {"Press Conference by Press Secretary Kitamura\n\nQUESTION (Jung, Tilo Jung Media): And then?\n\n"
         "Press Secretary Kitamura: Then we wait.\n\nQUESTION (Jung): When?\n\nPress Secretary Kitamura: Soon.\n",
         "speech:s1:And then?\nspeech:s2:Then we wait.\nspeech:s1:When?\n", "s3"},
        /* the Senedd's labels: the Llywydd by her name, a member's letters in both languages */
        {"Plenary - 12/11/2025\n\nQuestions to the First Minister\n\nThe Llywydd (Elin Pryce): The first question is "
         "from Rhys ab Owen.\n\nRhys ab Owen AS/MS: Diolch, Lywydd. What is the plan?\n\n"
         "The First Minister (Gareth Davies): We are investing.\n",
         "speech:s1:The first question is from Rhys ab Owen.\nspeech:s2:Diolch, Lywydd.\n", NULL},
        /* a name of four words with a particle in capitals */
        {"Housing: Statements\n\nDeputy S\xC3\xA9" "amus Mac Giolla Ph\xC3\xA1" "draig: I will be brief.\n\n"
         "Deputy Colm Brannigan: I will revert.\n\nDeputy Mac Giolla Ph\xC3\xA1" "draig: Thank you.\n",
         "speech:s1:I will be brief.\nspeech:s2:I will revert.\nspeech:s1:Thank you.\n", NULL},
        /* a venue under the date: the header's, not the first speaker's words */
        {"PRESS CONFERENCE\n\nThursday, June 4, 2026\nHarbourfront Arena, Halifax, N.S.\n\n"
         "THE MODERATOR: Good afternoon and welcome.\n\nCOMMISSIONER OYELARAN: Thanks, Pat.\n",
         "meta:-:Harbourfront Arena, Halifax, N.S.\n", NULL},
        /* a remarks page's leftovers and its press office's footer: not the speaker's */
        {"Remarks by President Nardini after the European Council\n\nGood evening. Thank you.\n\n"
         "Visit the meeting page\nDownload as pdf\n\nPress office - General Secretariat of the Council\n"
         "Rue de la Loi 175 - B-1048 BRUSSELS - Tel.: +32 (0)2 281 6319\n",
         "speech:s1:Thank you.\n", "s1:Download"},
        /* minutes: the chair who calls the meeting to order speaks none of it */
        {"Council Meeting Minutes\n\nMayor Gwendolyn Abara called the meeting to order at 6:32 p.m.\n\n"
         "Harold Jeske spoke in opposition to the rate increase.\n\nThe meeting was adjourned at 8:14 p.m.\n",
         "speech:-:Harold Jeske spoke in opposition to the rate increase.\n", "s1"},
        /* a contact line under the masthead: one contact; the release after it is the
         * release, with its quotation's voice */
        {"News from the Union\n\nContact: Fiona McAteer, press@utw.org.uk\n\nBus drivers announce strike\n\n"
         "Bus drivers will walk out for 48 hours. The union confirmed it today.\n\n"
         "Driver and workplace rep Tasha Benyon added: \"Our members have not taken this lightly. The money is there.\"\n",
         "meta:-:Contact: Fiona McAteer, press@utw.org.uk\n", "meta:-:Bus drivers"},
        /* a release's label over "Remarks by President …": the remarks are the President's */
        {"PRESS RELEASE\n27 June 2025\n\nRemarks by President Aurelio Nardini after the European Council\n\n"
         "Good evening.\n\nToday we had a long meeting.\n",
         "speech:s1:Good evening.\nspeech:s1:Today we had a long meeting.\n", NULL},
        /* a numbered topic between a briefing's turns, however long: the narrator's */
        {"Press Conference by Press Secretary KOBAYASHI Haruto\n\nWednesday, October 8, 2025, 4:32 p.m.\n\n"
         "Mr. KOBAYASHI: The Foreign Minister of Hungary will visit Japan.\n\n"
         "(2) Emergency Grant Aid in response to the floods in the Republic of Mozambique\n\n"
         "Mr. KOBAYASHI: Japan will extend Emergency Grant Aid to Mozambique.\n",
         "heading:-:(2) Emergency Grant Aid in response to the floods in the Republic of Mozambique\n", "list"},
        /* Philippine briefings: an office's letters and a title before the surname;
         * "USEC." is the byline's undersecretary */
        {"PRESS BRIEFING OF PCO UNDERSECRETARY LULU VILLANUEVA-SANTOS\nAugust 19, 2025\n\n"
         "USEC. VILLANUEVA-SANTOS: Good morning.\n\nDA USEC. MACARAEG: Good morning.\n\n"
         "DND SEC. TEODORO: Good morning.\n\nUSEC. VILLANUEVA-SANTOS: Thank you.\n",
         "speech:s1:Good morning.\nspeech:s2:Good morning.\nspeech:s3:Good morning.\nspeech:s1:Thank you.\n", NULL},
        /* a page's footer whose fields hold a contact's: not the last speaker's words */
        {"Press Secretary Holds a Press Briefing\n\nJuly 22, 2025\n\nCOL. WHITFIELD: Good afternoon.\n\n"
         "Q: Any update?\n\nCOL. WHITFIELD: No update today.\n\nSubscribe to Contracts | Media Inquiries: 703-571-3343\n",
         "meta:-:Subscribe to Contracts | Media Inquiries: 703-571-3343\n", NULL},
        /* a field labelled with the word "date" gives the date */
        {"Harvest Hollow Foods Issues Allergy Alert\n\nCompany Announcement Date: September 09, 2025\n\n"
         "Harvest Hollow Foods is recalling granola bars.\n",
         "meta:-:Company Announcement Date: September 09, 2025\nspeech:-:Harvest Hollow Foods", "heading"},
        /* "Statement from Dr X, Role:" over quotations: the quotations are the person's */
        {"Statement on critical incident\n\nPosted on: 7 January 2026\n\nThe Trust has declared a critical incident.\n\n"
         "Statement from Dr Oluwaseun Adebayo-Clarke, Chief Medical Officer:\n\n\"Our Emergency Department is very busy.\n\n"
         "\"I want to thank our staff.\"\n",
         "speech:s1:\"Our Emergency Department is very busy.\nspeech:s1:\"I want to thank our staff.\"\n", NULL},
        {"Council backs ferry plan\n\nThe European Commission approved the plan after a hearing in "
         "Brussels.\n\nWork starts in May.\n",
         "speech:-:The European Commission approved the plan after a hearing in Brussels.\n", "meta"},
        /* hunt 33: the statement's one labelled line naming whom or what ("Secretary:",
         * "Audience:") is a field the narrator reads, neither a turn nor a heading */
        {"DISCIPLINARY DECISION\n\nIndependent Regulatory Commission\nDate of hearing: 22 September 2025\n\n"
         "Secretary: Ms Ruth Delahay (Judicial Services)\n\nThe Commission found the charge proven.\n\n"
         "The player was suspended for six matches.\n",
         "speech:-:Secretary: Ms Ruth Delahay (Judicial Services)\nspeech:-:The Commission found the charge proven.\n",
         "s1"},
        {"HEALTH ADVISORY\nMeasles exposure alert\n\nDate: 2 December 2025\nAudience: General public; GPs; EDs\n\n"
         "A confirmed case of measles attended the hospital on 29 November.\n\nCheck you have had 2 doses of MMR vaccine.\n",
         "meta:-:Audience: General public; GPs; EDs\nspeech:-:A confirmed case of measles attended", "s1"},
        /* a match report's line-ups and facts, a lead-in over points: fields the narrator
         * reads, no turns; the quotation after them is the Governor's */
        {"Harbourside 2-1 Westmoor Athletic\n\nHarbourside came from behind to beat Westmoor 2-1 on Saturday.\n\n"
         "Harbourside (4-3-3): Whitcombe; Adeyemi, Kowalczyk, O'Dowd (c), Marsh; Byrne, Takahashi, Fry; Doyle, Silva.\n"
         "Westmoor Athletic (3-5-2): Aaberg; Holt, Pellegrini, Dunne; Morales, Kerr, Vance; Barros, Nkemelu.\n\n"
         "Referee: Graham Pike\nAttendance: 18,412\n",
         "speech:-:Harbourside (4-3-3): Whitcombe;", "s1"},
        {"Harbourside 2-1 Westmoor Athletic\n\nHarbourside came from behind to beat Westmoor 2-1 on Saturday.\n\n"
         "Referee: Graham Pike\nAttendance: 18,412\n",
         "speech:-:Referee: Graham Pike\nspeech:-:Attendance: 18,412\n", "s1"},
        {"Governor Signs Heat Emergency Order\n\nGovernor Rosa Delgado today declared a State of Emergency.\n\n"
         "Executive Order:\n  \xE2\x80\xA2 Activates the State Emergency Operations Center;\n  \xE2\x80\xA2 Waives late fees."
         "\n\n\"This heat is dangerous,\" said Governor Delgado. \"Go to a cooling center.\"\n",
         "speech:-:Executive Order:\nlist:-:Activates the State Emergency Operations Center;\n", NULL},
        {"Governor Signs Heat Emergency Order\n\nGovernor Rosa Delgado today declared a State of Emergency.\n\n"
         "The Executive Order:\n  \xE2\x80\xA2 Activates the State Emergency Operations Center;\n  \xE2\x80\xA2 Waives late fees."
         "\n\n\"This heat is dangerous,\" said Governor Delgado. \"Go to a cooling center.\"\n",
         "speech:s1:\"Go to a cooling center.\"\n", NULL},
        /* (a deposition's short answers right under its questions stay turns) */
        {"DEPOSITION OF DANA REYES\n\nMR. HALVORSEN: Where did you work?\nTHE WITNESS: Corvane Logistics\n"
         "MR. HALVORSEN: Your role?\nTHE WITNESS: Shift supervisor\n",
         "speech:s2:Corvane Logistics\n", NULL},
        /* a weather bulletin's lines for machines are not read */
        {"WWUS53 KDMX 142231\nSVSDMX\n\nSevere Weather Statement\nNational Weather Service Des Moines IA\n"
         "531 PM CDT Tue Jun 14 2025\n\nAt 530 PM CDT, a severe thunderstorm was located near Stanhope.\n\n&&\n\n"
         "LAT...LON 4220 9391 4231 9341\nTIME...MOT...LOC 2230Z 262DEG 30KT 4214 9383\n\nMAX HAIL SIZE...1.00 IN\n\n$$\n",
         "title:-:Severe Weather Statement\n", "WWUS53"},
        {"WWUS53 KDMX 142231\nSVSDMX\n\nSevere Weather Statement\nNational Weather Service Des Moines IA\n"
         "531 PM CDT Tue Jun 14 2025\n\nAt 530 PM CDT, a severe thunderstorm was located near Stanhope.\n\n&&\n\n"
         "LAT...LON 4220 9391 4231 9341\nTIME...MOT...LOC 2230Z 262DEG 30KT 4214 9383\n\nMAX HAIL SIZE...1.00 IN\n\n$$\n",
         "MAX HAIL SIZE...1.00 IN\n", "LAT...LON"},
        /* a release's number is no title; an address alone on its line no heading */
        {"Nov 3, 2025\nRELEASE 25-117\n\nNASA Launches Lunar Weather Satellite\n\nA new NASA satellite lifted off "
         "on Monday.\n\nFor more information about the mission, visit:\n\nhttps://www.nasa.gov/lemo\n\n"
         "The satellite will report daily.\n",
         "meta:-:RELEASE 25-117\ntitle:-:NASA Launches Lunar Weather Satellite\n", "heading"},
        {"Nov 3, 2025\nRELEASE 25-117\n\nNASA Launches Lunar Weather Satellite\n\nA new NASA satellite lifted off "
         "on Monday.\n\nFor more information about the mission, visit:\n\nhttps://www.nasa.gov/lemo\n\n"
         "The satellite will report daily.\n",
         "speech:-:https://www.nasa.gov/lemo\nspeech:-:The satellite will report daily.\n", NULL},
        /* a speech handed out under embargo is still a speech; the speaker's name over
         * the occasion's is who speaks, the occasion the title */
        {"Annual General Meeting 2025\nChair's Address - Sir Malcolm Aird\n\nCheck against delivery\n"
         "Embargoed until 11:00 BST, Thursday 15 May 2025\n\nGood morning, ladies and gentlemen. I'm Malcolm Aird, "
         "Chair of your Board.\n\nIt was a year of real progress.\n",
         "speech:s1:It was a year of real progress.\n", "Press release"},
        {"Remarks as Prepared for Delivery\nDr. Naomi Castellanos-Reid\n2025 Commencement Address\nBrightwater College\n"
         "Sunday, May 18, 2025\n\nThank you, President Okonkwo.\n\nThirty-one years ago, I sat where you are sitting now.\n",
         "meta:-:Dr. Naomi Castellanos-Reid\ntitle:-:2025 Commencement Address\n", NULL},
        {"Mayor Celeste Arriaga\n2026 State of the City Address\nFebruary 19, 2026\n\nGood evening, Port Sutton!\n\n"
         "The state of our city is strong.\n",
         "title:-:2026 State of the City Address\n", NULL},
        /* "Statement from X:" over its quotation on the next line: X's, named either way */
        {"League Suspends Hale One Game\n\nBrighton Comets forward Devonte Hale has been suspended.\n\n"
         "Statement from Brighton Comets GM Ana Ruiz:\n\"We respect the league's decision. Devonte knows that.\"\n",
         "speech:-:Statement from Brighton Comets GM Ana Ruiz:\nspeech:s1:\"We respect the league's decision.\n", NULL},
        {"League Suspends Hale One Game\n\nBrighton Comets forward Devonte Hale has been suspended.\n\n"
         "Quote from Ana Ruiz, General Manager:\n\n\"We respect the league's decision.\"\n",
         "speech:s1:\"We respect the league's decision.\"\n", NULL},
        /* a reporter's article: the byline wrote it, the quotations are their speakers' */
        {"Harbourside 2-1 Westmoor Athletic\n\nBy Club Media\n\nHarbourside came from behind to beat Westmoor 2-1.\n\n"
         "\"We were second best for 40 minutes,\" said manager Elaine Rourke. \"But the lads showed real character.\"\n",
         "speech:-:Harbourside came from behind to beat Westmoor 2-1.\nspeech:s1:\"We were second best for 40 minutes,\"\n",
         "s2"},
        {"Harbourside 2-1 Westmoor Athletic\n\nBy Sarah Jones, Club Reporter\n\nHarbourside came from behind to beat "
         "Westmoor 2-1.\n\nIt was a fine game.\n",
         "speech:-:Harbourside came from behind", "s1"},
        {"Harbourside 2-1 Westmoor Athletic\n\nHarbourside (4-3-3): Whitcombe; Adeyemi, O'Dowd (c), Marsh; Fry (Mensah-Lund "
         "62); Doyle, Akintola (Reid 78), Silva.\nSubs not used: Larsen (gk), Quinn, Hale, Ortega.\n",
         "speech:-:Harbourside (4-3-3): Whitcombe;", "s1"},
        /* a company's report: its name over the report's (the title), "Highlights" over
         * its points a heading, not the kind, nor the header's */
        {"Karrawong Resources Limited\nQuarterly Activities Report\n23 October 2025\n\nHighlights\n\n"
         "- Gold production of 48,200 ounces, up 12% on the June quarter\n- Cash and bullion of A$312.4M at 30 September\n\n"
         "Operations\n\nOre mined totalled 1.18 million tonnes.\n",
         "meta:-:Karrawong Resources Limited\ntitle:-:Quarterly Activities Report\nmeta:-:23 October 2025\n"
         "heading:-:Highlights\nlist:-:Gold production of 48,200 ounces", "kind"},
        {"ASX ANNOUNCEMENT\n27 October 2025\n\nKestrel Minerals Limited (ASX: KML)\n\n"
         "QUARTERLY ACTIVITIES REPORT \xE2\x80\x93 SEPTEMBER 2025 QUARTER\n\nHighlights\n"
         "\xE2\x80\xA2 Record quarterly gold production of 41,620 oz\n\xE2\x80\xA2 Cash of A$214.3M\n\n"
         "Kestrel Minerals Limited is pleased to report its activities.\n",
         "meta:-:Kestrel Minerals Limited (ASX: KML)\ntitle:-:QUARTERLY ACTIVITIES REPORT", NULL},
        {"ASX ANNOUNCEMENT\n27 October 2025\n\nKestrel Minerals Limited (ASX: KML)\n\n"
         "QUARTERLY ACTIVITIES REPORT \xE2\x80\x93 SEPTEMBER 2025 QUARTER\n\nHighlights\n"
         "\xE2\x80\xA2 Record quarterly gold production of 41,620 oz\n\xE2\x80\xA2 Cash of A$214.3M\n\n"
         "Kestrel Minerals Limited is pleased to report its activities.\n",
         "heading:-:Highlights\nlist:-:Record quarterly gold production", NULL},
        /* (a page's index of a few words an item stays the header's) */
        {"Department Press Briefing\nApril 8, 2025\n\nIndex for Today's Briefing\n  \xE2\x80\xA2 DEPARTMENT\n"
         "  \xE2\x80\xA2 VELMORA\n\nMS RUIZ: Good afternoon, everyone.\n\nQUESTION: Thanks.\n",
         ":-:Index for Today's Briefing\n", "heading:-:Index"},
        /* a stage's route with its distance is no breadcrumb; a result's lines, each a
         * record, not one paragraph nor a heading */
        {"Tour of the Northern Fells \xE2\x80\x93 Stage 4 Report\nKeswick > Hartside, 168.4km\n\n"
         "Pieter van Aalst won the stage.\n",
         "meta:-:Keswick > Hartside, 168.4km\n", NULL},
        {"Declaration of Result\n\nThe Returning Officer has declared the result.\n\n"
         "Jessica Holloway (Labour) - 11,204 - 37.6%\nMark Prendergast (Reform UK) - 9,871 - 33.1%\n\n"
         "Jessica Holloway - 11,204 - 37.6\n\nJessica Holloway was duly elected.\n",
         "speech:-:Jessica Holloway (Labour) - 11,204 - 37.6%\nspeech:-:Mark Prendergast (Reform UK) - 9,871 - 33.1%\n"
         "speech:-:Jessica Holloway - 11,204 - 37.6\n", "heading"},
        /* an earnings call's "Q - Name" / "A - Name" lines over the turns, "Operator" alone */
        {"Veltrane Systems Inc (VLTN) Q3 2025 Earnings Call\nThursday, November 6, 2025\n\nOperator\n\n"
         "Our first question comes from Raj Bhatnagar of Morgan Finch.\n\nQ - Raj Bhatnagar\n\nHow should we think about "
         "margins?\n\nA - Helen Stroud\n\nWe expect about 100 bps of expansion.\n\nQ - Raj Bhatnagar\n\nAnd capex?\n\n"
         "A - Marcus Oyelaran\n\nRoughly flat.\n",
         "speech:s1:Our first question comes from Raj Bhatnagar of Morgan Finch.\n"
         "speech:s2:How should we think about margins?\nspeech:s3:We expect about 100 bps of expansion.\n"
         "speech:s2:And capex?\nspeech:s4:Roughly flat.\n", "Raj Bhatnagar\nspeech"},
        {"Press briefing\n\n3 March 2025\n\nQ - Was a ransom paid?\n\nA - France does not pay ransoms.\n",
         "speech:s1:Was a ransom paid?\nspeech:s2:France does not pay ransoms.\n", NULL},
        /* a credit under its quotation that ends with a company's "Inc." */
        {"News release\n\nFunding for clean-tech firms\n\nOctober 21, 2025 \xE2\x80\x93 Moncton, New Brunswick\n\n"
         "The Government of Canada is investing $3.4M in 12 firms.\n\nQuotes\n\n\"With this support, we will hire 40 more "
         "people.\"\n\xE2\x80\x93 Luc Arsenault, President and CEO, Therma Inc.\n",
         "speech:s1:\"With this support, we will hire 40 more people.\"\nmeta:-:\xE2\x80\x93 Luc Arsenault", NULL},
        /* a product's name with "My" in it ("Manage My Booking") is no one speaking */
        {"Travel update: strike at Lisbon airport\nLast updated: 6 November 2025\n\nWe have had to cancel some flights on "
         "Friday 7 November.\n\nYou can request a full refund via Manage My Booking or My Trips.\n",
         "speech:-:We have had to cancel", "s1"},
        {"Statement from the family\n\n4 March 2025\n\nMy family and I thank everyone for their kindness. We ask for privacy.\n",
         "speech:s1:My family and I thank everyone", NULL},
        /* (one turn that says something stays a turn) */
        {"Statement on the ruling\n\n3 March 2025\n\nSpokesperson Ana Ruiz: We will not comment on the case.\n\n"
         "The ministry will study the ruling.\n",
         "speech:s1:We will not comment on the case.\n", NULL},
        /* a quotation and the audience's answer to it, in French marks: the paragraph
         * is no page's breadcrumb (" » " once dropped it, unread) nor a heading */
        {"Discours du maire\n\nSeul le prononc\xC3\xA9 fait foi\n\nNous avons gagn\xC3\xA9.\n\n"
         "Il disait : \xC2\xAB Jamais de la vie. \xC2\xBB (Applaudissements)\n\nFin du discours.\n",
         "speech:s1:Il disait : \xC2\xAB Jamais de la vie. \xC2\xBB\nstage:-:(Applaudissements)\nspeech:s1:Fin du discours.\n",
         "heading:"},
        {"Discours du ministre\n\nSeul le prononc\xC3\xA9 fait foi\n\nCharles disait : \xC2\xAB La France est grande. "
         "\xC2\xBB (Rires) Je le crois aussi.\n",
         "stage:-:(Rires)\nspeech:s1:Je le crois aussi.\n", NULL},
        /* (the same after '"' and ”: a sentence, the cue after it the narrator's) */
        {"Speech by the Mayor\n\nCheck against delivery\n\nWe won.\n\nAs my grandmother said, \"Never trust a man.\" "
         "(Laughter)\n\nThank you.\n",
         "speech:s1:As my grandmother said, \"Never trust a man.\"\nstage:-:(Laughter)\nspeech:s1:Thank you.\n", "heading:"},
        {"Speech by the Mayor\n\nCheck against delivery\n\nWe won.\n\nShe told me, \xE2\x80\x9CKeep going.\xE2\x80\x9D "
         "(Applause)\n\nThank you.\n",
         "stage:-:(Applause)\nspeech:s1:Thank you.\n", "heading:"},
        /* the French parliament's record: an office in words of any case after the
         * comma, a group in brackets after the name */
        {"Compte rendu int\xC3\xA9gral\n\nMme la pr\xC3\xA9sidente. La parole est au ministre.\n\n"
         "M. Marc Fesneau, ministre de l\xE2\x80\x99" "agriculture et de la souverainet\xC3\xA9 alimentaire. Je vous "
         "remercie.\n\nMme Sophie Martin (EPR). Ce n\xE2\x80\x99" "est pas suffisant !\n\n"
         "Mme Clara Roux, ministre d\xC3\xA9l\xC3\xA9gu\xC3\xA9" "e charg\xC3\xA9" "e du num\xC3\xA9rique. Merci.\n",
         "speech:s2:Je vous remercie.\nspeech:s3:Ce n\xE2\x80\x99" "est pas suffisant !\nspeech:s4:Merci.\n",
         "speech:s1:M. Marc"},
        /* (a sentence about a minister, his office after the comma, is no label) */
        {"Communiqu\xC3\xA9 de presse\n\nM. Marc Dupont, ministre de l\xE2\x80\x99" "agriculture, a annonc\xC3\xA9 que "
         "les prix baisseront. Ils ont baiss\xC3\xA9.\n\nLe minist\xC3\xA8re le confirme.\n",
         "speech:-:Ils ont baiss\xC3\xA9.\n", "speech:s1"},
        /* the Congressional Record's chair for the day, and what the House does between
         * the turns: the narrator's */
        {"Congressional Record\n\nMr. McGOVERN. Mr. Speaker, I reserve the balance of my time.\n\n"
         "The SPEAKER pro tempore. The gentleman from Massachusetts reserves.\n\nThe yeas and nays were ordered.\n",
         "speech:s2:The gentleman from Massachusetts reserves.\nstage:-:The yeas and nays were ordered.\n",
         "speech:s1:The SPEAKER"},
        {"House of Commons\n\nMr Smith (Eastbourne) (LD): Will the Minister give way?\n\nQuestion put.\n\n"
         "The House divided: Ayes 312, Noes 254.\n\nOrdered,\n\nThat the Bill be read a Second time.\n",
         "speech:s1:Will the Minister give way?\nstage:-:Question put.\nstage:-:The House divided: Ayes 312, Noes 254.\n"
         "stage:-:Ordered,\nstage:-:That the Bill be read a Second time.\n", NULL},
        /* names alone over words a person says: each name speaks what is under it */
        {"Remarks by the Governor\n\nJane Holt\n\nGood morning. Rates are unchanged.\n\nTom Price\n\n"
         "Thank you, Governor. I will add one point.\n",
         "speech:s1:Good morning.\nspeech:s1:Rates are unchanged.\nspeech:s2:Thank you, Governor.\n", "heading:"},
        /* "For media:" opens the contacts, and asks no question: the fields above it
         * stay fields */
        {"Recall notice\n\nUpdate 2: Acme recalls kettles.\n\nIssue: The lid may detach.\n\n"
         "For media: Press office, 0800 123 4567.\n",
         "speech:-:Issue: The lid may detach.\nmeta:-:For media: Press office, 0800 123 4567.\n", "s1"},
        /* "CC:" over sentences is the Chief Constable, not a copy's field */
        {"Press conference transcript\n\nCC: Good morning. We received a call at 6am.\n\nQ: Was he known to police?\n\n"
         "CC: I cannot say.\n",
         "speech:s1:Good morning.\nspeech:s1:We received a call at 6am.\nspeech:s2:Was he known to police?\n"
         "speech:s1:I cannot say.\n", "meta:-:CC"},
        /* an organisation's name, a colon, a headline: no one's turn, and the release
         * after it the narrator's */
        {"Press release\n\n24 July 2025\n\nVandermeer Group: H1 2025 results\n\nRevenue rose 7% to EUR 4.5bn.\n\n"
         "Marc Dubois, CEO: \"We delivered solid growth.\"\n\nThe Group confirms its outlook for 2025.\n",
         "speech:-:Vandermeer Group: H1 2025 results\nspeech:-:Revenue rose 7% to EUR 4.5bn.\n", "speech:s2:"},
        /* a quotation before a transcript's first turn is the quoted person's */
        {"Council statement on fire\n\n14 February 2025\n\nPriya Mehta, Leader of the Council, said: \"We are working "
         "hard.\"\n\nQ: Was cladding a factor?\nA: It is too early to say.\n",
         "speech:s1:\"We are working hard.\"\n", NULL},
        /* "Q – Outlet:": the outlet is announced, the question asked; an interview's
         * standfirst ("Conducted by …") is the publisher's */
        {"Press conference\n\nSUPT WALSH: Good morning.\n\nQ \xE2\x80\x93 ITV Central: Was he known to police?\n\n"
         "SUPT WALSH: I cannot say.\n",
         "speech:s2:Was he known to police?\n", "ITV Central:"},
        /* "… in Downing Street." ends a sentence ("Street" is no abbreviation): the
         * header's note, and the opening is the Prime Minister's */
        {"PM press conference remarks: 3 February 2025\n\nPrime Minister Rowan Hale held a press conference in Downing "
         "Street.\n\nGood afternoon. I'll take some questions.\n\nChris Mason, BBC:\nWhy now?\n\nPrime Minister:\n"
         "Because the numbers are moving.\n",
         "speech:s1:Good afternoon.\nspeech:s1:I'll take some questions.\nspeech:s2:Why now?\nspeech:s1:Because", NULL},
        {"Sir Alan Prewitt on leaving the Bank\n\nInterview by Rosa Kent\n\nQ. Which crisis was worst?\n"
         "A. 2008, without question.\n",
         "speech:s1:Which crisis was worst?\nspeech:s2:2008, without question.\n", NULL},
        /* a label and a code at a release's foot is no heading, and the paragraph over
         * it stays the body's */
        {"RNS Number : 4821K\nHarwick Minerals PLC\n14 May 2025\n\nDrilling Update\n\nHarwick Minerals PLC is pleased "
         "to announce assay results.\n\nLEI: 213800ABCDEF12345678\n\nThis information is provided by RNS.\n",
         "speech:-:Harwick Minerals PLC is pleased to announce assay results.\nspeech:-:LEI: 213800ABCDEF12345678\n", NULL},
        /* a Lords question: "Asked by" the member, then one answer under "Name (Party)" */
        {"House of Lords\nWednesday 6 December 2023\n\nAsked by Baroness Whitfield\n\nTo ask His Majesty's Government "
         "what assessment they have made of sewage discharges.\n\nLord Fenwick of Alder (Con)\nMy Lords, the "
         "Environment Agency recorded 301,091 spills.\n",
         "speech:s1:To ask His Majesty's Government what assessment they have made of sewage discharges.\n"
         "speech:s2:My Lords, the Environment Agency recorded 301,091 spills.\n", "Alder (Con)"},
        /* an Australian minister's transcript: "SUBJECTS:" and its list are the header's */
        {"TRANSCRIPT\nTHE HON MARGARET ELLISON MP\nINTERVIEW WITH PATRICK DOYLE, ABC RN BREAKFAST\nTHURSDAY, 14 MARCH "
         "2024\n\nSUBJECTS: Housing supply; interest rates.\n\nDOYLE: Minister, good morning.\n\nELLISON: Good "
         "morning, Patrick.\n",
         "meta:-:SUBJECTS: Housing supply; interest rates.\n", NULL},
        /* "Question and Answer" over the questions: a heading, no one called Question */
        {"Press Conference by Foreign Minister TAKEDA Hiroshi\n\nTuesday, March 4, 2025\n\nMain topics:\n1. Visit to "
         "Korea\n\nOpening Remarks\n\nMinister Takeda: I have one announcement today.\n\nQuestion and Answer\n\n"
         "Kyodo News, Sato: Will you raise the issue?\n\nMinister Takeda: I will refrain from commenting.\n",
         "heading:-:Question and Answer\n", NULL},
        /* a magazine interview that labels only its questions: the paragraph after each
         * is the answer, in the voice of the one the title names */
        {"Sir Alan Prewitt on leaving the Bank\n\nInterview by Rosa Kent\n\nQ: Which crisis was worst?\n\n2008, without "
         "question. It was hard.\n\nQ: And now?\n\nNow I rest.\n",
         "speech:s1:Which crisis was worst?\nspeech:s2:2008, without question.\nspeech:s2:It was hard.\n"
         "speech:s1:And now?\nspeech:s2:Now I rest.\n", NULL},
        /* ... but where the answers have labels of their own, an unlabelled paragraph after
         * a question is still the asker's */
        {"Briefing\n\nMS. RUIZ: Good afternoon.\n\nQ: Two questions. First, on the budget?\n\nAnd second, on the "
         "ferry?\n\nMS. RUIZ: Both are in hand.\n",
         "speech:s2:Two questions.\nspeech:s2:First, on the budget?\nspeech:s2:And second, on the ferry?\n", NULL},
        /* the editor's note after the last turn, set in italics: the narrator's */
        {"The Current\n\nMATT GALLOWAY: Brenda, thank you.\n\nBRENDA KOEHLER: Thank you.\n\n"
         "*This transcript has been edited for length and clarity.*\n",
         "note:-:*This transcript has been edited for length and clarity.*\n", NULL},
        /* an earnings call with no list of participants: "Operator" and the names alone
         * over their words are turns */
        {"Northwind Robotics Inc. (NWR) Q3 2025 Earnings Call Transcript\n\nOperator\n\nGood afternoon. This call is "
         "being recorded.\n\nMarcus Lee\n\nRevenue was $412.5 million, up 18%.\n",
         "speech:s1:Good afternoon.\nspeech:s1:This call is being recorded.\nspeech:s2:Revenue was $412.5 million, up 18%.\n",
         "heading:"},
        /* a Singapore minister's speech: the byline's date and venue name no one, the
         * guest of honour under it does not speak, "Ladies and gentlemen" is no heading */
        {"Speech by Minister for Trade and Industry Mr Tan Wei Ming at the Manufacturing Summit 2025 on 12 February "
         "2025\n\nMr Lim Boon Keng, President, Singapore Manufacturing Federation\n\nLadies and gentlemen\n\n"
         "Good morning. I am happy to join you today.\n",
         "speech:s1:Ladies and gentlemen\nspeech:s1:Good morning.\n", "heading:"},
        /* "Amna Nawaz:" alone over her first turn, another's label a paragraph later: her
         * turn, not a heading and the narrator's */
        {"PBS NewsHour\nJanuary 30, 2024\n\nAmna Nawaz:\n\nJoining us now is Senator Todd Whitaker. Senator, "
         "welcome.\n\nSen. Todd Whitaker (R-MT):\n\nThank you, Amna.\n",
         "speech:s1:Joining us now is Senator Todd Whitaker.\nspeech:s1:Senator, welcome.\nspeech:s2:Thank you, Amna.\n",
         "heading:"},
        /* the Lords' "Noble Lords: Oh!", Canberra's "Opposition members interjecting—",
         * the Congressional Record's own account of a bill: no member's words */
        {"House of Lords\nWednesday 6 December 2023\n\nWater Companies: Sewage Discharges\n\nBaroness Whitfield (Lab)\n"
         "My Lords, does the Minister accept that monitoring covers only 91% of overflows?\n\nNoble Lords: Oh!\n\n"
         "Lord Fenwick of Alder (Con)\nMy Lords, 100% will be monitored.\n",
         "stage:-:Noble Lords: Oh!\n", NULL},
        {"HOUSE OF REPRESENTATIVES\nThursday, 8 February 2024\n\nDr FARRELL (Ryde\xE2\x80\x94Treasurer) (14:21): Inflation "
         "has moderated.\n\nOpposition members interjecting\xE2\x80\x94\n\nMr DUTTON interjecting\xE2\x80\x94\n\n"
         "The SPEAKER: Order!\n",
         "stage:-:Opposition members interjecting\xE2\x80\x94\nstage:-:Mr DUTTON interjecting\xE2\x80\x94\n", NULL},
        {"Congressional Record\n\n  Mr. HALE. Madam President, I ask unanimous consent that S. 1422 be passed.\n"
         "  The PRESIDING OFFICER. Without objection, it is so ordered.\n  The bill (S. 1422) was ordered to be "
         "engrossed for a third reading, was read the third time, and passed.\n",
         "note:-:The bill (S. 1422) was ordered to be engrossed for a third reading, was read the third time, and "
         "passed.\n", NULL},
        /* an inquiry: "Q." under counsel's turn is counsel's, "A." the witness's; the
         * witness called ("(affirmed)") and "Questions by …" set who answers and asks */
        {"THE GRENFORD INQUIRY\nDay 14 - Tuesday, 9 May 2023\n\nMR LAWSON KC: The first witness is Mr David Fenn.\n\n"
         "Q. Mr Fenn, were you the facilities manager?\nA. That's correct.\n",
         "speech:s1:The first witness is Mr David Fenn.\nspeech:s1:Mr Fenn, were you the facilities manager?\n"
         "speech:s2:That's correct.\n", NULL},
        {"THE GRENFORD INQUIRY\nTranscript of Proceedings\n\nTHE CHAIR: Yes, Mr Lawson.\n\nMR LAWSON KC: The first "
         "witness is Mr David Fenn.\n\nMR DAVID FENN (affirmed)\n\nQuestions by MR LAWSON KC\n\nQ. Were you the "
         "manager?\nA. That's correct.\n\nTHE CHAIR: How many?\nA. Two or three.\n",
         "stage:-:MR DAVID FENN (affirmed)\nstage:-:Questions by MR LAWSON KC\nspeech:s2:Were you the manager?\n"
         "speech:s3:That's correct.\nspeech:s1:How many?\nspeech:s3:Two or three.\n", NULL},
        /* a long apposition after the person (degrees, an office of many words) is one
         * attribution to the stop, not a sentence cut at the name's comma */
        {"FDA Approves First Treatment\n\nFeb. 27, 2025\n\n\"Today's approval addresses an important unmet need,\" said "
         "Joanne Feld, M.D., Ph.D., director of the Office of Rare Diseases in the FDA's Center for Drug Evaluation and "
         "Research.\n",
         "speech:-:said Joanne Feld, M.D., Ph.D., director of the Office of Rare Diseases in the FDA's Center for Drug "
         "Evaluation and Research.\n", NULL},
        /* « 1 - Ukraine - Aide humanitaire »: a spokesperson's numbered topic, the
         * narrator's heading, not a table's row read in her voice */
        {"Point de presse du porte-parole\nParis, le 4 mars 2025\n\n1 - Ukraine - Aide humanitaire\n\n"
         "La France annonce une contribution de 20 millions d'euros.\n\n2 - Liban - Entretien du ministre\n\n"
         "Le ministre s'est entretenu avec son homologue.\n",
         "heading:-:1 - Ukraine - Aide humanitaire\nspeech:s1:La France annonce", NULL},
        /* a section's word alone over the company's first person, a heading in sentence
         * case, and "Enquiries" over the contacts */
        {"Hikari Holdings reports H1 results\n\nTOKYO, 14 November 2024 -- Hikari Holdings plc today announced its "
         "results.\n\nOutlook\nFor FY2025 we expect capex of approx. 180bn yen for the year.\n\nAnalyst call\n"
         "A webcast will be held at 09:00 GMT today for analysts.\n\nEnquiries\nMedia: Tom Reeve, +44 20 7404 5959\n",
         "heading:-:Outlook\nspeech:-:For FY2025 we expect capex of approx. 180bn yen for the year.\nheading:-:Analyst call\n"
         "speech:-:A webcast will be held at 09:00 GMT today for analysts.\nmeta:-:Enquiries\n", NULL},
        /* a site's sections and a breadcrumb without separators are chrome; "Related
         * Information" at the foot ends what is read */
        {"The White House\nBriefings & Statements\n\nRemarks by President Harlan at a Campaign Event\n\n"
         "Home Briefing Room Speeches & Remarks\n\nTHE PRESIDENT: Hello, Scranton! We are back.\n\n###\n\n"
         "Related Information\nDrug Approvals and Databases\n",
         "speech:s1:Hello, Scranton!\n", "Home Briefing"},
        {"The White House\nBriefings & Statements\n\nRemarks by President Harlan\n\nTHE PRESIDENT: Hello.\n\n"
         "Related Information\nDrug Approvals and Databases\n",
         "speech:s1:Hello.\n", "Databases"},
        {"The White House\nBriefings & Statements\n\nRemarks by President Harlan\n\nTHE PRESIDENT: Hello.\n",
         "speech:s1:Hello.\n", "Briefings"},
        /* a paragraph that is a quotation and no more, a paragraph of fact after the
         * minister's last, is hers (the release quotes no one else) */
        {"Hon Aroha Tipene\nMinister of Finance\n\n12 March 2025\nMedia Statement\n\nOCR decision welcomed\n\n"
         "\"Kiwi families will see relief soon,\" Ms Tipene says.\n\nAnnual CPI inflation was 2.2% in the quarter.\n\n"
         "\"This Government inherited a deficit. We are getting the books back in order.\"\n",
         "speech:-:Annual CPI inflation was 2.2% in the quarter.\nspeech:s1:\"This Government inherited a deficit.\n", NULL},
        /* GOV.UK's type line ("Oral statement to Parliament") titles nothing: the line
         * under it does, and dates it */
        {"Oral statement to Parliament\nPrime Minister's statement on the G7 summit: 17 June 2024\n\n"
         "The Prime Minister, Rt Hon Rowan Hale MP, made a statement in the House of Commons.\n\n"
         "Mr Speaker, with permission, I will make a statement.\n",
         "title:-:Prime Minister's statement on the G7 summit: 17 June 2024\n", NULL},
        /* a contact's field over the headline titles nothing */
        {"FDA NEWS RELEASE\n\nFeb. 27, 2025\n\nConsumer Inquiries: 888-INFO-FDA\n\n"
         "FDA Approves First Treatment for Rare Liver Disease\n\nToday, the FDA approved a new injection for children.\n",
         "meta:-:Consumer Inquiries: 888-INFO-FDA\ntitle:-:FDA Approves First Treatment for Rare Liver Disease\n", NULL},
        /* a meeting the committee sat at is no statement it gave: the news */
        {"RESERVE BANK OF INDIA\n\nPRESS RELEASE\nDate: 07/02/2025\n\nMonetary Policy Statement, 2024-25\n\n"
         "The Monetary Policy Committee at its meeting today decided to reduce the policy repo rate by 25 basis points.\n",
         "speech:-:The Monetary Policy Committee at its meeting today decided", NULL},
        /* contacts at the head of the body end where the news begins */
        {"FBI Denver Appeals for Information\n\nMarch 3, 2025\n\nContact: Public Affairs Officer Vicky Lam\n(303) 630-6000\n\n"
         "DENVER -- The FBI is asking for the public's help to identify a man who robbed a bank.\n\n"
         "\"We need your help,\" said Special Agent in Charge Mark Ode.\n\nMedia contact: Ann Lee, 303-555-0100\n\n"
         "The FBI is the lead federal law enforcement agency in this case and many more.\n",
         "speech:-:DENVER -- The FBI is asking for the public's help to identify a man who robbed a bank.\n"
         "speech:s1:\"We need your help,\"\n", NULL},
        /* "Question from ITV:" over the question (No 10's transcripts): who asks */
        {"PM press conference: 3 February 2025\n\nPrime Minister:\nWaiting lists have fallen.\n\n"
         "Question from ITV:\nPrime Minister, what do you say to doctors?\n\nPrime Minister:\nMy door is open.\n",
         "speech:s1:Waiting lists have fallen.\nspeech:s2:Prime Minister, what do you say to doctors?\n"
         "speech:s1:My door is open.\n", "ITV"},
        {"Interview with Andrew Bailey, Governor of the Bank of England\n\nConducted by Mehreen Khan. Published on 14 May "
         "2025.\n\nMEHREEN KHAN: Are markets right?\n\nGOVERNOR BAILEY: I won't give a number.\n",
         "note:-:Conducted by Mehreen Khan.\n", "speech:s1:Conducted"},
        /* a declaration's signature under its date: the record's, not the declarer's */
        {"DECLARATION OF RESULT OF POLL\n\nI, the undersigned, being the Returning Officer, give notice that the votes "
         "are as follows.\n\nDated: 5 July 2024\nM. J. Whitfield\nActing Returning Officer\n",
         "meta:-:Dated: 5 July 2024\nmeta:-:M. J. Whitfield\nmeta:-:Acting Returning Officer\n", NULL},
        /* a wire service's section headings, right over their text */
        {"Acme Reports Results\n\nLONDON, 3 March 2025 -- Acme plc today reported results.\n\nGuidance\nFor 2025, Acme "
         "expects revenue of 5 million pounds and a margin of 12 percent.\n\nAbout Acme\nAcme plc makes anvils.\n",
         "heading:-:Guidance\nspeech:-:For 2025, Acme expects revenue of 5 million pounds and a margin of 12 percent.\n"
         "heading:-:About Acme\n", NULL},
        /* (but not a name over what the person says, nor a short line of a wrapped
         * paragraph) */
        {"Statement\n\nThe board met today and agreed the plan for the coming year.\n\nHarbour Works\nwill start in "
         "March, the board said, and run for two years.\n",
         "speech:-:Harbour Works will start in March, the board said, and run for two years.\n", "heading:"},
        /* a table's rows, each its own line to hear, its rule not read */
        {"Acme Results\n\nLONDON, 3 March 2025 -- Acme plc today reported results.\n\n| Metric | Q3 FY25 | Change |\n"
         "|---|---|---|\n| Gross margin | 71.2% | +140 bps |\n| Diluted EPS | $1.23 | +26% |\n",
         "speech:-:| Gross margin | 71.2% | +140 bps |\nspeech:-:| Diluted EPS | $1.23 | +26% |\n", "|---|"},
        {"Outbreak update\n\nThe bag is marked.\n\nRegion | Confirmed cases | Rate per population | Deaths\n"
         "North | 342 | 4.7 | 3\nSouth | 97 | 1.1 | 0\n",
         "speech:-:Region | Confirmed cases | Rate per population | Deaths\nspeech:-:North | 342 | 4.7 | 3\n", NULL},
        /* (a breadcrumb in French marks stays chrome) */
        {"Accueil \xC2\xBB Actualit\xC3\xA9s \xC2\xBB Discours\n\nDiscours du maire\n\nNous avons gagn\xC3\xA9.\n",
         "speech:s1:Nous avons gagn\xC3\xA9.\n", "Accueil"},
        /* "Call 0800 …" is the verb, no event: the paragraph is news, not a header's
         * sentence about a call */
        {"Press release\n\nThe Assembly adopted the resolution on Tuesday. Call 0800 123 4567 for help.\n\n"
         "More text follows in a second paragraph.\n",
         "speech:-:The Assembly adopted the resolution on Tuesday.\n", NULL},
        {"Press release\n\nThe Council adopted it. Call us for details.\n\nMore follows here.\n",
         "speech:-:The Council adopted it.\n", NULL},
        /* "Folks, I'll be honest:" in a turn is a clause of it, no one's label */
        {"Remarks by the President on the Economy\n\nTHE PRESIDENT: Thank you all. Please have a seat.\n\n"
         "Folks, I'll be honest: we have more work to do.\n\nNow, I\xE2\x80\x99" "d just say this: we will.\n\n"
         "And we're going to get it done. (Applause.)\n",
         "speech:s1:Folks, I'll be honest: we have more work to do.\nspeech:s1:Now, I\xE2\x80\x99" "d just say this: we will.\n"
         "speech:s1:And we're going to get it done.\n", "Folks.\n"},
        /* a headline's object in the possessive names no one */
        {"FBI Seeks Public's Help Identifying Bank Robbery Suspect\n\nMarch 3, 2025\n\n"
         "DENVER\xE2\x80\x94" "The FBI is asking for the public's help to identify a man.\n",
         "speech:-:DENVER\xE2\x80\x94" "The FBI is asking for the public's help to identify a man.\n", NULL},
        /* HTML left in a statement copied from a page's source: a label before "&nbsp;",
         * tags around labels and paragraphs, references in the text (none read) */
        {"Press Briefing by Press Secretary Dana Oyelaran\n\nMS. OYELARAN:&nbsp; Good afternoon.\n\n"
         "Q:&nbsp; Thanks, Dana. When will the grants go out?\n\nMS. OYELARAN:&nbsp; By the autumn.\n",
         "speech:s2:Thanks, Dana.\nspeech:s2:When will the grants go out?\nspeech:s1:By the autumn.\n", "nbsp"},
        {"<p><strong>Press Briefing by Press Secretary Dana Oyelaran</strong></p>\n"
         "<p>MS. OYELARAN: Good afternoon.<br>One thing at the top.</p>\n"
         "<p><strong>Q:</strong> When will the grants go out?</p>\n<p>MS. OYELARAN: By the autumn.</p>\n",
         "speech:s1:One thing at the top.\nspeech:s2:When will the grants go out?\nspeech:s1:By the autumn.\n", "<"},
        {"Press release\n\nFlood fund announced\n\nThe fund will protect 12,500 homes &amp; businesses.\n\n"
         "The Minister said: &ldquo;That&rsquo;s welcome.&rdquo;\n",
         "speech:-:The fund will protect 12,500 homes & businesses.\n", "&amp;"},
        /* one journalist however her label is written: capitals and a comma, her outlet
         * in brackets, her honorific and surname, her surname in capitals (no station's
         * call letters) */
        {"Press conference\n\nMINISTER: We will act.\n\nSAM KERR, REUTERS: When?\n\nMINISTER: Soon.\n\n"
         "Sam Kerr (Reuters): How soon?\n\nMINISTER: This week.\n\nMs Kerr: Which day?\n\nMINISTER: Friday.\n\n"
         "KERR: Morning?\n",
         "speech:s2:When?\nspeech:s1:Soon.\nspeech:s2:How soon?\nspeech:s1:This week.\nspeech:s2:Which day?\n"
         "speech:s1:Friday.\nspeech:s2:Morning?\n", ":s3:"},
        /* who asks, bracketed after "Question:": each journalist a voice of their own,
         * the brackets not read */
        {"Noon briefing\n\nSPOKESPERSON: Good afternoon.\n\nQuestion: [Nadia Lamarre, Agence Globe] Has the SG spoken "
         "to donors?\n\nSpokesperson: He has.\n\nQuestion: [Ken Osei, Pan-African Wire] And Geneva?\n\n"
         "Spokesperson: Not yet.\n\nQuestion: [Nadia Lamarre, Agence Globe] When?\n",
         "speech:s2:Has the SG spoken to donors?\nspeech:s1:He has.\nspeech:s3:And Geneva?\nspeech:s1:Not yet.\n"
         "speech:s2:When?\n", "Agence Globe]"},
        /* a page copied with a line a paragraph, no blank lines: the quotation under its
         * lead-in is the minister's, further down the run too */
        {"Press release\nNew fund announced\nThe minister spoke today.\nEnvironment Secretary Margaret Fenwick said:\n"
         "\xE2\x80\x9C" "Families have been flooded. That is not acceptable.\nThis funding will protect them.\xE2\x80\x9D\n",
         "speech:s1:\xE2\x80\x9C" "Families have been flooded.\nspeech:s1:That is not acceptable.\n"
         "speech:s1:This funding will protect them.\xE2\x80\x9D\n", NULL},
        /* turns run together on one line: each label in capitals after a sentence's end
         * opens a turn of its own (never read); a colon inside a sentence is no label */
        {"Press briefing\n\nMINISTER: He will depart at 10am. JOURNALIST: Will he meet the union? MINISTER: No. "
         "He said: NO WAY.\n",
         "speech:s1:He will depart at 10am.\nspeech:s2:Will he meet the union?\nspeech:s1:No.\n"
         "speech:s1:He said: NO WAY.\n", "JOURNALIST:"},
        /* an editor's time codes: bracketed with seconds, once, or with a dash after
         * them; inside a sentence too */
        {"Interview transcript\n\nHOST: Welcome back.\n\nGUEST: We built 241,000 homes [00:00:12] last year.\n\n"
         "[00:00:20] HOST: Good.\n\n00:00:31 -- GUEST: Thanks.\n",
         "speech:s2:We built 241,000 homes last year.\nspeech:s1:Good.\nspeech:s2:Thanks.\n", "00:"},
        /* a release forwarded by e-mail: the envelope, the forwarder's note and the
         * phone's signature are not read; the release's own headline titles it */
        {"Subject: FW: Cancer centre opens\n\nHi all, see below.\n\nKaren\n\nSent from my iPhone\n\n"
         "-----Original Message-----\nFrom: Media Unit <media@example.org>\nSent: Tuesday, 9 July 2024 08:47\n\n"
         "MEDIA RELEASE\n\nNorthbridge Health opens regional cancer centre\n\nThe centre will open on Monday.\n",
         "title:-:MEDIA RELEASE\ntitle:-:Northbridge Health opens regional cancer centre\n", "Karen"},
        /* after the end mark, an e-mail's signature delimiter, confidentiality notice and
         * list footer are the message's, not read */
        {"MEDIA RELEASE\n\nCancer centre opens\n\nThe centre will open on Monday.\n\n-ENDS-\n\n"
         "Notes to editors\n1. GreenShore is a registered charity.\n\n--\nGreenShore Alliance | www.greenshore.org\n"
         "CONFIDENTIALITY NOTICE: This email and any attachments are confidential.\nUnsubscribe\n",
         "GreenShore is a registered charity.\n", "CONFIDENTIAL"},
        /* a page's menus, share bar and breadcrumb: never a title, a speaker or a line read */
        {"News | Research | Campus Life | Events\nHome / News / 2024 / Interview: Why bees get lost\n\n"
         "Interview: Why bees get lost\n\nHannah Ostrowski: What did you find?\n\nTariq Haddad: Bees got lost.\n\n"
         "Hannah Ostrowski: Why?\n\nTariq Haddad: Pesticides.\n\nShare: Facebook | X | LinkedIn | Email\n\n"
         "Privacy | Cookies | Accessibility\n",
         "title:-:Interview: Why bees get lost\n", "Facebook"},
        /* an interview of one exchange whose kind says so: two people's turns; initials
         * later are theirs, though the introduction names one in the possessive */
        {"Interview: Bees\n\nProfessor Tariq Haddad's lab has found that pesticides impair bees.\n\n"
         "**Hannah Ostrowski:** What did you find?\n\n**Tariq Haddad:** Bees got lost.\n\n**HO:** In the lab only?\n\n"
         "**TH:** No.\n",
         "speech:s1:What did you find?\nspeech:s2:Bees got lost.\nspeech:s1:In the lab only?\nspeech:s2:No.\n", ":s3:"},
        {"Interview: Bees\n\nHannah Ostrowski: What did you find?\n\nTariq Haddad: Bees got lost.\n\n"
         "*This interview has been edited for length and clarity.*\n",
         "speech:s1:What did you find?\nspeech:s2:Bees got lost.\nnote:-:*This interview", NULL},
        /* a direction set in emphasis is a direction, the narrator's */
        {"Speech\n\nMINISTER ABERNETHY: Thank you very much.\n\n*Applause*\n\nIt is great to be back.\n\n_(Laughter)_\n",
         "speech:s1:Thank you very much.\nstage:-:(Applause)\nspeech:s1:It is great to be back.\nstage:-:(Laughter)\n", NULL},
        /* a record's appearances, whom counsel act for: no one's turn */
        {"Hearing transcript\n\nAPPEARANCES:\nFor the Government: KATHRYN DOYLE, AUSA\nFor the Defendant: PETER NWOSU, ESQ.\n\n"
         "THE COURT: Be seated.\n",
         "speech:-:For the Defendant: PETER NWOSU, ESQ.\nspeech:s1:Be seated.\n", NULL},
        /* "Notes to editors" inside a run of lines; a page's related stories are not read */
        {"Press release\nNew flood fund announced\nThe fund will protect 12,500 homes.\nNotes to editors\n"
         "The fund runs from 1 April 2024.\n",
         "heading:-:Notes to editors\nnote:-:The fund runs from 1 April 2024.\n", NULL},
        {"Press release\n\nBees are getting lost\n\nA study finds bees get lost.\n\nRelated stories\n"
         "- Eastmoor scientists map soil microbiome\n- New grant for pollinator research\n",
         "speech:-:A study finds bees get lost.\n", "microbiome"},
        /* Outlook's forward: a subject line first, a rule of underscores over the header;
         * the subject titles the statement when nothing under the envelope does */
        {"FW: Statement by Minister Castellano on steel tariffs\n\n________________________________\nFrom: Press Office\n"
         "Sent: Tuesday, 4 March 2025 08:15\nTo: Newsdesk\nSubject: Statement by Minister Castellano on steel tariffs\n\n"
         "The Government will not retaliate against the new tariffs at this stage.\n",
         "title:-:Statement\nbyline:-:by Minister Castellano on steel tariffs\nspeech:s1:", "Newsdesk"},
        /* a statement's own "--" between its parts is no e-mail's signature; a table's
         * last row of words is no menu */
        {"Statement from the Chair of the Water Board\n\nLeaks fell to a record low this year.\n\n--\n\n"
         "The Chair, Ruth Okoye, said: \"This is the result of ten years of work.\"\n\nWe thank our staff.\n",
         "speech:-:We thank our staff.\n", NULL},
        {"Board Appointments Announced\n\nThe Foundation has appointed three new board members.\n\nName | Role | Term\n"
         "Ana Ruiz | Chair | Three years\nChen Wei | Member | Two years\n\nThank you.\n",
         "Chen Wei | Member | Two years\n", NULL},
        /* a page's list items are a list's */
        {"<h2>Statement on the Harbour Line Upgrade</h2>\n<p>Today I can confirm that the upgrade will open on time.</p>\n"
         "<ol>\n<li>New platforms at three stations</li>\n<li>Step-free access at all stations</li>\n</ol>\n",
         "list:s1:New platforms at three stations\nlist:s1:Step-free access at all stations\n", NULL},
        /* '“…,” she said.' opening a paragraph after one of fact: the one person quoted
         * so far (not when a sentence before it in its paragraph names someone else) */
        {"Kakapo numbers hit new high\n\n\xE2\x80\x9CThis is a result,\xE2\x80\x9D Mere Tawhiri said.\n\n"
         "The department invested money.\n\n\xE2\x80\x9CThe team worked tirelessly,\xE2\x80\x9D she said.\n",
         "speech:s1:\xE2\x80\x9CThe team worked tirelessly,\xE2\x80\x9D\n", NULL},
        /* Canada's quotations, each credited on the line under it, a company's "Inc." last */
        {"Government invests in Sherbrooke plant\n\n\"This investment means good jobs.\"\n"
         "\xE2\x80\x93 The Honourable Marc Tremblay, Minister of Industry\n\n\"Voltaris will triple our capacity.\"\n"
         "\xE2\x80\x93 Isabelle Roy, CEO, Voltaris Inc.\n",
         "speech:s2:\"Voltaris will triple our capacity.\"\n", NULL},
        /* a first paragraph in sentence case that ends in a road's abbreviation is body,
         * not a headline's deck */
        {"Boost for bridge upgrade\n\nThe region will benefit from new investment from Acme Rd.\n\n"
         "Construction will begin in 2025.\n",
         "speech:-:The region will benefit from new investment from Acme Rd.\n", NULL},
        /* who signs a statement, on its line under it before its notes: no chapter */
        {"Statement attributable to the Spokesperson for the Secretary-General on Karsan\n\n"
         "The Secretary-General is deeply alarmed by the fighting.\n\nSt\xC3\xA9phane Dujarric, Spokesman for the "
         "Secretary-General\n\nNote to Correspondents\n\nThe Secretary-General will travel to Geneva on 22 July.\n",
         "meta:-:St\xC3\xA9phane Dujarric, Spokesman for the Secretary-General\nheading:-:Note to Correspondents\n", NULL},        /* a minister's statement crediting someone else's words: his, the credit the
         * narrator's */
        {"Statement by Transport Minister Priya Castellan\n\nWork on the Harbour Line will begin in July.\n\n"
         "\"Commuters have waited long enough,\" said union secretary Joe Barker.\n",
         "speech:s2:\"Commuters have waited long enough,\"\nspeech:-:said union secretary Joe Barker.\n", NULL},
        {"Statement by Transport Minister Priya Castellan\n\nWork on the Harbour Line will begin in July.\n\n"
         "The union's secretary, Joe Barker, said: \"Commuters have waited long enough.\"\n\nWe thank them.\n",
         "speech:-:The union's secretary, Joe Barker, said:\nspeech:s2:\"Commuters have waited long enough.\"\n"
         "speech:s1:We thank them.\n", NULL},
        /* two officials of one surname: the title and the surname name the one the
         * text introduces by them */
        {"DEPUTY PRIME MINISTER GRAHAM HALE: Good morning. I am joined by Dr. Nora Hale.\n\n"
         "DR. HALE: Thank you. Cases fell.\n\nDEPUTY PRIME MINISTER HALE: Thank you, Nora.\n\nDR. HALE: Quite.\n",
         "speech:s2:Thank you.\nspeech:s2:Cases fell.\nspeech:s1:Thank you, Nora.\nspeech:s2:Quite.\n", NULL},
        /* a label's time code before its colon; an end marker in brackets */
        {"HOST 00:00:04: Good morning.\n\nDANSO 00:00:09: Good morning to you.\n\nHOST 00:00:11: Why now?\n\n"
         "[END OF TRANSCRIPT]\n",
         "speech:s1:Good morning.\nspeech:s2:Good morning to you.\nspeech:s1:Why now?\n", "00:"},
        {"HOST: We will act.\n\nGUEST: Thank you.\n\n[END OF TRANSCRIPT]\n", "speech:s2:Thank you.\n", "END OF"},
        /* look-alikes that keep their voices: a release's press secretary at its foot
         * (no signature: the statement is not his), a place after "from", a poet
         * quoted in a speech, a credit followed by the speaker's own words, a doctor
         * mentioned who is not there, a race's results with their times */
        {"Statement\n\nToday we are opening applications for the grant. Firms of every size can apply.\n\n"
         "\"This will make a real difference,\" said Grace Okafor, Minister for Industry.\n\nTom Reyes\nPress Secretary\n",
         "speech:-:Today we are opening applications for the grant.\n", "meta:-:Tom Reyes"},
        {"Statement from Downing Street\n\nThe Prime Minister spoke to the President of Ghana this afternoon.\n",
         "title:-:Statement from Downing Street\nspeech:-:The Prime Minister", "byline"},
        {"Statement from Health Canada on the Recall of Infant Formula\n\nThe agency confirmed the recall today.\n",
         "speech:-:The agency confirmed the recall today.\n", "byline"},
        {"Message from the Board\n\nThe Board has approved the annual accounts.\n",
         "speech:-:The Board has approved the annual accounts.\n", "byline"},
        {"Remarks by Prime Minister Helen Varga at the Dawn Service\n\n\"They shall grow not old,\" wrote Laurence "
         "Binyon. Those lines still carry us.\n",
         "speech:s1:\"They shall grow not old,\" wrote Laurence Binyon.\nspeech:s1:Those lines still carry us.\n", "s2"},
        {"Statement by Transport Minister Priya Castellan\n\nThe agreement was signed today.\n\n"
         "\"This is a fair deal,\" said union secretary Joe Barker. I agree with him.\n",
         "speech:s1:I agree with him.\n", "s2"},
        {"Press conference with Health Minister Graham Hale\n\nDR. HALE: Good morning. This hospital was founded by my "
         "mother, Dr. Nora Hale, forty years ago.\n\nQ: Minister, when will the new wing open?\n\nDR. HALE: In the spring.\n",
         "speech:s1:In the spring.\n", NULL},
        {"Press conference with Deputy Prime Minister Graham Hale\n\nHALE: Good morning. I am joined by Professor Nora "
         "Hale, our chief scientist.\n\nPROFESSOR HALE: Thank you. The modelling is clear.\n\nHALE: Thank you.\n",
         "speech:s2:Thank you.\nspeech:s2:The modelling is clear.\nspeech:s1:Thank you.\n", NULL},
        {"Ana Ruiz won in 2021. Results:\n\nRUIZ 02:21:45: course record.\nHALE 02:23:10: second.\n",
         "RUIZ 02:21:45: course record.", "s1"},
        /* a heading or a contact line ends a "Quotes attributable" section; a speech
         * quotes ('X said: "…"' stays the minister's) */
        {"Cycle lane opens\n\nQuotes attributable to Councillor Priya Nand:\n\nThe lane will make cycling safer.\n\n"
         "About the council\n\nWestmoor Council serves 180,000 residents.\n",
         "speech:s1:The lane will make cycling safer.\nheading:-:About the council\nspeech:-:Westmoor Council", NULL},
        {"Cycle lane opens\n\nQuotes attributable to Councillor Priya Nand:\n\nThe lane will make cycling safer.\n\n"
         "Contact the press office on 01632 960 555.\n",
         "speech:-:Contact the press office", NULL},
        {"Remarks by Minister Ruth Okafor\n\nThank you all for coming.\n\n"
         "Florence Nightingale said: \"Let us never consider ourselves finished.\"\n\nI think of those words often.\n",
         "speech:s1:Florence Nightingale said: \"Let us never consider ourselves finished.\"\n", "s2"},
        {"Message from the Head Teacher\n\nThe school is closed today. \"Safety comes first,\" said Pat Engel, chair of "
         "governors.\n",
         "speech:s1:\"Safety comes first,\"\n", NULL},
        /* a dateline over a speech's first words is the publisher's; a capitalised
         * word and a dash opening a sentence is the speaker's */
        {"Remarks by Governor Teresa Quill\n\nAs prepared for delivery\n\nHARROWFIELD, Ore. \xE2\x80\x94 Thank you, "
         "Mayor Dunleavy. It is a beautiful morning.\n",
         "speech:-:HARROWFIELD, Ore.\nspeech:s1:Thank you, Mayor Dunleavy.\n", NULL},
        {"Remarks by Governor Teresa Quill\n\nNATO \xE2\x80\x94 our alliance \xE2\x80\x94 is strong.\n",
         "speech:s1:NATO", "speech:-:"},
        /* a quotation of two paragraphs credited in its last: both hers */
        {"Lumora to acquire Brightpath\n\nLumora today announced a deal.\n\n\"Brightpath has built something "
         "remarkable. We have admired them for years.\n\n\"Together we will double our reach,\" said Anika Rao, chief "
         "executive officer.\n",
         "speech:-:Lumora today announced a deal.\nspeech:s1:\"Brightpath has built something remarkable.\n"
         "speech:s1:We have admired them for years.\n", NULL},
        /* "Q" alone on its line over the question (a page copied with its breaks);
         * not a letter in a list */
        {"MR. PARDEE: Good morning.\n\nQ\n\nWhat about wages?\n\nMR. PARDEE: Wages rose.\n",
         "speech:s2:What about wages?\nspeech:s1:Wages rose.\n", "heading:-:Q"},
        {"Appendix\n\nQ\n\nThe letter Q is used for quality.\n", "speech:-:The letter Q is used for quality.\n", NULL},
        /* a person introduced with what he is between commas, then "he said" */
        {"Council approves new library\n\n\"This is a library for everyone,\" Mayor Rosa Delgado said.\n\n"
         "Councillor Ben Achterberg, the planning chair, welcomed the decision.\n\n\"We listened to residents,\" he said.\n",
         "speech:s2:\"We listened to residents,\"\n", NULL},
        /* a Canadian release's "Quotes": each quotation over its person's name and
         * office, no dash; the credit the narrator's */
        {"News release\n\nOttawa invests in tidal energy\n\nToday the minister announced funding.\n\nQuotes\n\n"
         "\"This investment puts the tides to work.\"\n\nThe Honourable Mireille Tremblay\nMinister of Energy\n\n"
         "\"We are proud to be part of it.\"\n\nChief Darren Paul\nMillbrook Council\n",
         "speech:s1:\"This investment puts the tides to work.\"\nmeta:-:The Honourable Mireille Tremblay\n"
         "meta:-:Minister of Energy\nspeech:s2:\"We are proud to be part of it.\"\nmeta:-:Chief Darren Paul\n", NULL},
        /* "Quotes attributable to …:" over paragraphs unquoted: all the person's, to the
         * next such line */
        {"MEDIA RELEASE\n\nKimberley road to be sealed\n\nThe road will be sealed.\n\n"
         "Quotes attributable to Minister for Regional Development Daniel Ferreira:\n\n"
         "Locals have asked for this for thirty years.\n\nThis will cut travel times by two hours.\n\n"
         "Quotes attributable to Member for Kimberley Aisha Noonan:\n\nThe community fought hard for this road.\n",
         "speech:s1:Locals have asked for this for thirty years.\nspeech:s1:This will cut travel times by two hours.\n"
         "speech:-:Quotes attributable to Member for Kimberley Aisha Noonan:\nspeech:s2:The community fought hard", NULL},
        /* whom a statement is about, after "the death of", is not who speaks it */
        {"Statement on the death of Lord Fairley\n\n4 March 2025\n\nWe learned of his death with great sadness.\n",
         "speech:-:We learned of his death with great sadness.\n", "speech:s1"},
        /* a panel's names alone on their lines: the first no title, with a blank line
         * under each as over them; a name heard once among names that recur; "Name:"
         * alone over the words on the next line */
        {"OWEN PRICE\n\nWelcome to the panel. Dana, where do we start?\n\nDANA OKORO\n\nWith the buses.\n\n"
         "LIAM FORD\n\nWith the trains.\n\nOWEN PRICE\n\nThank you both.\n",
         "speech:s1:Welcome to the panel.\nspeech:s1:Dana, where do we start?\nspeech:s2:With the buses.\n"
         "speech:s3:With the trains.\nspeech:s1:Thank you both.\n", "OWEN PRICE"},
        {"Owen Price\nWelcome to the panel. Dana, where do we start?\n\nDana Okoro\nWith the buses.\n\n"
         "Liam Ford\nWith the trains.\n\nOwen Price\nThank you both.\n",
         "speech:s1:Dana, where do we start?\nspeech:s2:With the buses.\nspeech:s3:With the trains.\n"
         "speech:s1:Thank you both.\n", "Liam Ford"},
        {"Owen Price:\nWelcome to the panel. Dana, where do we start?\n\nDana Okoro:\nWith the buses.\n\n"
         "Owen Price:\nThank you.\n",
         "speech:s1:Dana, where do we start?\nspeech:s2:With the buses.\nspeech:s1:Thank you.\n", "Dana Okoro"},
        /* look-alikes: an answer that is a capitalised phrase under its "Name:"; one
         * person's name over a eulogy and again over its last words; names over
         * paragraphs about them, in the third person */
        {"Owen Price:\nWhere did you train?\nDana Okoro:\nPort Elgin\nOwen Price:\nAnd after that?\nDana Okoro:\n"
         "Lisbon, for two years.\n",
         "speech:s1:Where did you train?\nspeech:s2:Port Elgin\nspeech:s1:And after that?\n", NULL},
        {"Samuel Achebe\n\nThank you all for being here today to remember Sam.\n\nSamuel Achebe\n\n"
         "Teacher, mentor, friend.\n",
         "title:-:Samuel Achebe\nspeech:-:Thank you all for being here today to remember Sam.\n", "speech:s1"},
        {"Volunteer Awards\n\nMei Tanaka\n\nMei Tanaka has led the food trust since 2019.\n\nDaniel Osei\n\n"
         "Daniel Osei founded the Saturday football club.\n\nMei Tanaka\n\nMs Tanaka will receive her award in March.\n",
         "heading:-:Daniel Osei\nspeech:-:Daniel Osei founded the Saturday football club.\n", "speech:s"},
        /* a post signed with a dash, its time and date, its counts; a memo's marking; a
         * page's review date; a blog's byline with its date and reading time */
        {"A personal statement\n\nI have decided to step down, effective immediately.\n\n\xE2\x80\x94 Jonathan Reeve\n"
         "12:47 PM \xC2\xB7 Mar 3, 2024\n1.2K Reposts 340 Quotes 8.9K Likes\n",
         "meta:-:\xE2\x80\x94 Jonathan Reeve\nmeta:-:12:47 PM \xC2\xB7 Mar 3, 2024\n", "Reposts"},
        {"To: All Northwind Staff\nFrom: Marcus Feld, Chief Executive Officer\nRe: Return to office\n\nHi all,\n\n"
         "We will be in the office 3 days a week.\n\nThanks,\nMarcus\n\nCONFIDENTIAL \xE2\x80\x93 INTERNAL USE ONLY\n",
         "speech:s1:We will be in the office 3 days a week.\n", "INTERNAL USE"},
        {"Avian influenza: situation update\n\nAs of 11 March, 3 human cases have been confirmed.\n\n"
         "Page last reviewed: 11/03/2024\n",
         "meta:-:Page last reviewed: 11/03/2024\n", "speech:-:Page"},
        {"An open letter to our customers\n\nPosted by Dana Whitfield, Co-founder & CEO \xC2\xB7 Oct 14, 2023 \xC2\xB7 3 min "
         "read\n\nOur payments system was down for six hours. I am sorry.\n",
         "byline:-:Posted by Dana Whitfield, Co-founder & CEO \xC2\xB7 Oct 14, 2023\n", "min read"},
        /* the members' cry in a parliament's record; a talk's title, speaker and event
         * between bars (no menu); a handle alone over a post, its only author */
        {"First Minister's Question Time\n\nCallum Strachan (Highlands and Islands) (Con): Will the First Minister "
         "apologise?\n\nMembers: Hear, hear.\n\nThe First Minister (Iain Dalgleish): I will not.\n",
         "stage:-:Members: Hear, hear.\nspeech:s2:I will not.\n", "speech:s2:Hear"},
        {"Why octopuses dream | Dr. Selin Arkan | TEDxHarborview\n\nSo, I want to start with a question.\n",
         "title:-:Why octopuses dream | Dr. Selin Arkan | TEDxHarborview\n", NULL},
        {"@kaylaxbright\n\nhey everyone. i've been quiet for a few days.\n",
         "byline:-:@kaylaxbright\n", NULL},
        {"Research | Campus Life | Events\n\nCampus news\n\nThe library opens on Monday.\n",
         "title:-:Campus news\n", "Events"},
        /* an organisation's name with its letters after it is no title: the headline
         * under it is */
        {"PRESS RELEASE\nAmalgamated Rail Workers' Union (ARWU)\nFor immediate release: 5 July 2023\n\nRAIL WORKERS "
         "ANNOUNCE 48-HOUR STRIKE\n\nMembers of the ARWU will walk out on Thursday 20 July.\n",
         "meta:-:Amalgamated Rail Workers' Union (ARWU)\n", "meta:-:RAIL"},
        /* two who give a statement together: no one's voice; a site's own menu; a
         * handle under its author's name */
        {"WASHINGTON, D.C. (Jan. 3, 2024) \xE2\x80\x94 Rep. Ana Ruiz and Rep. Tom Bell released the following "
         "statement:\n\n\"We came together across party lines.\"\n",
         "speech:-:\"We came together across party lines.\"\n", NULL},
        {"Skip to main content | Accessibility statement | Sign in\n\nStatement on the Harbour Review\n\nWe accept all "
         "of its recommendations.\n",
         "title:-:Statement on the Harbour Review\n", "Skip"},
        {"Mayor Lena Park\n@mayorpark\n\nThe ferry will run on the holiday schedule tomorrow.\n",
         "speech:-:The ferry will run on the holiday schedule tomorrow.\n", "@mayorpark"},
        /* a post's counts under a signature in blocks of its own; a post's time alone
         * over its counts; a marking with another wording */
        {"Jonathan Reeve\n@jreeve\n\nToday we broke ground on the new library.\n\n\xE2\x80\x94 Jonathan Reeve\n\n"
         "12:47 PM \xC2\xB7 Mar 3, 2024\n\n1.2K Reposts 340 Quotes 8.9K Likes\n",
         "meta:-:12:47 PM \xC2\xB7 Mar 3, 2024\n", "Reposts"},
        {"Jonathan Reeve\n@jreeve\n\nToday we broke ground on the new library.\n\n12:47 PM \xC2\xB7 Mar 3, 2024\n"
         "1.2K Reposts 340 Quotes 8.9K Likes\n",
         "meta:-:12:47 PM \xC2\xB7 Mar 3, 2024\n", "Reposts"},
        {"Statement on the Harbour Review\n\nWe accept all of its recommendations.\n\nCONFIDENTIAL - NOT FOR "
         "DISTRIBUTION\n",
         "speech:-:We accept all of its recommendations.\n", "DISTRIBUTION"},
        /* a member's label with her party's letters, the only one of its kind in a
         * short debate, and the first line under the title; what a member did as the
         * whole of her turn is the narrator's */
        {"Rural Bus Services\n\nMs Priya Lal (Northbridge East) (Lab)\nIs that not a disgrace?\n\nMr Speaker\n"
         "Order. The Minister will answer.\n",
         "speech:s1:Is that not a disgrace?\nspeech:s2:Order.\n", "(Lab)"},
        {"Rural Bus Services\n\nMrs Eleanor Vance (Westmoor and Dale) (Con)\nWhat steps her Department is "
         "taking.\n\nMr Speaker\nOrder.\n",
         "speech:s1:What steps her Department is taking.\nspeech:s2:Order.\n", "meta:-:Mrs"},
        {"Rural Bus Services\n\nMr Gareth Pryce (Con)\nI thank my hon. Friend.\n\nMr Speaker\nOrder.\n\n"
         "Mr Pryce\nrose\xE2\x80\x94\n\nMr Speaker\nOrder.\n",
         "stage:-:Mr Pryce rose\xE2\x80\x94\n", "speech:s1:rose"},
        /* look-alike: a turn that starts with the word goes on */
        {"Rural Bus Services\n\nMr Gareth Pryce (Con)\nI thank my hon. Friend.\n\nMr Speaker\nOrder.\n\n"
         "Mr Pryce\nrose to speak last week, and I stand by it.\n",
         "speech:s1:rose to speak last week, and I stand by it.\n", "stage"},
        /* look-alikes of a lead-in naming the person first: the name after a
         * preposition is met, not the giver; two give it together */
        {"Press Release\n\nLONDON (12 March 2024) \xE2\x80\x94 Following talks with Jo Bell, head of the Port "
         "Authority, the council issued the following statement:\n\n\"We are pleased.\"\n",
         "speech:-:\"We are pleased.\"\n", NULL},
        {"Pier closes\n\nJo Bell, Mayor of Eastport, and Tim Agu, chief executive of the Harbour Trust, issued the "
         "following statement:\n\n\"We are pleased.\"\n",
         "speech:-:\"We are pleased.\"\n", NULL},
        /* the one label names the header's person; a notice's heading that ends in
         * the day it tells of is the header's */
        {"Office of the Press Secretary\nPress Briefing by Press Secretary Alma Reyes\n\nAlma Reyes: Good afternoon, "
         "everybody.\n",
         "speech:s1:Good afternoon, everybody.\n", "Alma Reyes:"},
        {"DECLARATION OF RESULT OF POLL\n\nBrackenford Borough Council\nElection of a Councillor for Millbrook Ward\n"
         "held on Thursday 2 May 2024\n\nI, Alan Pearce, being the Returning Officer, give notice of the result.\n",
         "meta:-:held on Thursday 2 May 2024\n", "speech:s1:Election"},
        /* look-alike: a wrapped first paragraph without its stop is the body's */
        {"Harbour update\n\nThe council has agreed to repair the storm damage at\ntwelve small harbours before "
         "the season opens on 2 May 2024\n",
         "speech:-:The council has agreed to repair the storm damage at twelve small harbours before the season opens on 2 May 2024\n",
         NULL},
        /* lines of results without bullets, each on its own */
        {"ANNOUNCEMENT OF RESULTS\n\nThe Commission declares the following results:\n\nDaniel K. Osei (National Unity "
         "Party): 6,214,550 (52.38%)\nGrace M. Tembo (Progressive Alliance): 5,648,317 (47.62%)\n",
         "speech:-:Daniel K. Osei (National Unity Party): 6,214,550 (52.38%)\nspeech:-:Grace M. Tembo (Progressive "
         "Alliance): 5,648,317 (47.62%)\n",
         NULL},
        /* a debate's labels, some with a form of address, some without; the members'
         * cry under their collective label; a member's full label over what she did */
        {"Flood Defences: Eastport\n\nMr Owen Pryce (Eastport) (Con)\nWhat steps are the Government taking?\n\n"
         "Mr Speaker\nI call Sarah Olney.\n\nSarah Olney (Richmond Park) (LD)\nWill the Minister confirm it?\n",
         "speech:s1:What steps are the Government taking?\nspeech:s2:I call Sarah Olney.\nspeech:s3:Will the "
         "Minister confirm it?\n",
         "(LD)"},
        {"Rail Fares\n\nMr Speaker\nI call Priya Lal.\n\nMs Priya Lal (Northbridge East) (Lab)\nFares have risen.\n\n"
         "Hon. Members\nHear, hear.\n",
         "stage:-:Hon. Members Hear, hear.\n", "speech:s3"},
        {"Steel Industry\n\nMs Priya Lal (Northbridge East) (Lab)\nWill the Minister meet me?\n\nMr Owen Pryce "
         "(Eastport) (Con)\nrose\xE2\x80\x94\n",
         "stage:-:Mr Owen Pryce\nstage:-:rose\xE2\x80\x94\n", "(Con)"},
        /* look-alike: a first paragraph hard-wrapped without its stop, a date at its
         * end, is the body's */
        {"Library update\n\nThe council has now reopened all six of the libraries\nclosed since Monday 3 June 2024\n\n"
         "Opening hours are unchanged.\n",
         "speech:-:The council has now reopened all six of the libraries closed since Monday 3 June 2024\n", NULL},
        /* a morning's and an afternoon's programme are no one's turns */
        {"Programme for the visit of Mayor Alan Morris\n\nAM: Tour of the new library.\nPM: Visit to the harbour.\n\n"
         "Alan Morris: I look forward to meeting residents.\n",
         "speech:-:AM: Tour of the new library.\n", "Prime Minister"},
        /* a club's statement about the person its title names, in the club's "us", is
         * the narrator's; an interview's closing note on its editing is the
         * publisher's; a minutes' first numbered item is the body's */
        {"Club Statement: Marco Bellini\n\nHarbour City FC can confirm that Marco Bellini has left his role by mutual "
         "consent.\n\nMarco joined the Club in October 2021 and led us to promotion in his first full season.\n",
         "speech:-:Marco joined the Club in October 2021 and led us to promotion in his first full season.\n", "s1"},
        {"Interview\n\n**Daniel Brooks:** What are you working on now?\n\n**Sofia Marin:** A timber housing scheme in "
         "Porto.\n\nThis interview has been edited for length and clarity.\n",
         "note:-:This interview has been edited for length and clarity.\n", NULL},
        {"CITY OF RIVERTON\nREGULAR CITY COUNCIL MEETING MINUTES\nTuesday, March 12, 2024\n\n1. CALL TO ORDER\nMayor "
         "Linda Park called the meeting to order at 6:02 PM.\n",
         "title:-:REGULAR CITY COUNCIL MEETING MINUTES\n", "title:-:1."},
        /* look-alike: a club's statement in the person's own "I" is his */
        {"Club Statement: Marco Bellini\n\nI have decided to leave Harbour City FC by mutual consent.\n\nI thank "
         "the supporters for everything they have given me since 2021.\n",
         "speech:s1:I have decided to leave Harbour City FC by mutual consent.\n", NULL},
        /* look-alikes (hunt 62): words after a kind's dash that are no one; a name in
         * the sentence before a lead-in's; "AM:" and "PM:" taking turns are two people */
        {"Speech \xE2\x80\x93 Full Text\n\nFriends, thank you for coming. It is good to be back.\n",
         "speech:-:Friends, thank you for coming.\n", NULL},
        {"Remarks \xE2\x80\x94 Town Hall\n\nThank you all for coming.\n\nQ: Will fares rise?\n\nA: Not this year.\n",
         "speech:-:Thank you all for coming.\n", NULL},
        {"Council thanks volunteers\n\nJo Bell, whose campaign saved the bandstand, was praised. The council issued "
         "the following statement:\n\n\"We are grateful to every volunteer.\"\n",
         "speech:-:\"We are grateful to every volunteer.\"\n", NULL},
        {"Breakfast interview\n\nAM: Good morning, Prime Minister.\n\nPM: Good morning, Alan.\n\nAM: Let us talk "
         "about the budget.\n\nPM: Happy to.\n",
         "speech:s1:Good morning, Prime Minister.\nspeech:s2:Good morning, Alan.\n", NULL},
        /* look-alikes (hunt 63): an organisation's "we" about the person the title
         * names after a dash; a place after a title; "AM:" once asking "PM:" once */
        {"Statement \xE2\x80\x94 Marco Bellini\n\nWe can confirm that Marco Bellini has left the club.\n\nWe wish him "
         "well in the next chapter of his career.\n",
         "speech:-:We can confirm that Marco Bellini has left the club.\n", "s1"},
        {"Statement \xE2\x80\x94 Queen Elizabeth Hospital\n\nThe hospital is operating normally.\n",
         "speech:-:The hospital is operating normally.\n", "s1"},
        {"Interview with the Prime Minister\n\nAM: Prime Minister, will you call an early election?\n\nPM: No.\n",
         "speech:s1:Prime Minister, will you call an early election?\nspeech:s2:No.\n", NULL},
        /* a decision's fields are no speakers; a signature with a national honour's
         * letters is the narrator's */
        {"DISCIPLINARY COMMITTEE DECISION\n\nCharge: Violent conduct in the match on 29 March.\n\nDecision: The charge "
         "was found proven. The player is suspended for three matches.\n",
         "speech:-:Charge: Violent conduct in the match on 29 March.\n", "s1"},
        {"ANNUAL GENERAL MEETING 2025\nSTATEMENT BY THE CHAIRMAN, MR. HENRY OKAFOR\n\nDear Shareholders, welcome.\n\n"
         "Henry Okafor, OON\nChairman\n",
         "meta:-:Henry Okafor, OON\n", "speech:s1:Henry"},
        /* the floor handed over: a one-off label whose words thank the speaker by name */
        {"Press Briefing by Press Secretary Alma Reyes\nJune 4, 2024\n\nGood afternoon. The Secretary of Labor has "
         "a statement.\n\nTom Hale: Thank you, Alma. Unemployment is at 3.9 percent.\n",
         "speech:s2:Thank you, Alma.\nspeech:s2:Unemployment is at 3.9 percent.\n", "Tom Hale:"},
        /* a statement "from" a person whose body reports her in the third person
         * ("Councillor Banda said:") is a release about her: narrated, the quotation
         * hers */
        {"Statement from Councillor Ruth Banda on the Harbour Plan\n\n12 May 2025\n\nThe council has today approved "
         "the harbour plan, which sets out how the old quay will be rebuilt.\n\nCouncillor Banda said: \"This is a "
         "good day for the town. We have listened to every resident.\"\n\nThe plan will be published on Friday.\n",
         "speech:-:The council has today approved the harbour plan, which sets out how the old quay will be "
         "rebuilt.\nspeech:-:Councillor Banda said:\nspeech:s1:\"This is a good day for the town.\n"
         "speech:s1:We have listened to every resident.\"\nspeech:-:The plan will be published on Friday.\n", NULL},
        /* look-alikes: her own "I" with her name in it stays hers; someone else
         * reported is no sign */
        {"Statement from Councillor Ruth Banda on the Harbour Plan\n\nI welcome the council's decision on the "
         "harbour plan today.\n\nWhen Councillor Banda said last year that the plan would come, few believed it; "
         "I am glad it has.\n",
         "speech:s1:I welcome the council's decision on the harbour plan today.\n", NULL},
        {"Statement from Councillor Ruth Banda on the Harbour Plan\n\nThe council has today approved the harbour "
         "plan for the old quay.\n\nThe harbour master said he would start work in June.\n",
         "speech:s1:The council has today approved the harbour plan for the old quay.\n", NULL},
        /* (hunt 64) a body's name and its letters over a release is the header's, not a
         * member's label; a body's apposition opens the body */
        {"INTERNATIONAL ROWING FEDERATION (IRF)\nPress Release No. 14/2025\nLausanne, 3rd March 2025\n\nIRF "
         "Council approves new anti-doping measures\n\nThe IRF Council, meeting on 1 March 2025 in Lausanne, approved "
         "a package of anti-doping measures.\n\nIRF President Ingrid Berg said:\n\"Clean sport is not negotiable.\"\n",
         "meta:-:INTERNATIONAL ROWING FEDERATION (IRF)\ntitle:-:Press Release No. 14/2025\nmeta:-:Lausanne, 3rd "
         "March 2025\ntitle:-:IRF Council approves new anti-doping measures\nspeech:-:The IRF Council, meeting",
         "s2"},
        {"International Rowing Federation (IRF)\nPress Release No. 14/2025\n\nRegatta moved to June\n\nThe regatta "
         "will now be held on 14 June.\n",
         "meta:-:International Rowing Federation (IRF)\n", "speech:s1"},
        /* an institution's name over the title is no person (not "St." and a name) */
        {"St. Brigid's University Hospital\nStatement on behalf of the family of Mr Conor Healy\n\nMr Healy remains "
         "in a stable condition.\n",
         "speech:-:Mr Healy remains in a stable condition.\n", NULL},
        /* the statement's one labelled line over words going on in lower case, or a bare
         * role over news, is no turn; a minute's resolution is the record's; "Notes to
         * Editor:" heads notes */
        {"Council budget approved\n\nThe council approved its budget on Thursday.\n\nCouncillor Reid: a lifelong "
         "resident of the ward, she chairs the finance committee.\n\nThe budget includes a rise in council tax.\n",
         "speech:-:Councillor Reid: a lifelong resident of the ward, she chairs the finance committee.\nspeech:-:The "
         "budget includes a rise in council tax.\n", NULL},
        {"City to host Youth Games\n\nHost: Port Arden will welcome 1,500 athletes in August 2027.\n\nThe Games "
         "are expected to bring visitors.\n",
         "speech:-:The Games are expected to bring visitors.\n", "s1"},
        {"Ministry clarifies holiday dates\n\nParents have asked about the Easter break.\n\nQuestion: will the "
         "break be extended? No.\n\nThe Ministry apologises for any confusion.\n",
         "speech:-:The Ministry apologises for any confusion.\n", "s1"},
        {"Results\n\nAgenda item approved.\n\nCllr Naidoo: I move the budget.\n\nRESOLVED: That the budget be "
         "approved.\n",
         "speech:s1:I move the budget.\nnote:-:RESOLVED: That the budget be approved.\n", "s2"},
        {"Harcourt College\n\nApplications are open.\n\nNotes to Editor:\n\nApplications opened on 1 Oct 2024.\n",
         "heading:-:Notes to Editor:\nnote:-:Applications opened on 1 Oct 2024.\n", "s1"},
        /* look-alikes: a one-off label over a turn of its own words, a cry from the
         * floor, and a role's one label over a first-person turn are turns */
        {"Harbour plan approved\n\nThe council approved the plan.\n\nHost: I am delighted that our town will welcome "
         "the Games.\n",
         "speech:s1:I am delighted that our town will welcome the Games.\n", NULL},
        {"Speech by Mayor Ana Ruiz\n\nFriends, thank you for coming tonight.\n\nAudience member: We love you!\n\n"
         "Thank you.\n",
         "speech:s2:We love you!\n", NULL},
        /* the letters in brackets after a label are the person's initials, by which later
         * turns call them: one person, no role "TA" */
        {"Interview\n\nThabo Molefe (TM): Minister, welcome.\n\nMinister Sipho Ndlovu (SN): Thank you, Thabo.\n\n"
         "TM: Where will it come from?\n\nSN: From a combination of measures.\n",
         "speech:s2:Thank you, Thabo.\nspeech:s1:Where will it come from?\nspeech:s2:From a combination of "
         "measures.\n", "s3"},
        /* a podcast's time codes after its labels are the editor's */
        {"Episode 48\n\nHOST: 00:00 Hello and welcome.\n\nELIAS: 00:09 Thanks for having me.\n",
         "speech:s1:Hello and welcome.\nspeech:s2:Thanks for having me.\n", "00:"},
        /* (hunt 65) a dash after the code goes with it; a role's initials in brackets
         * ("Moderator (ML):") call the same role later ("ML:") */
        {"Podcast transcript\n\nELIAS: 00:09 - Thanks for tuning in.\n\nINES: 00:15 - Thanks for having me.\n",
         "speech:s1:Thanks for tuning in.\nspeech:s2:Thanks for having me.\n", "00:"},
        {"Virtual press conference\n\nDr Tedros Ayele (TA): Good afternoon.\n\nModerator (ML): Thank you, Dr Ayele. "
         "First question, please.\n\nTA: Vaccines are arriving this week.\n\nML: Next question, please.\n",
         "speech:s1:Vaccines are arriving this week.\nspeech:s2:Next question, please.\n", "s3"},
        /* the code before the label, as some podcasts print it; "Dr" without its stop
         * over the occasion is who speaks */
        {"Podcast transcript\n\n00:09 ELIAS: Thanks for tuning in.\n\n00:15 INES: Thanks for having me.\n\n00:18 "
         "ELIAS: When does it open?\n",
         "speech:s1:Thanks for tuning in.\nspeech:s2:Thanks for having me.\nspeech:s1:When does it open?\n", "00:"},
        {"Dr Ana Ruiz\n2025 Commencement Address\n\nGraduates, good afternoon. Four years ago you arrived here.\n",
         "speech:s1:Graduates, good afternoon.\n", NULL},
        /* look-alikes: a programme's times before or after its labels are read */
        {"Programme for the Harbour Forum\n\n09:30 Welcome: Mayor Ana Ruiz opens the forum.\n10:00 Keynote: Dr Tom "
         "Hale on coastal change.\n",
         "09:30 Welcome: Mayor Ana Ruiz opens the forum.\n", NULL},
        {"Open day programme\n\nArrival: 09:30 Coaches leave the station.\n\nLunch: 12:30 Served in the great "
         "hall.\n",
         "09:30 Coaches leave the station.\n", NULL},
        /* look-alike: one time after a label is what was said */
        {"Opening hours\n\nMAYOR: 10:30 is when the doors open.\n\nCLERK: Thank you, Mayor.\n",
         "speech:s1:10:30 is when the doors open.\n", NULL},
        /* (hunt 64) the body's first paragraph is not the header's: the first of its
         * numbered paragraphs, a recital that goes on ("; and"), a sentence that opens
         * a list (":"), a letter's "My dear …," salutation */
        {"JOINT STATEMENT OF THE ECONOMIC MINISTERS\n\n27 February 2025, Kota Seri\n\n1. The Retreat was held on 27 "
         "February 2025 in Kota Seri. The Meeting was chaired by the Minister.\n\n2. The Ministers noted that GDP grew "
         "by 4.6%.\n",
         "list:-:The Retreat was held on 27 February 2025 in Kota Seri.\n", "meta:-:1."},
        {"STATE OF WESTMARCH\nEXECUTIVE DEPARTMENT\n\nEXECUTIVE ORDER NO. 2025-03\n\nDECLARING A STATE OF DISASTER "
         "EMERGENCY DUE TO SEVERE FLOODING\n\nWHEREAS, beginning on February 28, 2025, heavy rainfall of up to 9 inches "
         "caused severe flooding in Ashby, Crane and Dunlow Counties; and\n\nWHEREAS, the flooding has damaged more "
         "than 1,100 homes;\n",
         "meta:-:DECLARING A STATE OF DISASTER EMERGENCY DUE TO SEVERE FLOODING\nspeech:-:WHEREAS, beginning on February "
         "28, 2025, heavy rainfall of up to 9 inches caused severe flooding in Ashby, Crane and Dunlow Counties; and\n",
         NULL},
        {"Road closures for the City Marathon\n\nThe following roads will be closed on Sunday 16 March:\n\n7:00am: "
         "Harbour Road\n8:30am: Queen's Parade\n\nPolice will be on hand.\n",
         "speech:-:The following roads will be closed on Sunday 16 March:\n", "meta:-:7:00am"},
        {"A Pastoral Letter from Archbishop Thomas Ekwueme\n\nMy dear brothers and sisters in Christ,\n\nAs we begin "
         "this holy season of Lent, I write to you with hope.\n",
         "speech:s1:My dear brothers and sisters in Christ,\n", NULL},
        /* look-alike: a lead-in ending in a colon stays the header's */
        {"Remarks by Mayor Ana Ruiz at the Harbour Forum\n\nBelow are her remarks as prepared for delivery:\n\nGood "
         "morning. I am glad to be here.\n",
         "meta:-:Below are her remarks as prepared for delivery:\n", NULL},
        /* "FOR IMMEDIATE RELEASE – March 7, 2025 – Greenfold Foods is recalling …": the
         * instruction is not read, the dateline and the first paragraph are the body's */
        {"NOTICE: Voluntary Product Recall\n\nGreenfold Foods Recalls Granola\n\nFOR IMMEDIATE RELEASE \xE2\x80\x93 "
         "March 7, 2025 \xE2\x80\x93 Greenfold Foods is recalling 14 oz. packages of granola.\n\nNo illnesses have "
         "been reported.\n",
         "speech:-:March 7, 2025 \xE2\x80\x93 Greenfold Foods is recalling 14 oz. packages of granola.\n", "IMMEDIATE"},
        /* a lead-in under the title, over the statement and a place-date line at its
         * foot, is the header's; the statement is whose it names */
        {"Statement by the Secretary-General on Drought\n\nThe following statement was issued today by the "
         "Spokesperson for Secretary-General Amara Diallo-Fenwick:\n\nThe Secretary-General is alarmed by the "
         "worsening drought.\n\nNew York, 7 March 2025\n",
         "meta:-:The following statement was issued today by the Spokesperson for Secretary-General Amara "
         "Diallo-Fenwick:\nspeech:s1:The Secretary-General is alarmed by the worsening drought.\n", NULL},
        /* (hunt 65) a release about its header's person: her short "said" line is
         * narrated after another's quotation too */
        {"Statement from Councillor Grace Banda\n15 May 2025\n\nCouncil chief executive Mark Ellery said: \"The work "
         "is finished on time.\"\n\nCouncillor Banda said: \"I am delighted.\"\n",
         "speech:-:Councillor Banda said:\n", NULL},
        /* (hunt 66) a fact sheet's run-in headings in capitals are no one's labels;
         * "Today, I want to give three updates: on …" is someone's sentence */
        {"FACT SHEET: New Steps on Housing\n\nBUILDING MORE HOMES: Today, the President announced new steps.\n\n"
         "LOWERING COSTS: The plan cuts closing costs.\n",
         "speech:-:LOWERING COSTS: The plan cuts closing costs.\n", "s1"},
        {"Opening remarks at the media briefing\n\nGood morning.\n\nToday, I want to give three updates: on housing "
         "and on schools.\n\nMODERATOR: Thank you.\n",
         "speech:-:Today, I want to give three updates: on housing and on schools.\nspeech:s1:Thank you.\n", NULL},
        /* a quotation of several paragraphs in single marks, each opened, the last
         * closed, as British releases write them; look-alike: a term in single marks
         * opening a paragraph is no quotation left open */
        {"Press release\n\nNew powers come into force\n\nPublished 25 February 2025\n\nEnvironment Secretary "
         "Steve Reed said:\n\n'The Act is now law.\n\n'Our plan will clean up our rivers for good.'\n\nThe Act "
         "also bans bonuses.\n",
         "speech:s1:'Our plan will clean up our rivers for good.'\nspeech:-:The Act also bans bonuses.\n", NULL},
        {"Press release\n\nNew rules\n\nMinister Ana Ruiz said:\n\n'Buy now, pay later' schemes will be "
         "regulated from June.\n\nThe rules apply to all lenders.\n",
         "speech:-:The rules apply to all lenders.\n", NULL},
        /* a city alone in the header is where, never the title; nor is a line of
         * leader dots */
        {"Press release\n12 March 2025\nBrussels\n\nCommission proposes new Returns Regulation\n\nToday, the "
         "Commission has proposed a new system for returns.\n",
         "meta:-:Brussels\ntitle:-:Commission proposes new Returns Regulation\n", NULL},
        {"Security Council\n9876th meeting\nTuesday, 18 March 2025, 10 a.m.\nNew York\n\nPresident: Mr. Hassan "
         "........ (Somalia)\n\nThe President: I welcome the Secretary-General.\n",
         "meta:-:New York\n", "title:"},
        /* a summary's points under the title are a list's items, read without
         * their marks */
        {"Press release\n\nFunding to fix potholes\n\nPublished 3 April 2025\n\n- \xC2\xA3" "200 million "
         "allocated to councils\n- part of the Plan for Change\n\nCouncils will receive the money.\n",
         "list:-:\xC2\xA3" "200 million allocated to councils\nlist:-:part of the Plan for Change\n", NULL},
        /* an introduction that names by office alone the one the header names is
         * the narrator's (no "Foreign Secretary" voice reads it); look-alike: her own
         * words naming another holder of an office */
        {"Interview with the Foreign Secretary\n\nThe Foreign Secretary was interviewed on the Today programme.\n\n"
         "NICK ROBINSON: Good morning.\n\nDAVID LAMMY: Good morning, Nick.\n",
         "speech:-:The Foreign Secretary was interviewed on the Today programme.\n", NULL},
        {"Statement by the Prime Minister\n\nI spoke today with the Prime Minister of Japan about trade, and we "
         "agreed to meet again.\n",
         "speech:s1:I spoke today with the Prime Minister of Japan about trade, and we agreed to meet again.\n", NULL},
        /* an office, a comma and its holder under the kind is who speaks, not the
         * title; look-alike: a headline with a comma stays the title */
        {"Ministerial Statement\n2025-02-11\n\nMinister of Foreign Affairs, H.E. Dr. Abdullah bin Zayed\n\nWe "
         "will support peace in the region.\n",
         "meta:-:Minister of Foreign Affairs, H.E. Dr. Abdullah bin Zayed\n", "title:-:Minister of"},
        {"Press release\n\nMinister opens bridge, Harbour Road closes\n\nThe bridge opened today.\n",
         "title:-:Minister opens bridge, Harbour Road closes\n", NULL},
        /* an interview's closing line on how it was made is the publisher's note */
        {"Interview with the Chancellor\n\nFT: Is it enough?\n\nMerz: No.\n\nThe interview was conducted by Guy "
         "Chazan and Laura Pitel.\n",
         "note:-:The interview was conducted by Guy Chazan and Laura Pitel.\n", NULL},
        /* a noon briefing's item headed "Place: Topic" in Title Case, alone over its
         * paragraph, is a heading, not a speaker "Ukraine" reading the item;
         * look-alikes: a field naming a person, and a label that speaks elsewhere */
        {"Daily Press Briefing by the Office of the Spokesperson\n\n12 March 2025\n\nUkraine: Humanitarian "
         "Aid\n\nAid convoys reached two towns yesterday.\n\nSudan\n\nThe fighting goes on.\n\nQuestion: Has he "
         "spoken with them?\n\nSpokesperson: He has not.\n",
         "heading:-:Ukraine: Humanitarian Aid\n", "Ukraine:s"},
        {"Tribunal decision\n\nSecretary: Ms Ruth Delahay (Judicial Services)\n\nThe panel met on 3 May.\n",
         ":-:Secretary: Ms Ruth Delahay (Judicial Services)\n", "heading:"},
        {"Press conference\n\nQ: When will she leave?\n\nRUIZ: Good Morning Everyone\n\nShe leaves on "
         "Monday.\n\nQ: Thanks.\n\nRUIZ: That is all.\n",
         "speech:s2:Good Morning Everyone\n", "heading:"},
        /* a hearing's address block, its lines ending in commas, its last "Washington,
         * DC." with a stop: the header's */
        {"HEARING ON RURAL BROADBAND\n\nTUESDAY, JUNE 11, 2024\n\nU.S. Senate,\nCommittee on Commerce, Science, and "
         "Transportation,\nWashington, DC.\n\nThe CHAIR. Good morning.\n\nSenator DALGLIESH. Thank you.\n",
         "meta:-:Washington, DC.\n", NULL},
        /* header attributions: "Speech given by …", an alumna's class year after her
         * name, a pope's homily: who speaks */
        {"Inflation expectations and the last mile\nSpeech given by Rowena Achterberg, Deputy Governor\nFriday 7 "
         "February 2025\n\nHeadline inflation fell to 2.5% in December.\n",
         "speech:s1:Headline inflation fell to 2.5% in December.\n", NULL},
        {"Commencement Address by Judge Felicity Ampofo-Rowe '89\nHarwell College Class of 2025\n\nThank you, and "
         "congratulations to the Class of 2025!\n",
         "speech:s1:Thank you, and congratulations to the Class of 2025!\n", NULL},
        {"Homily of His Holiness Pope Clement XV\nHoly Mass for the Solemnity of Pentecost\nSunday, 8 June 2025\n\n"
         "Dear brothers and sisters, today the Spirit is poured out upon us.\n",
         "speech:s1:Dear brothers and sisters, today the Spirit is poured out upon us.\n", NULL},
        /* a hearing's excerpt, three labels ended by stops, each heard once: turns */
        {"NOMINATION HEARING\nTHURSDAY, JULY 17, 2025\n\n    Chairman Tolliver. Good morning, everyone.\n    "
         "Senator Achebe. Thank you, Mr. Chairman.\n    Ms. Vanterpool. Thank you. I am honored.\n",
         "speech:s1:Good morning, everyone.\nspeech:s2:Thank you, Mr. Chairman.\nspeech:s3:Thank you.\n", NULL},
        /* a speaker key's initials alone on a line, the words on the next, as WHO
         * prints its briefings: each a turn of the one the key names */
        {"Media briefing on mpox\n3 July 2025\n\nSpeaker key:\nTJ Tariq Jamalov\nCL Christine Lagerwall\n\nCL\nHello "
         "and welcome.\n\nTJ\nGood morning.\n\nCL\nThank you, Dr Tariq.\n",
         "speech:s1:Hello and welcome.\nspeech:s2:Good morning.\nspeech:s1:Thank you, Dr Tariq.\n", "heading:"},
        /* a speech that hands the floor to someone by name: their line over their
         * words ("Name, Office", or "Name:" before them) opens their turn */
        {"Chair's Address - Dame Philippa Osei-Harland\n14 May 2025\n\nI will now hand over to our CEO, Mr. Tobias "
         "Vrana.\n\nTobias Vrana, Chief Executive Officer\n\nThank you, Chair. Safety comes first.\n",
         "speech:s2:Thank you, Chair.\n", "heading:"},
        {"Chair's Address - Dame Philippa Osei-Harland\n14 May 2025\n\nI will now hand over to our CEO, Mr. Tobias "
         "Vrana.\n\nTobias Vrana: Thank you, Chair. Safety comes first.\n",
         "speech:s2:Thank you, Chair.\n", NULL},
        /* a UN record's roster with spaced dot leaders: the header's, no speaker
         * "Members" reading it, and the President named by it */
        {"Security Council\n9901st meeting\nTuesday, 14 January 2025, 10 a.m.\n\nPresident:   Mr. Vasquez Rend\xC3\xB3n "
         " . . . . . . . . . (Ecuador)\n\nMembers:     Algeria . . . . . . . . . Mr. Benmoussa\n             France "
         " . . . . . . . . . Mr. Delacroix-Morin\n\nThe President: I give the floor to Mr. Benmoussa.\n\nMr. "
         "Benmoussa (Algeria): Thank you.\n",
         "speech:s1:I give the floor to Mr. Benmoussa.\nspeech:s2:Thank you.\n", "speech:s2:Algeria"},
        /* a match's score under the kind names no one (no speaker "Ashcombe Rovers"
         * reading the report); an annual general meeting is no one either */
        {"POST-MATCH PRESS CONFERENCE\nAshcombe Rovers 2-1 Beckford Town\nSaturday 8 March 2025\n\nInterim head "
         "coach Sam Oyelaran spoke to the media after the match.\n\nQ: Sam, how does it feel?\n\nSO: Brilliant.\n",
         "speech:-:Interim head coach Sam Oyelaran spoke to the media after the match.\n", NULL},
        {"Northgate Minerals plc\nANNUAL GENERAL MEETING 2025\n\nGood morning, ladies and gentlemen.\n",
         "speech:-:Good morning, ladies and gentlemen.\n", NULL},
        /* a call's questions under "Question-and-Answer Session": names over their
         * words are turns, each heard once */
        {"Results call\n\nQuestion-and-Answer Session\n\nUnidentified Analyst\n\nCan you comment on margins?\n\n"
         "Maria Est\xC3\xA9vez\n\nMargins were 12%.\n",
         "speech:s1:Can you comment on margins?\nspeech:s2:Margins were 12%.\n", "heading:"},
        /* a release's frequently asked questions are the narrator's, labels and all
         * (no questioner, no one who answers); a body's sentence that opens with a
         * header field's word ("From: the perspective …") is no field */
        {"Press release\n\nCouncil launches energy grant\n\nThe council today launched a grant.\n\nFrequently "
         "asked questions\n\nQuestion: Who is eligible?\nAnswer: All residents over 18.\n\nQuestion: How do I "
         "apply?\nAnswer: Online.\n",
         "speech:-:Question: Who is eligible?\nspeech:-:Answer: All residents over 18.\n", NULL},
        {"Statement\n\nFrom: the perspective of the board, the merger is good news. We welcome it.\n\nThe board "
         "meets in May.\n",
         "speech:-:From: the perspective of the board, the merger is good news.\n", NULL},
        /* look-alike of "Q: Reuters: …": a topic after the label is the question's */
        {"Press briefing\n\nSPOKESPERSON: Good afternoon.\n\nQ: Ukraine: will aid continue?\n\nSPOKESPERSON: "
         "Yes.\n",
         "speech:s2:Ukraine: will aid continue?\n", NULL},
        /* "Y/Y." ends a sentence: a ratio's letter, no initial */
        {"Results\n\nRevenue rose 9% Y/Y. Margins also rose.\n", "speech:-:Margins also rose.\n", NULL},
        /* a dateline with an en or em dash after a city or a venue ("Paris – 22
         * January 2024") is the header's date, no chapter; look-alike: a heading's
         * words before the dash stay a title */
        {"Joint press statement by the President of the Republic\n\nParis \xE2\x80\x93 22 January 2024\n\nWe agree.\n",
         "meta:-:Paris \xE2\x80\x93 22 January 2024\n", "heading:"},
        {"Statement\n\nEvening Update \xE2\x80\x93 January 28, 2025\n\nWe agree.\n",
         "title:-:Evening Update \xE2\x80\x93 January 28, 2025\n", NULL},
        /* salutations without commas, a guest of honour named over them: the
         * speaker's first words, not the header's */
        {"Speech by Minister Tan Wei Ming at the Launch of the Green Plan\n\nMr Daniel Koh, Chairman, Singapore "
         "Logistics Association\n\nDistinguished guests\n\nLadies and gentlemen\n\nGood morning. I am happy to be "
         "here.\n",
         "speech:s1:Mr Daniel Koh, Chairman, Singapore Logistics Association\nspeech:s1:Distinguished guests\n", NULL},
        /* an interview's headline, "Name: words", over a standfirst naming her: the
         * title, no turn; look-alike: a first turn over another turn */
        {"Chancellor Wallner: Europe must stand together\n\nInterview with Federal Chancellor Theresa Wallner in Der "
         "Morgen, 5 May 2024\n\nDer Morgen: Madam Chancellor, is Europe united?\n\nWallner: More than ever.\n",
         "title:-:Chancellor Wallner: Europe must stand together\n", "speech:s1:Europe must"},
        {"HALE: Good morning everyone\n\nRUIZ: Good morning, Tom Hale.\n\nHALE: Let us start.\n",
         "speech:s1:Good morning everyone\n", NULL},
        /* "* * *" between a statement and its questions: the speaker who goes on in the
         * first person under it keeps the turn */
        {"PRESS CONFERENCE\n\nHelena Varga, President of the ECB\n\nFrankfurt, 11 April 2024\n\nGood afternoon. "
         "Rates are unchanged.\n\n* * *\n\nWe are now ready to take your questions.\n\nQuestion: Is June "
         "done?\n\nVarga: No.\n",
         "speech:s1:We are now ready to take your questions.\n", NULL},
        /* an interview of two turns, the interviewee labelled by the surname the
         * header gives in full: turns, their labels not read */
        {"Chancellor Wallner on Europe\n\nInterview with Federal Chancellor Theresa Wallner in Der Morgen, 5 May "
         "2024\n\nDer Morgen: Madam Chancellor, is Europe united?\n\nWallner: More than ever.\n",
         "speech:s1:Madam Chancellor, is Europe united?\nspeech:s2:More than ever.\n", NULL},
        /* an itinerary's "Note for media:" is the publisher's, no outlet asking;
         * look-alike: an outlet's label asks */
        {"Itinerary\n\n9:30 a.m.\nThe Prime Minister will meet the Mayor.\n\nNote for media:\nPooled photo "
         "opportunity\n\n11:00 a.m.\nThe Prime Minister will attend a lunch.\n",
         "The Prime Minister will attend a lunch.\n", ":s1:"},
        {"Press conference\n\nPRIME MINISTER: Good morning.\n\nNordic media: Will you go to Oslo?\n\nPRIME "
         "MINISTER: Yes.\n",
         "speech:s2:Will you go to Oslo?\n", NULL},
        /* prepared remarks that set each speaker on a line of their own, "Name,
         * Office", over what they say: turns; look-alike: such a line under a
         * quotation credits it */
        {"Northwind Energy Q4 2024 Prepared Remarks\n\nAisha Raman, Chief Executive Officer\n\nThank you, and "
         "good morning.\n\nPeter Hollis, Chief Financial Officer\n\nThanks, Aisha. Revenue grew 18%.\n",
         "speech:s1:Thank you, and good morning.\nspeech:s2:Thanks, Aisha.\n", NULL},
        {"Remarks\n\nAcme opens plant\n\nAcme opened a plant today.\n\n\"We are proud of this work,\" she "
         "said.\n\nJane Doe, Chief Executive Officer\n\nThe plant opens in May with 200 jobs.\n\nMedia "
         "contact\n\nTom Hale, Communications Manager\n\ntom@acme.example\n",
         "speech:-:The plant opens in May with 200 jobs.\n", NULL},
        /* an Australian transcript's stacked header, one "THE HON … MP" a person:
         * two speakers, though one surname is an office's word */
        {"THE HON HELEN BISHOP MP\nTHE HON ALAN TEE MP\n\nDOORSTOP INTERVIEW\n\nHELEN BISHOP: Hello.\n\nALAN "
         "TEE: Hi.\n",
         "speech:s1:Hello.\nspeech:s2:Hi.\n", NULL},
        /* Hansard: a member's name over the question they ask ("To ask …"); a
         * minister's office with commas in its department's name, the peer in
         * brackets, is a turn's label; look-alike: a sentence of names before a colon */
        {"Flood Defences\nVolume 845: debated on Tuesday 4 March 2025\n\nLord Harlow\nTo ask His Majesty's "
         "Government what steps they are taking.\n\nThe Parliamentary Under-Secretary of State, Department for "
         "Environment, Food and Rural Affairs (Baroness Hayman of Ullock): My Lords, we have acted.\n\nLord "
         "Harlow: My Lords, I thank the Minister.\n",
         "speech:s1:To ask His Majesty's Government what steps they are taking.\nspeech:s2:My Lords, we have "
         "acted.\nspeech:s1:My Lords, I thank the Minister.\n", NULL},
        {"Visit\n\nThe Chancellor, the Home Secretary and the Mayor: a joint visit to the port.\n",
         "speech:-:The Chancellor, the Home Secretary and the Mayor: a joint visit to the port.\n", NULL},
        /* look-alikes: an acting office in capitals, and a surname said again, speak */
        {"Hearing transcript\n\nACTING CHAIR RUIZ: The committee will come to order.\n\nSENATOR HALE: Thank "
         "you.\n",
         "speech:s1:The committee will come to order.\n", NULL},
        {"Hearing transcript\n\nJOHN MANNING: Good morning.\n\nSENATOR HALE: Thank you.\n\nJOHN MANNING: We "
         "begin.\n",
         "speech:s1:Good morning.\n", NULL},
        /* look-alike: counts in a sentence are read */
        {"Update\n\nThe appeal video passed 12 views an hour.\n\n1.2K Likes on the first day.\n",
         "speech:-:1.2K Likes on the first day.\n", NULL},
        /* a record's footnote as the US Government Publishing Office sets it between
         * the turns, wrapped over two lines and between rules: the narrator's note,
         * not the last speaker's words */
        {"CONFIRMATION HEARING\nTUESDAY, MAY 6, 2025\n\n    OPENING STATEMENT OF CHAIRWOMAN DELACROIX\\1\\\n\n"
         "    Chairwoman Delacroix. The committee will come to order.\n    Mr. Okonkwo. Thank you, Madam "
         "Chairwoman.\n-----------------------------------------------------------------\n    \\1\\ The "
         "prepared statement of Chairwoman Delacroix appears in the\nAppendix on page 44.\n"
         "-----------------------------------------------------------------\n    Chairwoman Delacroix. Please "
         "proceed.\n",
         "note:-:\\1\\ The prepared statement of Chairwoman Delacroix appears in the Appendix on page 44.\n"
         "speech:s1:Please proceed.\n",
         "speech:s2:\\1\\"},
        /* a speech's back matter under "References" or "Endnotes": the narrator's */
        {"The long road back to target\nSpeech by Ilse Brandvold, Deputy Governor\nMonday 3 March 2025\n\n"
         "Services inflation has been slow to fall. Thank you.\n\nReferences\n\nHalvorsen, K (2022), "
         "'Wage setting after the shock', Staff Paper No. 12.\n\n1. Statistics Norway, Consumer price index, "
         "January 2025.\n",
         "note:-:Halvorsen, K (2022), 'Wage setting after the shock', Staff Paper No. 12.\n",
         "s1:Halvorsen"},
        {"Closing the gap\nSpeech by Ilse Brandvold, Deputy Governor\n\nWe have more to do. Thank you.\n\n"
         "Endnotes:\n\nThe figures are for the year to January.\n",
         "note:-:The figures are for the year to January.\n", "s1:The figures"},
        /* a parliament's members answering together, "No.", as they cry "Hear, hear.":
         * a direction, no speaker "Members" */
        {"Meeting of the Parliament\nThursday 6 March 2025\n\nThe Presiding Officer: The question is, that "
         "amendment 4.1 be agreed to. Are we agreed?\n\nMembers: No.\n\nThe Presiding Officer: There will be "
         "a division.\n",
         "stage:-:Members: No.\nspeech:s1:There will be a division.\n", "s2:"},
        /* the United Nations' record of a guest escorted into the Hall, between the
         * President's turns: the narrator's, not the President's */
        {"General Assembly\n12th plenary meeting\n\nThe President: The Assembly will now hear an address by the "
         "President of the Republic of Lendara.\n\nMr. Jomo Kariuki, President of the Republic of Lendara, was "
         "escorted into the General Assembly Hall.\n\nThe President: I invite him to address the Assembly.\n",
         "speech:-:Mr. Jomo Kariuki, President of the Republic of Lendara, was escorted into the General Assembly "
         "Hall.\n",
         "s1:Mr. Jomo"},
        /* a paragraph of one sentence with its footnote's mark after the stop: body, no
         * heading */
        {"Statement\n\nPolice used water cannon at the protest.\n\nThe organisation has documented similar "
         "patterns since 2021.[1]\n\n[1] Interviews with witnesses, May 2025.\n",
         "speech:-:The organisation has documented similar patterns since 2021.[1]\n", "heading:"},
        /* an agency's letters before a headline in lower case: the title, read by the
         * narrator; look-alike: the same letters before a sentence are a turn */
        {"News release\n14 August 2025\n\nICRC: families still searching for missing relatives in Kessara\n\n"
         "Geneva \xE2\x80\x93 Two years after the end of hostilities, 1,940 families are still waiting.\n",
         "title:-:ICRC: families still searching for missing relatives in Kessara\n", "speech:-:ICRC"},
        {"Press briefing\n\nICRC: Families are still searching for their relatives.\n\nUNHCR: We share that "
         "concern.\n",
         "speech:s1:Families are still searching for their relatives.\n", NULL},
        /* an emergency warning's fields in capitals, in the body: read with their labels
         * by the narrator, no speaker "Forecast" or "Road Closures" who takes the rest;
         * an alert's details block likewise (no outlet "RESPONSIBLE AGENCY" asking) */
        {"Flood Warning for the Ashby River\nIssued 6:00 am Tuesday 4 March 2025\n\nHeavy rain has caused rises "
         "along the river.\n\nFORECAST: The river is likely to exceed the major flood level around 4 am.\n\nROAD "
         "CLOSURES: Kerr Rd is closed at the low-level crossing.\n\nEVACUATION CENTRE: The town hall is open.\n\n"
         "The next warning will be issued by 11 am.\n",
         "ROAD CLOSURES: Kerr Rd is closed at the low-level crossing.\nmeta:-:EVACUATION CENTRE: The town hall is "
         "open.\nspeech:-:The next warning will be issued by 11 am.\n",
         "s1:"},
        {"Emergency Warning - Tallow Creek Fire\n\nFIRE: Yes\nRESPONSIBLE AGENCY: Rural Fire Service\n\nSeek shelter "
         "as the fire approaches.\n",
         "meta:-:RESPONSIBLE AGENCY: Rural Fire Service\nspeech:-:Seek shelter as the fire approaches.\n", "s1:"},
        /* look-alike: "Outlook" alone heads a section of a results release */
        {"Harlow Foods reports H1 results\n14 November 2024\n\nHarlow Foods today announced its results.\n\n"
         "Outlook\n\nWe expect growth of 4% for the year.\n",
         "heading:-:Outlook\n", NULL},
        /* "Phase I": a numeral after a word that counts, no one speaking in the first
         * person: the notice is the narrator's */
        {"PRESS NOTE\n\nSubject: Schedule for the General Election, 2025\n\nPolling for Phase I will be held on 6 "
         "November 2025.\n\nThe Model Code of Conduct comes into force at once.\n",
         "speech:-:Polling for Phase I will be held on 6 November 2025.\n", "s1:"},
        /* a contact's line with a number, and a signature's "On behalf of …", alone
         * between blank lines at the foot: no headings, no chapters of their own */
        {"MEDIA RELEASE\n\nEmergency Warning issued for Tallow Creek fire\n\nCall Triple Zero (000) if your life is "
         "at risk.\n\nBush Fire Information Line: 1800 679 737\n\nENDS\n",
         "speech:-:Bush Fire Information Line: 1800 679 737\n", "heading:"},
        {"DECISION\n\nThe Athlete is suspended for 18 months.\n\nOn behalf of the Disciplinary Commission\n\nJudge "
         "Amara Lindholm\nChair\n",
         "speech:-:On behalf of the Disciplinary Commission\n", "heading:"},
        /* "Spokesperson: NAME, ORG" over the quotation it attributes: the line the
         * narrator's, the quotation hers, the narration after it the narrator's */
        {"Emergency Warning - Tallow Creek Fire\n\nIf you are in Tarrawong, it is too late to leave.\n\n"
         "Spokesperson: Inspector Kylie Brennan, NSW RFS\n\"Crews are doing everything they can.\"\n\nNext "
         "update at 6pm.\n",
         "speech:-:Spokesperson: Inspector Kylie Brennan, NSW RFS\nspeech:s1:\"Crews are doing everything they "
         "can.\"\nspeech:-:Next update at 6pm.\n",
         NULL},
        /* a list numbered i., ii., iii. that goes on a sentence, its first item in lower
         * case too: every item a list's, no "i" said */
        {"Minister reviews flood preparedness\n\nHe further directed that:\n\ni. embankments at 42 locations be "
         "strengthened;\nii. CWC share forecasts early;\niii. States update their maps.\n",
         "list:-:embankments at 42 locations be strengthened;\nlist:-:CWC share forecasts early;\n", NULL},
        /* lines of a label, a spaced dash and its value: each its own utterance, not
         * two run together without a pause */
        {"EARTHQUAKE INFORMATION No. 3\n\nReported Intensities:\nIntensity 6 - Borongan City, Eastern Samar\n"
         "Intensity 5 - Tacloban City, Leyte\nIntensity 4 - Ormoc City, Leyte\n",
         "speech:-:Intensity 6 - Borongan City, Eastern Samar\nspeech:-:Intensity 5 - Tacloban City, Leyte\n", NULL},
        /* a statement "by" an office that quotes its holder in the third person: the
         * narration around the quotation is the narrator's, not the office's voice;
         * look-alike: the body in the first person is the office's */
        {"Election results: North Constituency\n\nStatement by the Chief Electoral Officer\n\nChief Electoral "
         "Officer Dr. Hamid Sorensen said: \"Polling went smoothly.\"\n\nResults for the remaining 9 constituencies "
         "will be declared as counts conclude.\n",
         "speech:-:Results for the remaining 9 constituencies will be declared as counts conclude.\n", NULL},
        {"Election results: North Constituency\n\nStatement by the Chief Electoral Officer\n\nPolling went "
         "smoothly at all 61 polling stations. I thank the staff.\n",
         "speech:s1:Polling went smoothly at all 61 polling stations.\n", NULL},
        /* a reporter's sign-off under her surname, a roster's shape, is her turn
         * (look-alike: a first line's roster is a field) */
        {"Rural Hospitals Brace For Cuts\n\nSARAH VOSS, BYLINE: Brenda Koehler runs the hospital.\n\nBRENDA "
         "KOEHLER: I don't know how we keep the lights on.\n\nVOSS: Sarah Voss, NPR News, Broken Bow, Neb.\n",
         "speech:s1:Sarah Voss, NPR News, Broken Bow, Neb.\n", "VOSS:"},
        {"Match report\n\nHarbourside: Whitcombe; Adeyemi, Kowalczyk, O'Dowd, Marsh.\n\nThe home side won.\n",
         "Harbourside: Whitcombe", NULL},
        /* "OK." opening a paragraph of a record with labels ending in a stop is a word
         * said, not a speaker's label (look-alike: a name's label so) */
        {"Transcript of Chair Powell's Press Conference\n\nCHAIR POWELL. Good afternoon.\n\nOK. So let me say a "
         "word about jobs.\n\nMICHELLE SMITH. Steve.\n\nSTEVE LIESMAN. Was this a cut?\n\nCHAIR POWELL. Yes.\n",
         "speech:s1:OK.\nspeech:s1:So let me say", NULL},
        {"Transcript of Chair Powell's Press Conference\n\nCHAIR POWELL. Good afternoon.\n\nMICHELLE SMITH. "
         "Steve.\n\nSTEVE LIESMAN. Was this a cut?\n\nCHAIR POWELL. Yes.\n",
         "speech:s3:Was this a cut?", NULL},
        /* a Fed record's three labels ended by stops, one an office's in capitals,
         * two names in capitals: each a turn (look-alike: three such names with no
         * titled one are a release's lines) */
        {"Transcript of Chair Powell's Press Conference\nSeptember 17, 2025\n\nCHAIR POWELL. Good afternoon.\n\n"
         "MICHELLE SMITH. Steve.\n\nSTEVE LIESMAN. Steve Liesman, CNBC. Was this a cut?\n",
         "speech:s3:Was this a cut?", "MICHELLE SMITH"},
        {"Winners announced\n\nANNA BELL. Gold in the sprint.\n\nTOM REED. Silver in the relay.\n\nJOE KING. "
         "Bronze.\n",
         "ANNA BELL", NULL},
        /* a judgment's votes, however often they come, are read by the narrator with
         * their labels */
        {"Press Release\n\nMaritime Delimitation (Alvaria v. Tessaly)\n\nBy fourteen votes to two, the Court rejects "
         "the first objection.\n\nIN FAVOUR: President Iwasawa; Judges Tomka, Abraham;\n\nAGAINST: Judge Salam;\n\n"
         "By fifteen votes to one, the Court finds that it has jurisdiction.\n\nIN FAVOUR: President Iwasawa; Judges "
         "Tomka, Salam;\n\nAGAINST: Judge Abraham;\n\nThe Court fixes the time-limits.\n",
         "speech:-:By fourteen votes to two, the Court rejects the first objection.\n", ":s1:"},
        {"Press Release\n\nMaritime Delimitation (Alvaria v. Tessaly)\n\nBy fourteen votes to two, the Court rejects "
         "the first objection.\n\nIN FAVOUR: President Iwasawa; Judges Tomka, Abraham;\n\nAGAINST: Judge Salam;\n\n"
         "By fifteen votes to one, the Court finds that it has jurisdiction.\n\nIN FAVOUR: President Iwasawa; Judges "
         "Tomka, Salam;\n\nAGAINST: Judge Abraham;\n\nThe Court fixes the time-limits.\n",
         ":-:The Court fixes the time-limits.\n", "byline:"},
        /* look-alike: a byline's person after "By" */
        {"Statement\n\nBy Ana Ruiz, Minister for Ports\n\nThe port reopens today.\n", "byline:-:By Ana Ruiz", NULL},
        /* an outlet's label in bold whose first word ends in -ing, said again, is its
         * turns (look-alike: once, a heading's) */
        {"The Rolling Record Interview: Dara Quinn\n\nOctober 3, 2025\n\n**ROLLING RECORD:** You wrote it in a "
         "lighthouse?\n\n**DARA QUINN:** Not all of it.\n\n**ROLLING RECORD:** Why there?\n\n**DARA QUINN:** No "
         "Wi-Fi.\n",
         "speech:s1:Why there?\n", "ROLLING RECORD"},
        /* a club's press officer opens a press conference: her turn, not a contact's
         * line in the header, and the players' labels after it are theirs */
        {"Pre-match press conference \xE2\x80\x93 FC Nordhavn\n\nTuesday 4 November 2025\n\nPress officer: Good "
         "evening and welcome.\n\nQuestion: Mads, how do you feel?\n\nMads Kjaer: Good, of course.\n\nQuestion: "
         "Henrik, is Lund fit?\n\nHenrik Aalund: He trained today.\n",
         "speech:s1:Good evening and welcome.\n", "Mads Kjaer:"},
        /* look-alike: a press officer's contact line at the foot */
        {"Statement\n\nThe club has signed a new striker.\n\nPress officer: Lena Berg, +45 33 12 34 56\n",
         "Lena Berg", "speech:s1"},
        /* after a played clip, unlabelled words are the host's who played it
         * (look-alike: an "(END OF TRANSCRIPT)" with no clip open changes no one) */
        {"STATE OF THE UNION\n\nJAKE TAPPER, CNN HOST: Here's what the governor said.\n\n(BEGIN VIDEO CLIP)\n\n"
         "GOV. ADRIAN BROUSSARD (R-LA): We are not going to raise taxes.\n\n(END VIDEO CLIP)\n\nSo, Senator Park, "
         "your response?\n\nSEN. JULIA PARK (D-OR): He's wrong, Jake.\n",
         "speech:s1:So, Senator Park, your response?\n", NULL},
        {"STATE OF THE UNION\n\nJAKE TAPPER, CNN HOST: Welcome.\n\nSEN. JULIA PARK (D-OR): Thank you.\n\n(END "
         "OF TRANSCRIPT)\n\nIt was a long week.\n",
         "speech:s2:It was a long week.\n", NULL},
        /* a sentence that opens with a kind's word ("Q&A") is the body's, not a kind
         * line of the header */
        {"Statement by the Board of Regents\n\nApril 2, 2025\n\nQ&A sessions will be held at 4 p.m. in the Student "
         "Union, Suite 204.\n\nThe Board thanked all staff.\n",
         "speech:-:Q&A sessions will be held", NULL},
        /* '"…," she said.' after a sentence about someone unnamed ("Our client …") is
         * no one named before's (look-alike: after the named person's sentence, hers) */
        {"Statement on the Court's Decision\n\nJune 30, 2025\n\nJudge Ellen Sato dissented.\n\nOur client was fired "
         "in 2022.\n\n\"I just wanted to be treated like everyone else,\" she said.\n",
         "speech:-:\"I just wanted to be treated like everyone else,\" she said.\n", NULL},
        {"Statement on the Court's Decision\n\nJune 30, 2025\n\nCouncillor Ellen Sato welcomed the ruling.\n\n"
         "\"It is a good day for the town,\" she said.\n",
         "speech:s1:\"It is a good day for the town,\"", NULL},
        /* a quotation wrapped by hand over a line end, its attribution after it, and
         * the next quotation wrapped too: hers, whole sentences */
        {"Measles outbreak update\n\n\"I urge every parent to check their child's vaccination\nrecord,\" said "
         "Health Minister Amara Diallo. \"Vaccination is free at every\npublic clinic.\"\n",
         "speech:s1:\"Vaccination is free at every public clinic.\"\n", "speech:-:\"I urge"},
        /* the comma after the closing mark, as British and European releases set it */
        {"Talks in Berlin\n\nThe two ministers met in Berlin today.\n\n\"We share the same goals\", said Foreign "
         "Minister Anna Keller.\n",
         "speech:s1:\"We share the same goals\",\nspeech:-:said Foreign Minister Anna Keller.\n", NULL},
        /* an e-mail's sign-off under a release in the third person: no one speaks it;
         * under a message that says "we", its writer does */
        {"MEDIA RELEASE\n\nHarbour reopens after storm\n\nThe port reopened to shipping today after three days "
         "of closure.\n\nHarbour master Ines Moreau said: \"The channel is safe.\"\n\nKind regards,\n\n"
         "Media Team\nHarbour Authority\n",
         "speech:-:The port reopened to shipping today after three days of closure.\n", ":s1:Kind regards"},
        {"Harbour reopens after storm\n\nThe port reopened to shipping today, and we thank every crew.\n\n"
         "Kind regards,\n\nMarta Lindqvist\nHarbour Master\n",
         "speech:s1:The port reopened to shipping today, and we thank every crew.\n", NULL},
        /* a row of sharing buttons and a mail system's banner: not read, no speaker */
        {"Council approves transport plan\n\nShare this page\nFacebook Twitter LinkedIn Email\nEmail this page\n\n"
         "The City Council has approved a plan to widen pavements.\n\nCAUTION: This email originated from "
         "outside of the organisation. Do not click links unless you recognise the sender.\n",
         "speech:-:The City Council has approved a plan to widen pavements.\n", "Facebook"},
        {"New hospital wing to open in April\n\nThe new wing will open on 7 April.\n\nCAUTION: This email "
         "originated from outside of the organisation. Do not click links.\n",
         "speech:-:The new wing will open on 7 April.\n", "originated"},
        /* German quotation marks, low to high, as German releases copied into English set them */
        {"Talks in Berlin\n\nThe two ministers met in Berlin today.\n\n\xE2\x80\x9EWe share the same goals,"
         "\xE2\x80\x9C said Foreign Minister Anna Keller.\n",
         "speech:s1:\xE2\x80\x9EWe share the same goals,\xE2\x80\x9C\nspeech:-:said Foreign Minister Anna Keller.\n", NULL},
        /* "me" in a French ordinal ("3ème") and "I" in "clause 4I" are no one's first
         * person: the narrator's */
        {"Ocean summit\n\nThe summit will be held in the 3\xC3\xA8me arrondissement under clause 4I.\n",
         "speech:-:The summit will be held", ":s1:"},
        /* a PDF's text: a running head beside its page number, a page's number alone, a
         * page's foot over the next page's head, none read */
        {"MINISTRY OF WATER \xE2\x80\x94 PRESS RELEASE\n\nFunding for rural water schemes\n\nThe Minister today "
         "announced new funding for rural water schemes.\n\nMINISTRY OF WATER \xE2\x80\x94 PRESS RELEASE          "
         "Page 1 of 2\n\n2\n\nWorks will begin in the third quarter of the year.\n",
         "speech:-:The Minister today announced new funding for rural water schemes.\nspeech:-:Works will begin",
         "Page 1"},
        {"Consumer prices, June 2025\n\n15 July 2025\n\nAnnual inflation was 2.4% in June.\n\nStatistics Office | "
         "Consumer prices | June 2025\n\nStatistics Office | Consumer prices | June 2025\n\nFood prices rose by 3.1%.\n",
         "speech:-:Annual inflation was 2.4% in June.\nspeech:-:Food prices rose by 3.1%.\n", NULL},
        /* a news page's and a blog's own matter inside and under an article, a mail
         * client's line, a post's counters: none read, no chapter opened */
        {"Libraries funding\n\nThe Minister launched National Literacy Week in Northfield.\n\nREAD MORE: Literacy "
         "strategy published\n\nAdvertisement\n\nThe Minister also announced 12 million pounds for libraries.\n\n"
         "Credit: Media Relations Unit\n\nDownload the strategy (PDF, 2.3 MB)\n\nLike this:\nLoading...\n\n"
         "\xF0\x9F\x91\x89 More info: link in bio\n\xE2\x9D\xA4\xEF\xB8\x8F 245  \xF0\x9F\x94\x81 88\n\n"
         "Sent from my iPhone\n",
         "speech:-:The Minister launched National Literacy Week in Northfield.\nspeech:-:The Minister also announced "
         "12 million pounds for libraries.\n", "heading:"},
        {"Libraries funding\n\nThe Minister launched National Literacy Week.\n\nDownload the strategy (PDF, 2.3 MB)\n\n"
         "Like this:\nLoading...\n\nSent from my iPhone\n",
         "speech:-:The Minister launched National Literacy Week.\n", "Loading"},
        /* a page's cookie notice, accessibility link and audio player over the text: the
         * headline under them titles the statement */
        {"This website uses cookies to improve your experience. OK\n\nSkip to content\n\nListen to this article\n"
         "Audio: 3:45\n\nGovernment confirms new bridge for Riverton\n\nThe government has confirmed funding for a new "
         "bridge.\n",
         "title:-:Government confirms new bridge for Riverton\n", "cookies"},
        /* a byline's reading time after a separator set with two spaces each side */
        {"Statement on today's strike action\n\nBy Communications Team  |  12 May 2025  |  2 min read\n\n"
         "Today's strike action will cause significant disruption.\n",
         "Communications Team", "min read"},
        /* a PDF's first page marked at the top: the line under "Page 1 of 2" is the title,
         * not a page's head, whatever date it ends in; the next page's head and number
         * under the last paragraph are not read, and a field under them is */
        {"HARBOUR STATISTICS BOARD\nPage 1 of 2\n\nPort traffic, May 2025\n\n12 June 2025\n\nCargo handled in "
         "May rose by 4.1% on the year before.\n\nHARBOUR STATISTICS BOARD\nPage 2 of 2\n\nNext release: 10 July 2025\n",
         "title:-:Port traffic, May 2025\nmeta:-:12 June 2025\nspeech:-:Cargo handled in May rose by 4.1% on the year "
         "before.\nmeta:-:Next release: 10 July 2025\n",
         "Page 2"},
        /* a web page's matter under a signed statement: a print link, a file's name, its
         * language and size, related topics; the signature is its signer's, the rest not
         * read */
        {"Statement of the Spokesperson\n\nThe Union welcomes the ceasefire agreed today in Lusaka.\n\nMarta Gil\n"
         "Spokesperson\n\nPrint friendly pdf\nStatement on the Lusaka ceasefire_EN.pdf\nEnglish\n(98.12 KB - PDF)\n"
         "Download\n\nRelated topics\nPeace and security\n\nDelegation of the Union to Zambia\n"
         "Plot 4899, Brentwood Drive, Lusaka 10101\n",
         "speech:s1:The Union welcomes the ceasefire agreed today in Lusaka.\nmeta:-:Marta Gil\nmeta:-:Spokesperson\n",
         "pdf"},
        /* a mission's address under the last words of a speech: the narrator's */
        {"Statement by Ambassador Rui Sato\n\nWater scarcity is the challenge of our time.\n\nI thank you.\n\n"
         "Permanent Mission of Norland to the United Nations\n412 East 47th Street, New York, NY 10017\n",
         "speech:s1:I thank you.\nmeta:-:Permanent Mission of Norland to the United Nations\nmeta:-:412 East 47th "
         "Street, New York, NY 10017\n",
         NULL},
        /* a trial transcript's "Q" and "A" with no stop: the answers are the witness's,
         * with a space, spaces or a tab after the letter, in blocks or line by line */
        {"CROSS-EXAMINATION\n\nBY MR. VANCE:\n\nQ Where were you that night?\n\nA The depot on Mill Road.\n\nQ "
         "Alone?\n\nA  No, with my brother.\n\nQ\tFor how long?\n\nA\tTwo hours.\n",
         "speech:s1:Where were you that night?\nspeech:s2:The depot on Mill Road.\nspeech:s1:Alone?\nspeech:s2:No, with "
         "my brother.\nspeech:s1:For how long?\nspeech:s2:Two hours.\n",
         ":A "},
        {"DIRECT EXAMINATION\n\nBY MS. ROWE:\nQ Where do you live?\nA Eastham.\n", "speech:s1:Where do you live?\n"
         "speech:s2:Eastham.\n", NULL},
        /* look-alike: "A" opening a paragraph with no question before it is an article */
        {"Harbour update\n\nThe harbour reopened today.\n\nA Coastguard spokesperson said the channel is clear.\n",
         "speech:-:A Coastguard spokesperson said the channel is clear.\n", NULL},
        /* a call as FactSet prints it: "Operator:" inline, each other speaker's name over
         * their office and firm; the office is the label's, not read, and the call's
         * sections are headings */
        {"Q3 2025 Norrvik Energy Earnings Call\n\nMANAGEMENT DISCUSSION SECTION\n\nOperator: Welcome to the call.\n\n"
         "Ines Brandt\nChief Executive Officer, Norrvik Energy\n\nThank you. Output rose by 6%.\n\nQUESTION AND ANSWER "
         "SECTION\n\nOperator: First, Paul Reyes.\n\nPaul Reyes\nAnalyst, Fenwick & Co.\n\nWhat about prices?\n\n"
         "Ines Brandt\nChief Executive Officer, Norrvik Energy\n\nThey held.\n\nPaul Reyes\nAnalyst, Fenwick & Co.\n\n"
         "Thanks.\n",
         "speech:s1:Welcome to the call.\nspeech:s2:Thank you.\nspeech:s2:Output rose by 6%.\nheading:-:QUESTION AND "
         "ANSWER SECTION\nspeech:s1:First, Paul Reyes.\nspeech:s3:What about prices?\nspeech:s2:They held.\n"
         "speech:s3:Thanks.\n",
         "Analyst"},
        /* (a name alone after an inline "Operator:", as its only other label) */
        {"Q3 2025 Norrvik Energy Earnings Call\n\nOperator: Welcome to the call.\n\nInes Brandt\n\nThank you. Output "
         "rose by 6%.\n",
         "speech:s1:Welcome to the call.\nspeech:s2:Thank you.\n", NULL},
        /* a call as Refinitiv prints it: each label between rules of dashes, the name
         * before the comma, firm and office after it, the turn's number in brackets;
         * a part's name between rules is a heading; a rule of "=" under the list of
         * participants is not read */
        {"Q2 2025 Osterby Mills Earnings Call\n\nCorporate Participants\n"
         "========================================\n * Lena Osterby\n   Osterby Mills - CEO\n\n"
         "----------------------------------------\nOperator   [1]\n----------------------------------------\nWelcome to the call.\n\n"
         "----------------------------------------\nLena Osterby,  Osterby Mills - CEO   [2]\n----------------------------------------\n"
         "Thank you. Sales rose.\n\n========================================\nQuestions and Answers\n----------------------------------------\n"
         "Operator   [3]\n----------------------------------------\nOur first question, please.\n",
         "speech:s1:Welcome to the call.\nspeech:s2:Thank you.\nspeech:s2:Sales rose.\nheading:-:Questions and Answers\n"
         "speech:s1:Our first question, please.\n",
         "[2]"},
        {"Q2 2025 Osterby Mills Earnings Call\n\nCorporate Participants\n==========\n\nLena Osterby said sales rose.\n",
         "meta:-:Corporate Participants\nspeech:-:Lena Osterby said sales rose.\n", "==="},
        /* Hansard's "(Official Report, …)" in a member's speech is hers, no photo's caption */
        {"Rural Transport\n\nMs Ada Lorne (Kestrel Vale) (Lab):\nAs I said on 4 May (Official Report, 4 May 2025; Vol. "
         "766, c. 312), two routes have closed.\n\nMr Ivo Pratt (Hale North) (Con):\nWill she give way?\n",
         "speech:s1:As I said on 4 May (Official Report, 4 May 2025; Vol. 766, c. 312), two routes have closed.\n", "meta:"},
        /* an oral question's number before its member's label, as Hansard prints it: the
         * member asks, the number not read */
        {"Oral Answers to Questions\n\nEnergy\n\n4. Ms Ada Lorne (Kestrel Vale) (Lab)\nWhat steps he is taking to cut "
         "bills.\n\nThe Minister for Energy (Mr Ivo Pratt)\nWe are capping them.\n",
         "speech:s1:What steps he is taking to cut bills.\nspeech:s2:We are capping them.\n", "list:"},
        /* what the House does between the turns, in no brackets, is the record's: the
         * Congressional Record's close of a vote, the Lords' division, a member who
         * rises and is not called, the Dáil's members' cry */
        {"SAFE HARBORS ACT\n\nThe SPEAKER pro tempore. The question is on the motion.\n\nA motion to reconsider was laid "
         "on the table.\n\nThe result was announced--yeas 61, nays 39, as follows:\n",
         "speech:s1:The question is on the motion.\nstage:-:A motion to reconsider was laid on the table.\nstage:-:The "
         "result was announced", "s1:A motion"},
        {"Ports Bill\n\nLord Orrin (Con):\nMy Lords, I oppose the Motion.\n\nContents 198; Not-Contents 171.\n\n"
         "Motion agreed.\n",
         "speech:s1:My Lords, I oppose the Motion.\nstage:-:Contents 198; Not-Contents 171.\nstage:-:Motion agreed.\n",
         NULL},
        {"Ports Bill\n\nMadam Deputy Speaker (Dame Ivy Marsh):\nOrder.\n\nMr Ivo Pratt rose\xE2\x80\x94\n\nMs Ada Lorne "
         "(Kestrel Vale) (Lab):\nI will not give way.\n\nDeputy Ann Ruane: Where are the homes?\n\nDeputies: Hear, "
         "hear.\n",
         "stage:-:Mr Ivo Pratt rose\xE2\x80\x94\nspeech:s2:I will not give way.\nspeech:s3:Where are the homes?\n"
         "stage:-:Deputies: Hear, hear.\n",
         NULL},
        /* look-alike: a turn that ends "rose." is the speaker's */
        {"Debate\n\nMR. ORRIN: Good morning.\n\nQ\n\nWhat about rents?\n\nMR. ORRIN: Rents rose.\n",
         "speech:s1:Rents rose.\n", NULL},
        /* a court reporter's page: its number alone at the top, every line numbered, one
         * left empty with its number; none of the numbers read, the labels turns, the
         * first label's words wrapped onto the next line */
        {"                                                  7\n     1          HEARING ON THE QUAYSIDE FIRE\n     2  "
         "                  Day 3 \xE2\x80\x94 9 June 2025\n     3\n     4    MS. ROWE:  Could you give your full "
         "name\n     5    for the record?\n     6    THE WITNESS:  Tomas Berg.\n     7    MS. ROWE:  Where do you "
         "work?\n     8    THE WITNESS:  At the harbour.\n",
         "speech:s1:Could you give your full name for the record?\nspeech:s2:Tomas Berg.\nspeech:s1:Where do you "
         "work?\nspeech:s2:At the harbour.\n",
         "MS. ROWE"},
        /* (an excerpt of three numbered lines, from the middle of a page) */
        {"    14    MS. ROWE:  Where do you work?\n    15    THE WITNESS:  At the harbour.\n    16    MS. ROWE:  "
         "Thank you.\n",
         "speech:s1:Where do you work?\nspeech:s2:At the harbour.\nspeech:s1:Thank you.\n", "14"},
        /* the Congressional Record's chair with who holds it in brackets; a hearing's
         * member who presides for the while; an Otter export's numbered role */
        {"HARBOR FUNDING\n\nThe SPEAKER pro tempore (Mr. Orrin). The gentleman from Ohio is recognized.\n\nMr. VANCE. "
         "Mr. Speaker, I rise today.\n\nSenator PRATT [presiding]. The Senator from Idaho.\n\nMr. VANCE. I thank the "
         "Chair.\n",
         "speech:s1:The gentleman from Ohio is recognized.\nspeech:s2:Mr. Speaker, I rise today.\nspeech:s3:The Senator "
         "from Idaho.\nspeech:s2:I thank the Chair.\n",
         "presiding"},
        {"Town Hall with Mayor Ada Lorne\n\nAda Lorne  0:04\nThanks for coming tonight.\n\nAudience Member 2  0:12\n"
         "What about the buses?\n\nAda Lorne  0:16\nWe are adding routes.\n",
         "speech:s1:Thanks for coming tonight.\nspeech:s2:What about the buses?\nspeech:s1:We are adding routes.\n",
         "0:12"},
        /* one witness, one voice: answers before "BY MR. …:" are the witness's, and a
         * witness sworn by name after "THE WITNESS:" is the same person */
        {"     Q.   Who fitted the pump?\n     A.   Delmar Pumps.\n               MS. ROWE:  Objection, form.\n     BY "
         "MR. VANCE:\n     Q.   You can answer.\n     A.   It was Mr. Orrin.\n",
         "speech:s1:Who fitted the pump?\nspeech:s2:Delmar Pumps.\nspeech:s3:Objection, form.\nstage:-:BY MR. VANCE:\n"
         "speech:s4:You can answer.\nspeech:s2:It was Mr. Orrin.\n",
         NULL},
        {"THE WITNESS: Tomas Berg.\n\nTOMAS BERG (sworn)\n\nBY MS. ROWE:\n\nQ. Mr. Berg, you ran the depot?\n\nA. "
         "Yes.\n",
         "speech:s1:Tomas Berg.\nstage:-:TOMAS BERG (sworn)\nstage:-:BY MS. ROWE:\nspeech:s2:Mr. Berg, you ran the "
         "depot?\nspeech:s1:Yes.\n",
         NULL},
        /* a record's roster and a division's table, dot leaders between a seat or a side
         * and its holder or count: the narrator's, a row a sentence, no one's turn */
        {"GENERAL ASSEMBLY\nEIGHTIETH SESSION\nOfficial Records\n12th plenary meeting\nTuesday, 7 October 2025, 10 "
         "a.m.\n\nPresident: Ms. Ilves ........................................ (Estonia)\n\nThe President: I open the "
         "meeting.\n\nThe Senate divided.\n\nAyes ...................... 30\nNoes ...................... 36\n\nQuestion "
         "negatived.\n",
         "meta:-:President: Ms. Ilves ........................................ (Estonia)\nspeech:s1:I open the meeting."
         "\nstage:-:The Senate divided.\nmeta:-:Ayes ...................... 30\nmeta:-:Noes ...................... 36\n",
         NULL},
        /* a line-numbered inquiry's witness sworn ", sworn" and its "EXAMINATION" inside the
         * block: directions, not the witness's words */
        {"     1    MS. ROWE:  Could you give your name?\n     2    THE WITNESS:  Tomas Berg.\n     3          TOMAS BERG, "
         "sworn\n     4              EXAMINATION\n     5    BY MS. ROWE:\n     6         Q.   You ran the depot?\n     7 "
         "        A.   Yes.\n",
         "speech:s2:Tomas Berg.\nstage:-:TOMAS BERG, sworn\nstage:-:EXAMINATION\nstage:-:BY MS. ROWE:\nspeech:s1:You ran "
         "the depot?\nspeech:s2:Yes.\n",
         NULL},
        /* a photo's caption under the lead, plain or in brackets: not read, and the
         * lead is the body's first paragraph, not a line of the header */
        {"Appeal after crash on the A38\n\nA woman was injured in a crash on the A38 on Sunday evening.\n\nPhoto: "
         "Officers at the scene.\n\nWitnesses are asked to call police.\n\n[Photo: The junction after the crash.]\n\n"
         "The road has reopened.\n",
         "speech:-:A woman was injured in a crash on the A38 on Sunday evening.\nspeech:-:Witnesses are asked to call "
         "police.\nspeech:-:The road has reopened.\n",
         "Photo"},
        /* (and an image's credit under a gallery's lead, as a photo's: hunt 104 d16) */
        {"PRESS RELEASE\n\nWhitcombe Collection presents Turner and the Sea\n\nEdinburgh, 9 January 2026 \xE2\x80\x93 "
         "The exhibition opens on 14 February.\n\nImage credit: J.M.W. Turner, The Shipwreck, 1805. Oil on canvas. "
         "\xC2\xA9 Tate, London.\n\nTickets are on sale now.\n",
         "speech:-:Edinburgh, 9 January 2026 \xE2\x80\x93 The exhibition opens on 14 February.\nspeech:-:Tickets are on "
         "sale now.\n",
         "Shipwreck"},
        /* a court reporter's page foot, indented, between pages marked "Page 23" / "Page
         * 24": not read, and no chapter */
        {"                                                  Page 23\n        Q.   Who signed the lease?\n        A.   "
         "Ms. Orrin did.\n\n                  HARBOR COURT REPORTERS (555) 201-4400\n                              "
         "                    Page 24\n        Q.   When?\n        A.   In May.\n",
         "speech:s1:Who signed the lease?\nspeech:s2:Ms. Orrin did.\nspeech:s1:When?\nspeech:s2:In May.\n", "HARBOR"},
        /* (hunt 74) a "From:" field's office over a release that reports someone is not
         * its speaker; nor is a site's section before a bar and the date */
        {"Record number of first-time buyers supported\n\nPublished 21 November 2024\nFrom: First Minister\n\nMore "
         "than 9,400 households bought their first home with help from the First Home Fund.\n\nHousing Minister Euan "
         "MacLeod said: \"The scheme has now helped over 35,000 people.\"\n",
         "speech:-:More than 9,400 households bought their first home with help from the First Home Fund.\n", "announce:"},
        {"News | 16 May 2025\n\nOakridge Food Bank marks 10 million meals milestone\n\nOakridge Food Bank has "
         "distributed its 10 millionth meal.\n\n\"Today we serve 31,000 people a month,\" said director Ken Abara.\n\n"
         "Demand has risen 22% since 2022.\n",
         "speech:-:Oakridge Food Bank has distributed its 10 millionth meal.\n", "announce:"},
        /* quotations in marks under "Quotes attributable to …:": the first paragraph
         * without them is the release's again */
        {"MEDIA RELEASE\n\n$62 million boost for regional roads\n\nThe Government is delivering $62 million to "
         "upgrade 14 regional roads.\n\nQuotes attributable to Minister for Regional Development, Grace Taylor:\n\n"
         "\"Regional Queenslanders deserve safe roads.\"\n\nFunding is provided under the Roads to Recovery program.\n",
         "speech:s1:\"Regional Queenslanders deserve safe roads.\"\nspeech:-:Funding is provided under the Roads to "
         "Recovery program.\n", NULL},
        /* "X said:" over paragraphs with no marks: the next in the first person are hers,
         * one in the third person the release's */
        {"Press release\n\nGovernment announces \xC2\xA3" "45 million to cut waiting lists\n\nPatients will benefit "
         "from faster access to operations.\n\nHealth Secretary Margaret Ellison said:\n\nEvery patient waiting in "
         "pain is one too many.\n\nWe are determined to get the NHS back on its feet.\n\nThe plan was published in "
         "May by the department.\n",
         "speech:s1:Every patient waiting in pain is one too many.\nspeech:s1:We are determined to get the NHS back "
         "on its feet.\nspeech:-:The plan was published in May by the department.\n", NULL},
        /* attributions of wire releases: an office before the name, "founder and CEO";
         * an initial and "Ltd." in a lead-in; letters between commas before the verb */
        {"Quanta Cloud Opens First Data Center in Ireland\n\nDUBLIN \xE2\x80\x94 Quanta Cloud, Inc. today opened its "
         "first European data center.\n\n\"Ireland has the talent to make this a hub,\" said Quanta Cloud's SVP of "
         "Infrastructure, Maeve Daly.\n\n\"Being recognized is a testament to our team,\" said founder and CEO Marcus "
         "Bell.\n",
         "speech:s1:\"Ireland has the talent to make this a hub,\"\nspeech:-:said Quanta Cloud's SVP of Infrastructure, "
         "Maeve Daly.\nspeech:s2:\"Being recognized is a testament to our team,\"\n", NULL},
        {"Vistar Infra Bags Rs 1,250 Crore Order\n\nMumbai, 12th March 2025: Vistar Infra Projects Ltd. today "
         "announced a new order.\n\nCommenting on the order, Mr. Rajesh K. Menon, Managing Director, Vistar Infra "
         "Projects Ltd., said, \"We are delighted to win this project.\"\n\nMinister Tom\xC3\xA1s Ryan, T.D., welcomed "
         "the order. \"This is a strong vote of confidence,\" he said.\n",
         "speech:s1:\"We are delighted to win this project.\"\nspeech:-:Minister Tom\xC3\xA1s Ryan, T.D., welcomed the "
         "order.\nspeech:s2:\"This is a strong vote of confidence,\"\n", NULL},
        /* a credit on the quotation's line after a dash, or on the line under it with
         * no dash: the quotation's voice */
        {"Acme Opens New Plant in Dayton\n\nDAYTON, Ohio, May 1, 2025 /PRNewswire/ -- Acme Corp. today opened a new "
         "plant that supplies three regional partners.\n\n\"Acme's new plant is a game-changer for our supply chain.\" "
         "\xE2\x80\x94 Jane Doe, COO, Widgetco\n\n\"We are thrilled to partner with Acme.\"\nSara Kim, CEO, Gearworks\n\n"
         "The plant employs 300 people.\n",
         "speech:s1:\"Acme's new plant is a game-changer for our supply chain.\"\nmeta:-:\xE2\x80\x94 Jane Doe, COO, "
         "Widgetco\nspeech:s2:\"We are thrilled to partner with Acme.\"\nmeta:-:Sara Kim, CEO, Gearworks\nspeech:-:The "
         "plant employs 300 people.\n", NULL},
        /* look-alike: a quotation and a sentence under it in one paragraph stay so */
        {"Plant opens\n\nAcme opened a plant.\n\n\"We are thrilled to partner with Acme.\"\nThe plant employs 300 "
         "people, its owners said.\n",
         "speech:-:The plant employs 300 people, its owners said.\n", "meta:-:The plant"},
        /* a label over the headline is no title: a masthead's second line, a member's
         * district, a kind alone; the headline under the header's fields is */
        {"Scottish Government\nRiaghaltas na h-Alba\n\nRecord number of first-time buyers supported\n\nPublished 21 "
         "November 2024\n\nMore than 9,400 households bought their first home with help from the First Home Fund.\n",
         "meta:-:Riaghaltas na h-Alba\ntitle:-:Record number of first-time buyers supported\n", NULL},
        {"Congressman Dale Whitaker\nRepresenting the 9th District of Texas\n\nFOR IMMEDIATE RELEASE: March 12, 2025\n"
         "CONTACT: Amy Sorensen, 202-225-5555\n\nWhitaker Introduces Bipartisan Bill to Expand Rural Broadband\n\n"
         "WASHINGTON, D.C. \xE2\x80\x93 Today, Rep. Dale Whitaker introduced a bill to bring broadband to rural "
         "homes.\n",
         "title:-:Whitaker Introduces Bipartisan Bill to Expand Rural Broadband\n", "heading:"},
        {"MEDIA ADVISORY \xE2\x80\x93 PHOTO OPPORTUNITY\n\nMinister Okoro to visit new transit hub\n\nOTTAWA, ON, May "
         "20, 2025 /CNW/ - Members of the media are invited to join the Minister for an announcement.\n",
         "title:-:Minister Okoro to visit new transit hub\n", "heading:"},
        /* look-alike: under a headline, a body's first heading is a heading */
        {"City approves its budget for the coming year\n\nMarch 3, 2025\n\nWhat Changes for Residents This Year\n\n"
         "The council approved its budget on Monday after a long debate.\n",
         "heading:-:What Changes for Residents This Year\n", NULL},
        /* "About Lumora Health Inc.": a heading, its company's stop no sentence's; the
         * wire's "SOURCE …" line at the foot the narrator's, never a heading; a
         * newsroom's buttons not read */
        {"Lumora Health Launches Triage Assistant\n\nTweet this\n\nNEW YORK, Feb. 3, 2025 /PRNewswire/ -- Lumora "
         "Health Inc. today announced the launch of TriageIQ.\n\nAbout Lumora Health Inc.\n\nLumora Health Inc. is a "
         "Delaware corporation headquartered in New York.\n\nSOURCE Housing, Infrastructure and Communities Canada\n\n"
         "Donate now\n",
         "heading:-:About Lumora Health Inc.\nspeech:-:Lumora Health Inc. is a Delaware corporation headquartered in New "
         "York.\nmeta:-:SOURCE Housing, Infrastructure and Communities Canada\n", "Tweet"},
        /* an RNS tracking code under "END", a wire's logo and source links, a page's
         * associated links: not read */
        {"Q4 Production Update\n\nBrackley Mining PLC is pleased to provide its production update.\n\nEND\n\n"
         "UPDMZGZVZKGGDZM\n",
         "speech:-:Brackley Mining PLC is pleased to provide its production update.\n", "UPDMZ"},
        {"Harbor & Vine Expands Line\n\nPORTLAND, Ore., April 9, 2025 /PRNewswire/ -- Harbor & Vine Co. today unveiled "
         "compostable wrappers.\n\nLogo - https://mma.prnewswire.com/media/2199999/Logo.jpg\n\nView original content: "
         "https://www.prnewswire.com/news-releases/harbor-vine-302111111.html\n\nSOURCE Harbor & Vine Co.\n",
         "meta:-:SOURCE Harbor & Vine Co.\n", "prnewswire.com"},
        {"Prime Minister announces housing investments\n\nThe Prime Minister today announced new funding.\n\n"
         "Associated Links\n- Backgrounder: Housing investments\n\nBackgrounder: Housing investments\n\nHalifax will "
         "receive $312.5M for 2,140 units.\n",
         "speech:-:Halifax will receive $312.5M for 2,140 units.\n", "list:"},
        /* an embargo line that says what waits for the date is read whole; a bare one
         * its date only */
        {"MEDIA ADVISORY\n\nLaunch of the 2025 Global Malaria Outlook\n\nEmbargo: The report and all related "
         "materials are under strict embargo until 23 April 2025, 00:01 CEST.\n\nJournalists may join online.\n",
         "meta:-:The report and all related materials are under strict embargo until 23 April 2025, 00:01 CEST.\n",
         NULL},
        {"Report launch\n\nEmbargoed until 00:01 BST, 3 June 2025\n\nThe report finds rising costs for families.\n",
         "meta:-:3 June 2025\n", NULL},
        /* "Tacoma, Wash. — The department …": a town and its state before a dash open
         * the body as a dateline, no one's label; the headline over it the title */
        {"NEWS RELEASE\n\nCity announces weekend closure of the floating bridge\n\nTacoma, Wash. \xE2\x80\x94 The "
         "department will close the bridge from 11 p.m. Friday.\n",
         "title:-:NEWS RELEASE\ntitle:-:City announces weekend closure of the floating bridge\nspeech:-:Tacoma, Wash. "
         "\xE2\x80\x94 The department will close the bridge from 11 p.m. Friday.\n", "meta:"},
        /* an issuer's short name over a headline in sentence case: the headline is the
         * title; a headline in title case over a deck stays the title */
        {"Police Scotland\n\nAppeal to trace missing man, Glenrothes\n\nTuesday, 11 March 2025\n\nOfficers are "
         "appealing for help.\n",
         "meta:-:Police Scotland\ntitle:-:Appeal to trace missing man, Glenrothes\n", NULL},
        {"Veltrix Reports Fourth Quarter Results\n\nTotal revenue of $412.6 million for 2024, up 23% "
         "year-over-year\n\nSAN DIEGO, March 3, 2025 /PRNewswire/ -- Veltrix, Inc. today reported results.\n",
         "title:-:Veltrix Reports Fourth Quarter Results\n", NULL},
        /* a numbered item said twice, in a speech's plan and over its part, is no
         * page's running head: both are read */
        {"Speech by the Chancellor\n\nOur plan has two parts:\n\n1. Growth\n2. Jobs\n\nLet me take them in "
         "turn.\n\n1. Growth\n\nWe want growth.\n\n2. Jobs\n\nWe want jobs.\n",
         "list:s1:Growth\nlist:s1:Jobs\nspeech:s1:Let me take them in turn.\nlist:s1:Growth\nspeech:s1:We want "
         "growth.\nlist:s1:Jobs\n", NULL},
        /* "By the end of this decade, we will …": a speaker's first sentence, no byline */
        {"Remarks by the Treasurer at the Budget Lunch\n\nBy the end of this decade, we will be back in "
         "surplus.\n\nThat is our promise.\n",
         "speech:s1:By the end of this decade, we will be back in surplus.\nspeech:s1:That is our promise.\n", "meta:"},
        /* a translation's disclaimer is a note the narrator reads; an e-mail's
         * confidentiality disclaimer ends what is read */
        {"English rendering of PM's address at the inauguration of the Setu Bridge\n\nFriends, thank you very "
         "much!\n\nDISCLAIMER: This is the approximate translation of PM's speech. Original speech was delivered in "
         "Hindi.\n",
         "speech:s1:Friends, thank you very much!\nnote:-:DISCLAIMER: This is the approximate translation of PM's "
         "speech.\nnote:-:Original speech was delivered in Hindi.\n", NULL},
        {"Press statement\n\nThe council met today and agreed the budget.\n\nDISCLAIMER: This e-mail and any "
         "attachments are confidential.\n",
         "speech:-:The council met today and agreed the budget.\n", "confidential"},
        /* "References" or "Notes" over their entries in one paragraph, under the speech:
         * the narrator's notes, an entry each, whole */
        {"Address by the Governor, Dr Aoife Brennan\n\nGood evening. Inflation has fallen.\n\nReferences\n"
         "Brennan, A. (2022). \"Inflation and the Irish Economy\", Quarterly Bulletin Q3, pp. 44-61.\nLane, P. R. "
         "(2021). The Monetary Policy Strategy Review. Speech, 8 July.\n",
         "speech:s1:Inflation has fallen.\nheading:-:References\nnote:-:Brennan, A. (2022). \"Inflation and the Irish "
         "Economy\", Quarterly Bulletin Q3, pp. 44-61.\nnote:-:Lane, P. R. (2021). The Monetary Policy Strategy "
         "Review. Speech, 8 July.\n", "speech:s1:Brennan"},
        {"Speech by the Governor, Dr Philippa Nyambura\n\nInflation peaked at 9.6 per cent in October 2022.[1]\n\n"
         "Asanteni sana.\n\nNotes\n[1] Kenya National Bureau of Statistics, Consumer Price Index.\n[2] Central Bank "
         "survey, 2024.\n",
         "speech:s1:Asanteni sana.\nheading:-:Notes\nnote:-:[1] Kenya National Bureau of Statistics, Consumer Price "
         "Index.\nnote:-:[2] Central Bank survey, 2024.\n", NULL},
        /* a surname that is also an office's word: "BISHOP:" and "MS BISHOP:" after
         * "JULIE BISHOP:" are her; "KING:" after "MINISTER KING:" is him; "DEPUTY
         * MAYOR:" is not "MAYOR:" */
        {"PRESS CONFERENCE\n\nJULIE BISHOP: Thanks for coming.\n\nJOURNALIST: Minister, a question.\n\nBISHOP: "
         "Go ahead.\n\nJOURNALIST: Ms Bishop?\n\nMS BISHOP: Yes.\n",
         "speech:s1:Thanks for coming.\nspeech:s2:Minister, a question.\nspeech:s1:Go ahead.\nspeech:s2:Ms Bishop?\n"
         "speech:s1:Yes.\n", "s3"},
        {"DOORSTOP\n\nMINISTER KING: Thanks, PM.\n\nJOURNALIST: When will it open?\n\nKING: Late 2026.\n",
         "speech:s1:Thanks, PM.\nspeech:s2:When will it open?\nspeech:s1:Late 2026.\n", "s3"},
        {"MAYOR: Good evening.\n\nDEPUTY MAYOR: Thank you.\n\nMAYOR: Next item.\n",
         "speech:s1:Good evening.\nspeech:s2:Thank you.\nspeech:s1:Next item.\n", NULL},
        /* "the Shadow Health Secretary, Tom Ashdown" holds another office than the one
         * "HEALTH SECRETARY:" labels */
        {"PRESENTER: Joining me is the Shadow Health Secretary, Tom Ashdown.\n\nTOM ASHDOWN: Good evening.\n\n"
         "HEALTH SECRETARY: These numbers simply don't add up.\n\nPRESENTER: Your response?\n",
         "speech:s2:Good evening.\nspeech:s3:These numbers simply don't add up.\nspeech:s1:Your response?\n", NULL},
        /* closed captions' ">>" with no label, turn after turn: two voices in turn */
        {"Town hall meeting, Ward 4 (captions)\n\n>> Good evening. Thank you for coming.\n>> Thank you, Mayor. When "
         "will the bridge reopen?\n>> We expect October.\n",
         "speech:s1:Good evening.\nspeech:s1:Thank you for coming.\nspeech:s2:Thank "
         "you, Mayor.\nspeech:s2:When will the bridge reopen?\nspeech:s1:We expect October.\n", NULL},
        /* an interview whose questions are set apart in bold, or in italics, and no
         * labels: the byline's journalist asks, the person of a "Name: 'quote'" headline
         * or of the byline's "with …" answers; the first question is the body's */
        {"Marguerite Olsen: 'I never wanted to be a politician'\n\nInterview by Samuel Achebe.\n\n**Did you expect to "
         "win?**\n\nHonestly, no.\n\n**What did you change first?**\n\nThe parking charges.\n",
         "speech:s2:**Did you expect to win?**\nspeech:s1:Honestly, no.\nspeech:s2:**What did you change first?**\n"
         "speech:s1:The parking charges.\n", "meta:"},
        {"Interview\nwith the Mayor\n\n*How was your first year?*\n\nBusy. Very busy.\n\n*Any regrets?*\n\n"
         "None.\n",
         "speech:s2:*How was your first year?*\nspeech:s1:Busy.\nspeech:s1:Very busy.\nspeech:s2:*Any regrets?*\n"
         "speech:s1:None.\n", NULL},
        /* caption files' time codes with milliseconds before each paragraph: not read */
        {"Episode 12: The Water Wars\n\n00:14:10.250 The dam supplies 2 million people.\n\n00:14:15.900 And that "
         "is the problem.\n",
         "speech:-:The dam supplies 2 million people.\nspeech:-:And that is the problem.\n", "00:14"},
        /* a footnote that is a reference entry is one sentence */
        {"Address by the Governor, Dr Aoife Brennan\n\nInflation has fallen.[1]\n\n[1] Brennan, A. (2022). Inflation "
         "and the Irish Economy.\n",
         "note:-:[1] Brennan, A. (2022). Inflation and the Irish Economy.\n", NULL},
        /* "Panel:" over its list under the chair's field: the header's; the chair's
         * name joins the "CHAIR:" turns */
        {"Panel discussion: Financing the Green Transition\n\nChair: Professor Amara Nwachukwu\n\nPanel:\n- Ms. "
         "Ingrid Holm, Deputy Governor, Riksfjord Central Bank\n\nCHAIR: Welcome. Ingrid, is that mission creep?\n\n"
         "INGRID HOLM: Not at all.\n",
         "speech:s1:Welcome.\nspeech:s1:Ingrid, is that mission creep?\nspeech:s2:Not at all.\n", "speech:s1:Panel"},
        /* a delivery note framed in asterisks: the delivery, no list item */
        {"Speech by the Prime Minister\nCanberra\n\n*** CHECK AGAINST DELIVERY ***\n\nThank you, Marcus, for the "
         "introduction.\n",
         "meta:-:CHECK AGAINST DELIVERY\nspeech:s1:Thank you, Marcus, for the introduction.\n", "*"},
        /* (look-alikes of this session's rules: a byline whose comma opens "our …"; an
         * item closing in bold; a table's row with a date; a rank alone; a note with a
         * year in brackets inside a sentence) */
        {"Storm hits coast\n\nBy Tom Hale, our political editor.\n\nThe storm hit the coast today and many homes "
         "lost power.\n",
         "byline:-:By Tom Hale, our political editor.\n", NULL},
        {"Press release\n\nThe plan:\n\n* new funding of **\xC2\xA3" "2 million**\n* more staff\n",
         "list:-:new funding of **\xC2\xA3" "2 million**\nlist:-:more staff\n", NULL},
        {"Press release\n\nThe programme:\n\nMonday | 3 March 2025 | Opening\n\nDELEGATES WILL REGISTER AT THE "
         "DOOR\n",
         "speech:-:Monday | 3 March 2025 | Opening\n", "meta:-:DELEGATES"},
        {"DETECTIVE SERGEANT: We arrested a man.\n\nREPORTER: When?\n\nDETECTIVE SERGEANT: Today.\n",
         "speech:s1:We arrested a man.\nspeech:s2:When?\nspeech:s1:Today.\n", NULL},
        {"Press release\n\nThe council agreed the plan.\n\nNotes to editors\n\n1. The Climate Change Act (2008) "
         "commits the UK to net zero by 2050. The council declared an emergency.\n",
         "note:-:The Climate Change Act (2008) commits the UK to net zero by 2050.\nnote:-:The council declared an "
         "emergency.\n", NULL},
        /* a call's participants two lines each, a bullet before the name and the firm
         * under it: the header's, no turn; "Operator" under them opens the body */
        {"Corporate Participants\n* Hanna Lindqvist\n  Nordstrom Pharma AB - CEO\n* Erik Aaltonen\n  Nordstrom Pharma "
         "AB - CFO\n\nOperator\n\nWelcome to the call.\n\nHanna Lindqvist\n\nThank you. Sales rose.\n",
         "meta:-:Nordstrom Pharma AB - CEO\nmeta:-:* Erik Aaltonen\nmeta:-:Nordstrom Pharma AB - CFO\nspeech:s1:Welcome "
         "to the call.\nspeech:s2:Thank you.\n", "title:"},
        /* a second list of participants ("Other Participants") is the header's too */
        {"Company Participants\n* Rebecca Tan, Director of Investor Relations\n\nOther Participants\n* Luis Ortega, "
         "Analyst, Pemberton Research\n\nOperator\n\nWelcome to the call.\n\nRebecca Tan\n\nThank you.\n",
         "meta:-:Other Participants\nmeta:-:* Luis Ortega, Analyst, Pemberton Research\nspeech:s1:Welcome to the "
         "call.\nspeech:s2:Thank you.\n", "title:"},
        /* the count of the turn after a label ("Operator   [1]"), no rules round it */
        {"Q2 Results Call\n\nOperator   [1]\nWelcome to the call. I hand over to Hanna Lindqvist.\n\nHanna Lindqvist, "
         "Nordstrom Pharma AB - CEO   [2]\nThank you. Sales rose.\n\nOperator   [3]\nThe first question comes from Raj "
         "Patel.\n",
         "speech:s1:Welcome to the call.\nspeech:s1:I hand over to Hanna Lindqvist.\nspeech:s2:Thank you.\n"
         "speech:s2:Sales rose.\nspeech:s1:The first question comes from Raj Patel.\n", "[2]"},
        /* Bloomberg's labels: the link to the person's page after the name, not read;
         * "Q - Name" and "A - Name" are the person asking and answering */
        {"Operator\n\nWelcome to the call.\n\nRebecca Tan {BIO 20418833 <GO>}\n\nThank you. Sales rose.\n\nQ - Luis "
         "Ortega {BIO 19003412 <GO>}\n\nCan you size the headwind?\n\nA - Rebecca Tan {BIO 20418833 <GO>}\n\nSure, "
         "Luis.\n",
         "speech:s1:Welcome to the call.\nspeech:s2:Thank you.\nspeech:s2:Sales rose.\nspeech:s3:Can you size the "
         "headwind?\nspeech:s2:Sure, Luis.\n", "BIO"},
        /* a post's hashtags after a sentence's stop: no heading, no chapter of its own */
        {"Storm Brenna: live updates\n\nUPDATE 4 - 15:30\n\nThe R551 is closed.\n\nPlease avoid all non-essential "
         "travel. #StormBrenna #KerrowCoCo\n\nUPDATE 3 - 12:00\n\nRest centres are open.\n",
         "speech:-:Please avoid all non-essential travel.\n", "heading:-:Please"},
        /* a kicker in capitals over a headline in sentence case, the first line: the title */
        {"POLICE APPEAL: Witnesses sought after collision in Harrowgate\n\nPublished 09:42, 3 November 2025\n\n"
         "Officers are appealing for witnesses after a collision.\n",
         "title:-:POLICE APPEAL: Witnesses sought after collision in Harrowgate\n", NULL},
        /* (look-alike: a name in capitals opening a transcript whose turns have labels) */
        {"ANA RUIZ: Good morning everyone and welcome\n\nTOM HALE: Thanks for having me.\n",
         "speech:s1:Good morning everyone and welcome\nspeech:s2:Thanks for having me.\n", "title:"},
        /* paragraphs put in between ("5 bis.", "5a.") and a resolution's "PP1."/"OP1.":
         * numbered paragraphs like the others, the number no sentence of its own */
        {"Communique of the Ocean Rim Summit\nPort Aurel, 29 October 2025\n\n5. We endorse the Plan.\n\n5 bis. We "
         "agree to designate 2027 as the Year of the Ocean.\n\n5a. We thank the hosts.\n\nPP1. Recognizing the "
         "lessons learned;\n\nOP1. Commit to strengthen surveillance.\n",
         "list:-:We endorse the Plan.\nlist:-:We agree to designate 2027 as the Year of the Ocean.\nlist:-:We thank "
         "the hosts.\nlist:-:Recognizing the lessons learned;\nlist:-:Commit to strengthen surveillance.\n", "bis."},
        /* (look-alike: "Article 5 bis" inside a sentence is read) */
        {"Communique\n\n5. Article 5 bis of the Charter shall apply.\n",
         "list:-:Article 5 bis of the Charter shall apply.\n", NULL},
        /* (review: a greeting after a name in capitals opens a turn, no kicker; bullets
         * under "Participants" that are no names are the body's list) */
        {"ANA RUIZ: Good morning everyone\n\nThank you for coming. Today we open the new bridge.\n",
         "speech:-:ANA RUIZ: Good morning everyone\n", "title:"},
        {"Press release\n\nParticipants\n* More than 200 volunteers joined the clean-up on Saturday\n* Local schools "
         "sent 12 teams\n\nResults\nThe volunteers collected 3 tonnes of litter.\n",
         "list:-:More than 200 volunteers joined the clean-up on Saturday\nlist:-:Local schools sent 12 teams\n"
         "heading:-:Results\n", "title:-:Results"},
        /* numbered questions and answers ("Q1:", "A1:") are the asker's and the
         * spokesperson's, their numbers unsaid */
        {"Regular Press Briefing by Spokesperson Lee Jae-woong\n\nSeptember 4, 2025\n\nSpokesperson Lee Jae-woong: "
         "Good afternoon.\n\nQ1: Can you confirm the date?\n\nA1: Not yet.\n\nQ2 (Yonhap): Will he go?\n\nA2: "
         "The details are being coordinated.\n",
         "speech:s1:Good afternoon.\nspeech:s2:Can you confirm the date?\nspeech:s1:Not yet.\nspeech:s3:Will he "
         "go?\nspeech:s1:The details are being coordinated.\n",
         "Q1"},
        /* (look-alike: a quarter's figures and a road's line are no turns) */
        {"Acme results\n\nQ3: Revenue rose 5 percent.\n\nQ4: We expect more.\n",
         "speech:-:Q3: Revenue rose 5 percent.\nspeech:-:Q4: We expect more.\n", NULL},
        {"Traffic update\n\nA1: Closed northbound between junctions 3 and 4.\n\nA14: Delays of 20 minutes.\n",
         "speech:-:A1: Closed northbound between junctions 3 and 4.\nspeech:-:A14: Delays of 20 minutes.\n", NULL},
        /* "Press Office" under "Contact" is read; a block of an office and its
         * telephone at the foot is the narrator's contacts, not the spokesperson's */
        {"Man Sentenced for Wire Fraud\n\nMarch 4, 2025\n\nA man was sentenced today to 57 months.\n\nContact\nPress "
         "Office\n(410) 209-4885\n",
         "meta:-:Contact\nmeta:-:Press Office\nmeta:-:(410) 209-4885\n", NULL},
        {"Statement by the Spokesperson on the Situation in the Sahel\n\n12 June 2025\n\nThe Ministry expresses deep "
         "concern.\n\nMinistry of External Relations\nPress Office\nTel.: +55 61 2030-8006\n",
         "speech:s1:The Ministry expresses deep concern.\nmeta:-:Ministry of External Relations\nmeta:-:Press "
         "Office\nmeta:-:Tel.: +55 61 2030-8006\n",
         NULL},
        /* (look-alike: short lines at the foot with no way to reach anyone are the
         * speaker's) */
        {"Statement by the Spokesperson\n\n12 June 2025\n\nWe mourn with them.\n\nRest in peace\nNever forgotten\n",
         "speech:s1:We mourn with them.\nspeech:s1:Rest in peace\nspeech:s1:Never forgotten\n", NULL},
        /* a signature over a media contact is still the signature */
        {"Statement from the Director of Public Prosecutions\n\n16 September 2025\n\nI have decided that there is "
         "insufficient evidence.\n\nKerri Judd KC\nDirector of Public Prosecutions\n\nMedia contact: Office of Public "
         "Prosecutions, 0419 555 201\n",
         "speech:s1:I have decided that there is insufficient evidence.\nmeta:-:Kerri Judd KC\nmeta:-:Director of Public "
         "Prosecutions\n",
         NULL},
        /* a situation report's sectors open their paragraphs; no speakers */
        {"Cholera Outbreak\nFlash Update No. 3\n\nHealth: Partners have set up 14 treatment centres.\n\nWASH: Water "
         "was trucked to the camps.\n",
         "speech:-:Health: Partners have set up 14 treatment centres.\nspeech:-:WASH: Water was trucked to the camps.\n",
         NULL},
        /* "Official statement" is the kind, no official's; the quotation is the player's */
        {"Northfield United\n\nOfficial statement\n\n5 March 2026\n\nThe club has been informed that Ana Ruiz has been "
         "suspended.\n\nStatement from Ana Ruiz:\n\"I have never taken any banned substance.\"\n\nThe club will make no "
         "further comment.\n",
         "speech:-:The club has been informed that Ana Ruiz has been suspended.\nspeech:-:Statement from Ana Ruiz:\n"
         "speech:s1:\"I have never taken any banned substance.\"\nspeech:-:The club will make no further comment.\n",
         NULL},
        /* a quotation attributed to a doctor; after 'said lead author X of Y'; after
         * 'Co-author Dr. X of Y added:' */
        {"Press release\n\nTeams race to reach villages\n\nSo far, 4,800 people have received meals.\n\nQuote "
         "attributable to Dr. Leyla Aksoy, IFRC Head of Delegation:\n\n\"The first 72 hours are critical.\"\n",
         "speech:s1:\"The first 72 hours are critical.\"\n", NULL},
        {"Press release\n\nMicrobes turn methane into food\n\nA team has found that bacteria convert methane.\n\n\"The "
         "effect was significant,\" said lead author Lars Vik of the University of Bergen.\n",
         "speech:s1:\"The effect was significant,\"\nspeech:-:said lead author Lars Vik of the University of Bergen.\n",
         NULL},
        {"Press release\n\nMicrobes turn methane into food\n\nA team has found that bacteria convert "
         "methane.\n\nCo-author Dr. Grace Achieng of the Kenya Medical Research Institute added: \"We need to act "
         "now.\"\n",
         "speech:s1:\"We need to act now.\"\n", NULL},
        /* a dateline of two places opens the first paragraph: the narrator's */
        {"UNICEF Statement\n\nChildren bear the brunt of violence\n\nStatement by UNICEF Regional Director Catherine "
         "Obi\n\nNAIROBI/GENEVA, 27 February 2026 \xE2\x80\x93 \"At least 43 children have been killed.\n",
         "speech:-:NAIROBI/GENEVA, 27 February 2026\nspeech:s1:\"At least 43 children have been killed.\n", NULL},
        /* a hashtag after a turn's last stop is not read */
        {"Press conference transcript\n\nQ: How important is the first hour?\n\nBEN CARVER: Huge. We'll be in a good "
         "spot. #ENGvIND\n\nQ: Thanks, Ben.\n",
         "speech:s2:We'll be in a good spot.\nspeech:s1:Thanks, Ben.\n", "#ENGvIND"},
        /* "Overview" over a paragraph is a heading, no page's tab */
        {"Lowland Floods 2026\nPublished: 1 Mar 2026\n\nOverview\n\nSix months after the floods, 2.4M people remain "
         "in need.\n",
         "heading:-:Overview\n", NULL},
        /* a place in capitals and a subject over a report's number is the title */
        {"NORTHERN SAHEL: Flooding\nSituation Report No. 12\nAs of 3 Mar 2026\n\nThis report is produced by OCHA with "
         "its partners.\n",
         "title:-:NORTHERN SAHEL: Flooding\nmeta:-:Situation Report No. 12\n", NULL},
        /* a release that ends with questions and answers keeps its first paragraph */
        {"University of Northgate\n\nPublished: 9 February 2026\n\nGene therapy restores hearing\n\nEleven children "
         "born deaf can now hear speech after a single injection, according to a trial published today.\n\nThere were "
         "no adverse events.\n\nQ&A with Prof. Chou\n\nQ: Will this work for other kinds of deafness?\nA: Not directly. "
         "Other genes will need their own therapies.\n",
         "speech:-:Eleven children born deaf can now hear speech after a single injection, according to a trial "
         "published today.\n",
         NULL},
        /* (review: a numbered question put as a statement, answered by its number; a
         * follow-up numbered; a ministry's statement names no person) */
        {"Regular Press Briefing by Spokesperson Lee Jae-woong\n\nSeptember 4, 2025\n\nSpokesperson Lee Jae-woong: "
         "Good afternoon.\n\nQ1: Please comment on the report about the summit.\n\nA1: We have nothing to "
         "add.\n\nFollow-up Q1: And the minister?\n\nA1: He will go.\n",
         "speech:s2:Please comment on the report about the summit.\nspeech:s1:We have nothing to add.\nspeech:s2:And the "
         "minister?\nspeech:s1:He will go.\n",
         "Witness"},
        {"Press release\n\nOutbreak declared\n\nThe outbreak was confirmed on Sunday.\n\nThe Ministry of Health in a "
         "statement issued late on Monday said: \"Cases are rising.\"\n",
         "speech:-:The Ministry of Health in a statement issued late on Monday said: \"Cases are rising.\"\n", NULL},
        /* a signatory's line under a joint statement is no heading; a section's is */
        {"Joint Statement by the Foreign Ministers\n\n14 March 2025\n\nThe Ministers met and agreed to cooperate.\n\n"
         "For the Republic of Marovia: Anna Wielgus, Minister of Foreign Affairs\n\nFor the Kingdom of Eldoria: Erik "
         "Halvorsen, Minister of Foreign Affairs\n",
         "speech:-:For the Republic of Marovia: Anna Wielgus, Minister of Foreign Affairs\n", "heading:"},
        {"Annual report\n\nThe year went well.\n\nFor Families: Help with costs\n\nWe cut bills.\n",
         "heading:-:For Families: Help with costs\n", NULL},
        /* a datum's line (a label, a colon, figures) is read in place, no heading */
        {"Tour de Provence 2026 \xE2\x80\x93 Stage 4 report\n\nMarseille > Mont Ventoux, 171.5 km\n\nStage winner: Lukas "
         "Brandle (GER, Team Alpenstahl) in 4:21:08\n\nBrandle attacked with 6 km to go.\n",
         "speech:-:Stage winner: Lukas Brandle (GER, Team Alpenstahl) in 4:21:08\n", "heading:"},
        {"Earthquake Information Statement\nIssued: 18 April 2025\n\nA magnitude 5.8 earthquake occurred.\n\n"
         "Epicentre: 38.62\xC2\xB0S, 177.91\xC2\xB0" "E\n\nAftershocks are expected.\n",
         "speech:-:Epicentre: 38.62\xC2\xB0S, 177.91\xC2\xB0" "E\n", "heading:"},
        /* a kind with the body it is from, a body's name untranslated, a kind with what
         * editors are told, a case's number: none is the title a headline under it is */
        {"Press release from the Department of Virology, Harwick University\n\n23 January 2026\n\nAntibodies from "
         "llamas block every variant\n\nThe team identified a nanobody that binds the spike.\n",
         "meta:-:Press release from the Department of Virology, Harwick University\n"
         "meta:-:23 January 2026\ntitle:-:Antibodies from llamas block every variant\n", "heading:"},
        {"Press release\n\nMax-Linde-Institut f\xC3\xBCr \xC3\x96kosystemforschung\n\nG\xC3\xB6ttingen, 27.02.2026\n\n"
         "Bumblebees lose their way near diesel exhaust\n\nBees exposed to exhaust took longer to find flowers.\n",
         "meta:-:Max-Linde-Institut f\xC3\xBCr \xC3\x96kosystemforschung\n", "heading:"},
        {"Observatory of the Southern Andes\n\nPRESS RELEASE \xE2\x80\x94 For immediate release\n\nAstronomers find "
         "an Earth-sized planet near a red dwarf\n\nThe planet orbits its star every 11.3 days.\n",
         "meta:-:PRESS RELEASE\ntitle:-:Astronomers find an Earth-sized planet near a red dwarf\n", "immediate"},
        {"World Boxing Tribunal\n\nCase No. WBT/2026/004\n\nDecision on the appeal of Mr. Ivan Petrovic\n\nLausanne, 6 "
         "March 2026\n\n1. The appeal is dismissed.\n",
         "meta:-:Case No. WBT/2026/004\ntitle:-:Decision on the appeal of Mr. Ivan Petrovic\n", NULL},
        /* look-alikes: a kind and its title on one line; a headline with "Institute" */
        {"Press release: Harbour dredging to begin in May\n\nThe port will dredge the channel.\n",
         "title:-:Press release: Harbour dredging to begin in May\n", NULL},
        {"Statement from the Department of Virology\n\nThe team identified a nanobody that binds the spike.\n",
         "title:-:Statement from the Department of Virology\n", NULL},
        /* a product's name is no office and its holder; counties in columns are no
         * office; a signature with honours after the name, or an office of a land */
        {"Hong Kong Observatory\n\nSpecial Weather Tips\n\nIssued at 4:45 p.m. HKT on 5 September 2024\n\nThe typhoon "
         "will move towards Hainan Island.\n",
         "speech:-:The typhoon will move towards Hainan Island.\n", NULL},
        {"Eurocontrol\n\nNetwork Manager Operations Update\n\n5 September 2024\n\nDelays are expected in the "
         "afternoon.\n",
         "speech:-:Delays are expected in the afternoon.\n", NULL},
        {"National Weather Service Norman OK\n328 PM CDT Thu May 16 2024\n\nTORNADO WATCH 265 IN EFFECT UNTIL 10 PM "
         "CDT\n\nCENTRAL OKLAHOMA\nCANADIAN   CLEVELAND   OKLAHOMA\n\nStorms capable of producing large hail are "
         "expected.\n",
         "speech:-:Storms capable of producing large hail are expected.\n", NULL},
        {"Message of condolence from the Governor-General\n\n9 September 2022\n\nOn behalf of all New Zealanders, I "
         "extend my deepest sympathy to the Royal Family.\n\nDame Cindy Kiro GNZM QSO\nGovernor-General of New "
         "Zealand\n",
         "speech:s1:On behalf of all New Zealanders, I extend my deepest sympathy to the Royal Family.\n"
         "meta:-:Dame Cindy Kiro GNZM QSO\nmeta:-:Governor-General of New Zealand\n", NULL},
        {"Message of condolence\n\n9 September 2022\n\nOn behalf of all Australians, I extend my deepest sympathy to "
         "the King.\n\nGeneral the Honourable David Hurley AC DSC (Retd)\nGovernor-General of the Commonwealth of "
         "Australia\n",
         "speech:s1:On behalf of all Australians, I extend my deepest sympathy to the King.\n"
         "meta:-:General the Honourable David Hurley AC DSC (Retd)\n", NULL},
        {"Homily for Christmas Midnight Mass\n\nCardinal Vincent Nichols\n24 December 2024\n\nReadings: Isaiah 9:1-6; "
         "Titus 2:11-14; Luke 2:1-14\n\nMy dear friends, tonight we hear again the words of the prophet.\n",
         "meta:-:Readings: Isaiah 9:1-6; Titus 2:11-14; Luke 2:1-14\nspeech:s1:My dear friends", NULL},
        /* look-alikes: an office and its holder under the body; a name over an office */
        {"Hong Kong Observatory\n\nDirector Chan Pak-wai\n\nIssued at 4:45 p.m. HKT on 5 September 2024\n\nThe "
         "typhoon will move towards Hainan Island.\n",
         "speech:s1:The typhoon will move towards Hainan Island.\n", NULL},
        {"Statement on the tornado outbreak\n\n16 May 2024\n\nKEVIN STITT\nGOVERNOR OF OKLAHOMA\n\nStorms capable of "
         "producing large hail are expected.\n",
         "speech:s1:Storms capable of producing large hail are expected.\n", NULL},
        /* the kind of a speech titled by its speaker's name; look-alikes: a product's
         * and a programme's name before a kind name no one */
        {"Keir Starmer speech at the launch of the manifesto\n\n13 June 2024\n\nFriends, this is a manifesto for "
         "change.\n",
         "speech:s1:Friends, this is a manifesto for change.\n", NULL},
        {"Severe Weather Statement\nNational Weather Service Des Moines IA\n531 PM CDT Tue Jun 14 2025\n\nA severe "
         "thunderstorm was located near Stanhope.\n",
         "speech:-:A severe thunderstorm was located near Stanhope.\n", NULL},
        /* a surname that is also a kind's word after a rank; a broadcast's role with
         * its holder in brackets, then alone; a roster of guests; notices at the foot */
        {"NEWS BRIEFING\n\nOct. 3, 2024\n\nGEN. LEAHY: We struck at dawn.\n\nLT. COL. HALL: First question.\n\nQ: Were "
         "civilians hurt?\n\nGEN. LEAHY: No.\n",
         "speech:s1:We struck at dawn.\nspeech:s2:First question.\n", "HALL:"},
        {"Asia First \xE2\x80\x94 Interview Transcript\n\nSingapore, 3 April 2025\n\nANCHOR (Genevieve Woo): Welcome "
         "back.\n\nTAIMUR BAIG: Thanks for having me.\n\nANCHOR: And the forecast?\n\nTAIMUR BAIG: We cut it.\n",
         "speech:s1:Welcome back.\nspeech:s2:Thanks for having me.\nspeech:s1:And the forecast?\n", "s3"},
        {"SUNDAY REVIEW\nTranscript \xE2\x80\x94 Sunday, March 9, 2025\n\nGuests: Commerce Secretary Howard Lutnick; "
         "Sen. Chris Murphy, D-Conn.\n\nSHANNON BREAM, ANCHOR: Welcome.\n\nHOWARD LUTNICK, COMMERCE SECRETARY: Thank "
         "you.\n",
         "meta:-:Guests: Commerce Secretary Howard Lutnick; Sen. Chris Murphy, D-Conn.\nspeech:s1:Welcome.\n", NULL},
        {"Transcript\n\nSHANNON BREAM, ANCHOR: Will there be a recession?\n\nHOWARD LUTNICK, COMMERCE SECRETARY: "
         "No.\n\nContent and Programming Copyright 2025 Fox Sunday Network, LLC. ALL RIGHTS RESERVED.\n",
         "note:-:Content and Programming Copyright 2025 Fox Sunday Network, LLC.\nnote:-:ALL RIGHTS RESERVED.\n", NULL},
        {"Homily\n\nVatican Basilica\nWednesday, 1 January 2025\n\nDear brothers and sisters, we begin the year.\n\nHoly "
         "Mother of God, pray for us!\n\n_______________________________\nCopyright \xC2\xA9 Dicastero per la "
         "Comunicazione\n",
         "note:-:Copyright \xC2\xA9 Dicastero per la Comunicazione\n", NULL},
        /* look-alikes: a town hall is no one; a sentence that goes on to a copyright */
        {"Notice\n\nTown Hall: Residents met on Tuesday.\n\nThe meeting ran late.\n", "speech:-:", "s1"},
        {"Notice\n\nThis is Tomas Velez, a captain, Copyright 2026 Kestrel Radio.\n",
         "speech:-:This is Tomas Velez, a captain, Copyright 2026 Kestrel Radio.\n", NULL},
        /* "by" alone is not read, nor the title */
        {"Convocation Address\n\nby\n\nShri Dharmendra Pradhan, Union Minister of Education\n\nKharagpur, 28 December "
         "2024\n\nMy dear graduating students, it is an honour to be here.\n",
         "title:-:Convocation Address\nmeta:-:Shri Dharmendra Pradhan", "title:-:by"},
        /* a body over its country is no one; the record's clock between turns is no
         * one's words; a question's number on the order paper is not said, and does not
         * hide the question's stop; in capitals "of" and a name over an office */
        {"COMMISSION ON ELECTIONS\nRepublic of the Philippines\n\nRESOLUTION NO. 004, SERIES OF 2025\n\nWHEREAS, the "
         "elections were held on May 12, 2025;\n\nSO ORDERED.\n",
         "speech:-:WHEREAS, the elections were held on May 12, 2025;\n", NULL},
        {"LOK SABHA DEBATES\n\nWednesday, February 12, 2025\n\nSHRI ANAND KUMAR: Sir, what is the timeline?\n\nHON. "
         "SPEAKER: Question Hour is over.\n\n12:00 hrs\n",
         "speech:s2:Question Hour is over.\nstage:-:12:00 hrs\n", NULL},
        {"House of Commons\n\nTuesday 4 March 2025\n\nRural Bus Services\n\nMr Tom Pryce (Ludlow and Clun) (LD)\nWhat "
         "steps is she taking to improve rural bus services? [902114]\n\nThe Secretary of State for Transport (Ms Helen "
         "Ashworth)\nWe are investing in local buses.\n\nMr Tom Pryce\nI thank her for that answer.\n",
         "speech:s1:What steps is she taking to improve rural bus services?\nspeech:s2:We are investing in local "
         "buses.\nspeech:s1:I thank her for that answer.\n",
         "902114"},
        {"TESTIMONY OF JANET OKONJO-REYES\nChief Executive Officer, National Association of Community Health "
         "Centers\n\nBefore the Subcommittee on Health\n\nApril 9, 2025\n\nThank you for the opportunity to testify "
         "today.\n",
         "speech:s1:Thank you for the opportunity to testify today.\n", NULL},
        /* look-alike: a time in a sentence of a turn is the speaker's */
        {"LOK SABHA DEBATES\n\nSHRI ANAND KUMAR: Sir, what is the timeline?\n\nHON. SPEAKER: We rise at 12:00 hrs "
         "today.\n",
         "speech:s2:We rise at 12:00 hrs today.\n", NULL},
        /* "Summary" under the title over a paragraph is the body's first section, no
         * kind; "clade I" is a numeral, nobody's "I" */
        {"HEALTH ALERT NETWORK (HAN) HEALTH ADVISORY\n\nMpox Caused by Clade I Virus in Central Africa\nAugust 14, "
         "2024\n\nSummary\nCDC is issuing this Health Advisory to notify clinicians of an outbreak. No clade I cases "
         "have been reported.\n\nBackground\nClade I has caused severe illness.\n",
         "heading:-:Summary\nspeech:-:CDC is issuing this Health Advisory to notify clinicians of an outbreak.\n",
         "title:-:Summary"},
        {"Written evidence submitted by the Institute for Water Policy\n\nSummary of major revisions\n\nThe plan was "
         "revised in March after a public consultation.\n",
         "heading:-:Summary of major revisions\nspeech:-:The plan was revised", NULL},
        /* look-alikes of the second review: a turn that speaks of editing; a place
         * before a speech's kind, and a country in capitals after "of", name no one;
         * headlines with hyphens or a body's first word stay titles; a case's number
         * in a headline; an answer of hours under a label; a stray double space */
        {"Press Briefing\n\nMS. JEAN-PIERRE: Good afternoon.\n\nQ: Karine, the video was edited for length. Does the "
         "President think it was fair?\n\nMS. JEAN-PIERRE: It was edited for clarity, they say.\n",
         "speech:s2:Karine, the video was edited for length.\n", "note:"},
        {"West Point address to the graduating class\n\n24 May 2026\n\nThank you all for being here.\n",
         "speech:-:Thank you all for being here.\n", NULL},
        {"STATEMENT OF SOUTH AFRICA\nMinister of International Relations and Cooperation\n\n3 March 2026\n\nSouth "
         "Africa welcomes the resolution.\n",
         "speech:-:South Africa welcomes the resolution.\n", NULL},
        {"Media Release\n\nNon-Government Schools Funding Boost\n\n3 March 2026\n\nThe state will fund 40 schools.\n",
         "title:-:Non-Government Schools Funding Boost\n", NULL},
        {"Media release: Senate Committee Report Tabled\n\nResidents urged to act\n\nThe report was tabled today.\n",
         "title:-:Media release: Senate Committee Report Tabled\n", NULL},
        {"Press release\n\nCase No. 12 Dismissed\n\nThe court dismissed the case today.\n",
         "title:-:Case No. 12 Dismissed\n", NULL},
        {"Inquiry hearing\n\nMR. HALE: How many hours did the volunteers give?\n\nMS. PATEL:\n1200 hours\n",
         "speech:s2:1200 hours\n", "stage:"},
        {"Statement on aged care reform\n\nMark Butler\nMinister for Health and  Aged Care\n\nI welcome the report.\n",
         "speech:s1:I welcome the report.\n", NULL},
        /* a first name alone between the valediction and the signature is the
         * sign-off's, no chapter; look-alike: a one-word heading over a paragraph */
        {"Vice-Chancellor's message to staff\n\nFrom: Professor Sir Andrew Kellett, Vice-Chancellor\nDate: 3 February "
         "2025\n\nDear colleagues,\n\nI will hold a town hall on Wednesday.\n\nWith best wishes,\n\nAndrew\n\nProfessor "
         "Sir Andrew Kellett\nVice-Chancellor\n",
         "speech:s1:Andrew\nmeta:-:Professor Sir Andrew Kellett\nmeta:-:Vice-Chancellor\n", "heading:"},
        {"Annual report\n\nThe year went well.\n\nFinances\n\nWe cut costs by a tenth.\n",
         "heading:-:Finances\n", NULL},
        /* a release's numbered paragraph quoting someone: the quotation is the
         * person's; look-alike: a short numbered item, a name in quotation marks, stays
         * a list's */
        {"Media Release\n\nHarbour plan 2025\n\n19 March 2025\n\n1. The authority released the plan today.\n\n"
         "2. Minister Lena Tay said: \"The plan is our blueprint for a greener city.\"\n\n3. The exhibition runs "
         "to May.\n",
         "speech:-:Minister Lena Tay said:\nspeech:s1:\"The plan is our blueprint for a greener city.\"\n", NULL},
        {"Media Release\n\nHarbour plan 2025\n\n19 March 2025\n\n1. The authority released the plan today.\n\n"
         "2. Its name is \"Blue Harbour\".\n",
         "list:-:Its name is \"Blue Harbour\".\n", "s1"},
        {"Media Release\n\nHarbour plan 2025\n\n19 March 2025\n\nThe package includes:\n\n1. The \"Green Homes\" "
         "grant for every household in the city.\n\n2. New rules for builders.\n",
         "list:-:The \"Green Homes\" grant for every household in the city.\n", "speech:-:The \"Green"},
        /* a cry from the floor, however short, under any label for someone in the hall,
         * is one turn; the speech goes on in its own voice, the narrator's too */
        {"Speech by Rachel Hale MP to conference\n\nConference, it is good to be back.\n\nAUDIENCE MEMBER: What about "
         "pensioners?\n\nPensioners too, every one of them.\n",
         "speech:s2:What about pensioners?\nspeech:s1:Pensioners too, every one of them.\n", NULL},
        /* (look-alike: one of the hall given the floor by a labelled turn keeps it) */
        {"Transcript: Town hall with Mayor Ana Ruiz\n\nMAYOR RUIZ: Your questions, please.\n\nAUDIENCE MEMBER: "
         "Thank you, Mayor. The buses stopped in January.\n\nMy mother cannot get to the clinic.\n\nMAYOR RUIZ: We "
         "restored the route.\n",
         "speech:s2:My mother cannot get to the clinic.\nspeech:s1:We restored the route.\n", NULL},
        {"Keynote address to party conference\n\nConference, it is great to be here.\n\nHECKLER: What about "
         "independence?\n\nAye, and we will get there.\n",
         "speech:s1:What about independence?\nspeech:-:Aye, and we will get there.\n", NULL},
        {"Speech by Fiona Baird MSP to conference\n\nConference, it is great to be here.\n\nHECKLER: Rubbish!\n\n"
         "Delegates (chanting): Four more years!\n\nThank you.\n",
         "speech:s2:Rubbish!\nspeech:s3:Four more years!\nspeech:s1:Thank you.\n", "HECKLER"},
        /* an editor's credit in a wire story's header names no one who speaks (a bare
         * "Editor:" may be an interview's label or an editor's letter: left as it was) */
        {"New weather satellite launched\n\nSource: Xinhua\nResponsible editor: Zhang Lei\n\nJIUQUAN, Nov. 4 "
         "(Xinhua) -- A new satellite was launched on Tuesday.\n",
         "meta:-:Responsible editor: Zhang Lei\n", "s1"},
        {"Interview with the minister\n\nEditor: Welcome, Minister.\n\nMinister: Thank you.\n\nEditor: What "
         "comes next?\n\nMinister: The budget.\n",
         "speech:s1:Welcome, Minister.\n", NULL},
        {"Mayor Ana Ruiz: \"We will rebuild the harbour.\"\n\nThe council met on Monday.\n",
         "speech:s1:\"We will rebuild the harbour.\"\n", NULL},
        /* a dated correction, an amendment's note, a transcript's making after the last
         * turn: the publisher's, not the last speaker's */
        {"Q&A: The senator on retiring\n\nMarcus Bell: Why not retire?\n\nRuth Abernathy: The job is not done.\n\n"
         "Correction, Oct. 28, 2025: An earlier version of this article misstated her age.\n",
         "note:-:Correction, Oct. 28, 2025: An earlier version of this article misstated her age.\n", NULL},
        {"Q&A: The senator on retiring\n\nMarcus Bell: Why not retire?\n\nRuth Abernathy: The job is not done.\n\n"
         "This article was amended on 16 November 2025 to correct her age.\n",
         "note:-:This article was amended on 16 November 2025 to correct her age.\n", NULL},
        {"Episode 12: Grid costs\n\nJAKE ROSS: Welcome.\n\nMIRIAM COLE: Thank you, Jake.\n\nTech Talk is produced "
         "by Northgate Audio. Transcripts are auto-generated and may contain errors.\n",
         "note:-:Tech Talk is produced by Northgate Audio.\n", NULL},
        /* a delivery note with a colon over the speech: the header's, not her first words */
        {"Remarks by Senator Jane Caldwell\n\nAugust 20, 2025\n\nAs prepared for delivery:\n\nThank you, Madam "
         "Chair.\n",
         "meta:-:As prepared for delivery\nspeech:s1:Thank you, Madam Chair.\n", NULL},
        /* Xinhua's end mark is not read */
        {"New weather satellite launched\n\nJIUQUAN, Nov. 4 (Xinhua) -- A new satellite was launched on Tuesday.\n\n"
         "Enditem\n",
         "speech:-:JIUQUAN, Nov. 4 (Xinhua) -- A new satellite was launched on Tuesday.\n", "Enditem"},
        /* an order of service's items between the tributes are the narrator's, and no
         * speaker; look-alike: the tribute after them is its speaker's */
        {"Service of Thanksgiving for Dame Eleanor Whitby\n\nThe Vicar: We meet to give thanks for her life.\n\n"
         "Hymn: Praise, my soul, the King of heaven\n\nSir Michael Penrose KC: She was the finest advocate of her "
         "generation.\n\nClosing hymn: Abide with me\n",
         "stage:-:Hymn: Praise, my soul, the King of heaven\nspeech:s2:She was the finest advocate of her generation.\n"
         "stage:-:Closing hymn: Abide with me\n",
         NULL},
        /* the office alone later is the one who held it in brackets before; a
         * moderator's workplace is no part of the name */
        {"Transcript of Press Conference\n\nChairman, ISRO (Dr. K. Subramaniam): Good afternoon, friends.\n\n"
         "Question (Ms. Priya Nair, The Hindu): When?\n\nChairman, ISRO: Soon.\n",
         "speech:s1:Good afternoon, friends.\nspeech:s2:When?\nspeech:s1:Soon.\n", "s3"},
        {"Prelaunch News Conference\n\nMODERATOR (Laura Greene, NASA Communications): Good evening.\n\n"
         "KEN ALVAREZ: Thanks, Laura.\n\nMODERATOR: Questions now.\n",
         "speech:s1:Good evening.\nspeech:s2:Thanks, Laura.\nspeech:s1:Questions now.\n", "s3"},
        /* look-alikes: another office's holder is another person */
        {"Transcript of Press Conference\n\nChairman, ISRO (Dr. K. Subramaniam): Good afternoon, friends.\n\n"
         "Director, VSSC (Dr. Anil Mehta): Thank you, sir.\n",
         "speech:s1:Good afternoon, friends.\nspeech:s2:Thank you, sir.\n", NULL},
        /* a quotation in single marks after a word of saying, inside the paragraph, as
         * Australian and British releases write it */
        {"Court orders penalty\n\n15 August 2025\n\nThe Court has ordered a penalty.\n\nASIC Deputy Chair Sandra "
         "Courtney said, 'Trustees are trusted with savings. It must be true.'\n\nThe Court also ordered costs.\n",
         "speech:-:ASIC Deputy Chair Sandra Courtney said,\nspeech:s1:'Trustees are trusted with savings.\n"
         "speech:s1:It must be true.'\nspeech:-:The Court also ordered costs.\n", NULL},
        {"Witness appeal\n\nPublished: 07 July 2025\n\nPolice are appealing for witnesses.\n\nInvestigating officer PC "
         "Dan Farrow said: 'We would like to hear from anybody who saw it.'\n",
         "speech:s1:'We would like to hear from anybody who saw it.'\n", NULL},
        /* look-alikes: a term in single marks after "said," is no quotation */
        {"Policy update\n\nThe minister set out the plan.\n\nThe minister said, 'Green Deal' schemes would end in "
         "2026.\n",
         "speech:-:The minister said, 'Green Deal' schemes would end in 2026.\n", "s1"},
        /* a kind in title case, a bar and the date: the release's kind, no one's name */
        {"International Criminal Court\n\nTrial Chamber V delivers verdict in the Yekatom case\n\nPress Release | 17 "
         "January 2025\n\nToday, the Chamber found Mr Alfred Yekatom guilty of 20 counts.\n",
         "meta:-:Press Release | 17 January 2025\nspeech:-:Today, the Chamber found Mr Alfred Yekatom guilty of 20 counts.\n",
         "s1"},
        {"Harbour works begin\n\nNews Release | 3 March 2025\n\nWork on the harbour wall begins today.\n",
         "speech:-:Work on the harbour wall begins today.\n", "s1"},
        /* a mission's name with where it is, over its ambassador's speech: hers */
        {"Embassy of the People's Republic of China in the Republic of Singapore\n\nAmbassador Cao Zhongming's Speech "
         "at the Reception Celebrating the 76th Anniversary of the Founding of the People's Republic of China\n\n"
         "2025-09-26\n\nGood evening! Welcome to the reception.\n",
         "meta:-:2025-09-26\nspeech:s1:Good evening!\n", NULL},
        /* look-alike: a headline that opens with the embassy's name is the title */
        {"Embassy of Ireland hosts trade mission in Nairobi\n\n3 March 2025\n\nThe Embassy welcomed 20 firms.\n",
         "title:-:Embassy of Ireland hosts trade mission in Nairobi\n", NULL},
        /* a court's transcript: counsel's label with Senior Counsel's letters or with
         * initials, and later the surname alone, is one person; a judge's letters
         * after the surname are the office; the record of the court's rising is the
         * narrator's */
        {"TRANSCRIPT OF PROCEEDINGS\n\nMR T.A. GAME SC: May it please the Court.\n\nGAGELER CJ: Yes, Mr Game.\n\n"
         "MR GAME: Your Honours, the appeal raises one issue.\n\nGORDON J: Was a direction sought?\n\n"
         "MR GAME: No, your Honour.\n\nCHIEF JUSTICE GAGELER: Thank you.\n\nAT 11.15 AM THE MATTER WAS ADJOURNED\n",
         "speech:s1:May it please the Court.\nspeech:s2:Yes, Mr Game.\nspeech:s1:Your Honours, the appeal raises one "
         "issue.\nspeech:s3:Was a direction sought?\nspeech:s1:No, your Honour.\nspeech:s2:Thank you.\n"
         "stage:-:AT 11.15 AM THE MATTER WAS ADJOURNED\n",
         "s4"},
        /* look-alikes: a name in capitals, family name first, is still one; a line in
         * capitals that speaks of an adjournment after a label is the speaker's */
        {"TRANSCRIPT\n\nKAMEDA Hiroshi: Thank you.\n\nMODERATOR: Next question.\n\nKAMEDA Hiroshi: Yes.\n\n"
         "MR HALE: THE HEARING WAS ADJOURNED BY CONSENT.\n",
         "speech:s1:Thank you.\nspeech:s2:Next question.\nspeech:s1:Yes.\nspeech:s3:THE HEARING WAS ADJOURNED BY CONSENT.\n",
         NULL},
        /* look-alike: an update's note, a sentence, is the advice's body */
        {"Foreign travel advice\n\nSri Lanka\n\nUpdated 14 April 2025\n\nLatest update: Information on entry "
         "requirements for British nationals.\n\nYou need a visa.\n",
         "speech:-:Latest update: Information on entry requirements for British nationals.\n", NULL},
        /* a contact's number with its area code in brackets, Australia's way, is no
         * list item */
        {"Man charged over burglary\n\nDetectives have charged a man.\n\nSenior Constable Rachel Doherty\nMedia "
         "Officer\n(03) 9247 6894\n",
         "meta:-:(03) 9247 6894\n", "list:"},
        /* look-alike: a list numbered in brackets is a list */
        {"Measures\n\nThe council agreed:\n\n(1) 250 new homes\n(2) a new school\n",
         "list:-:250 new homes\n", NULL},
        /* a particular's label before the message's sentences is the body's */
        {"Message for U.S. Citizens: Closure of the Consulate\n\nLocation: Rio de Janeiro, Brazil\n\nEvent: The "
         "Consulate General will be closed to the public on Friday. Appointments for that date will be "
         "rescheduled.\n\nActions to Take:\nMonitor local media.\n",
         "speech:-:Event: The Consulate General will be closed to the public on Friday.\n", NULL},
        /* a report's title and its part under a masthead, over a record's fields: the
         * narrator's, no one's turns */
        {"National Rugby League\n\nMatch Review Committee Report: Round 9\n\nPlayer: Jaxon Tuilagi\nClub: Parramatta "
         "Ravens\nOffence: Grade 2 Dangerous Contact\n\nTuilagi entered an early guilty plea.\n",
         "meta:-:Match Review Committee Report: Round 9\nmeta:-:Player: Jaxon Tuilagi\n", "s1"},
        /* look-alike: a headline under the first line is no masthead's */
        {"Tribunal decision\n\nSecretary: Ms Ruth Delahay (Judicial Services)\n\nThe panel met on 3 May.\n",
         "meta:-:Secretary: Ms Ruth Delahay (Judicial Services)\n", NULL},
        /* a press conference's drivers, as its participants */
        {"Post-race press conference - Grand Prix of Monterrey\n\nSunday, 26 October 2025\n\nDRIVERS: Lando Ferris "
         "(Apex Racing), Max Holtmann (Rhein Motorsport)\n\nMODERATOR: Lando, congratulations.\n\nLANDO FERRIS: "
         "Thanks.\n",
         "meta:-:DRIVERS: Lando Ferris (Apex Racing), Max Holtmann (Rhein Motorsport)\nspeech:s1:Lando, "
         "congratulations.\nspeech:s2:Thanks.\n", NULL},
        /* "About" and the name the statement gave, alone under the person's words: the
         * publisher's boilerplate, the narrator's */
        {"Statement by the Rector of Laval-Riviere University on study permits\n\nQUEBEC CITY, Jan. 23, 2025\n\n"
         "\"The announcement will reduce our enrolment by about 35%.\"\n\nAbout Laval-Riviere University\n\n"
         "Founded in 1971, Laval-Riviere University welcomes 28,000 students.\n",
         "note:-:Founded in 1971, Laval-Riviere University welcomes 28,000 students.\n", NULL},
        /* look-alike: a speech's section "About" something else is the speaker's */
        {"Remarks by Minister Ana Ruiz\n\nThank you all for coming today.\n\nAbout the Future\n\nWe will build "
         "the new harbour by 2030.\n",
         "speech:s1:We will build the new harbour by 2030.\n", NULL},
        /* a papal message's closing dateline with the day's feast after the date, and
         * the signature under it: the record's */
        {"Message of the Holy Father for the World Day of the Sick\n\nDear brothers and sisters!\n\nI bless you and "
         "your work.\n\nRome, Saint John Lateran, 24 January 2025, Memorial of Saint Francis de Sales.\n\nFRANCIS\n",
         "speech:s1:I bless you and your work.\nmeta:-:Rome, Saint John Lateran, 24 January 2025, Memorial of Saint "
         "Francis de Sales.\nmeta:-:FRANCIS\n", NULL},
        /* look-alikes of this session's rules (review): a witness whose office is the
         * chair's word with where it is, is not the committee's chair */
        {"Standing Committee on Transport\nEvidence session: National Highways Authority\n\nCHAIRMAN: Good morning.\n\n"
         "CHAIRMAN, NHAI: Thank you, Chairman. We built 6,200 kilometres.\n\nCHAIRMAN: How many are delayed?\n\n"
         "CHAIRMAN, NHAI: Forty-one.\n",
         "speech:s1:Good morning.\nspeech:s2:Thank you, Chairman.\nspeech:s2:We built 6,200 kilometres.\n"
         "speech:s1:How many are delayed?\nspeech:s2:Forty-one.\n", NULL},
        /* a speech's section about a country it named is still the speaker's */
        {"Remarks by Foreign Minister Penny Wong\n\nThank you. I have just come from Indonesia and Papua New "
         "Guinea.\n\nAbout Indonesia\n\nOur partnership with Indonesia is one of our most important.\n",
         "speech:s1:Our partnership with Indonesia is one of our most important.\n", NULL},
        /* a guest named Blessing is a speaker, not an order of service's item */
        {"Podcast: Voices of Harare, Episode 4\n\nHOST: Welcome back. Today I'm joined by Blessing and Tendai.\n\n"
         "Blessing: Thanks for having us.\n\nTendai: And I joined a year later.\n",
         "speech:s2:Thanks for having us.\nspeech:s3:And I joined a year later.\n", NULL},
        /* a judge's own words in capitals about an adjournment are the judge's */
        {"TRANSCRIPT OF PROCEEDINGS\n\nHIS HONOUR: Thank you, counsel.\nTHE MATTER IS ADJOURNED TO 14 MARCH.\n\n"
         "MR GAME: As your Honour pleases.\n",
         "speech:s1:THE MATTER IS ADJOURNED TO 14 MARCH.\n", NULL},
        /* a list numbered with a leading zero is a list */
        {"Measures\n\nThe council agreed:\n\n(01) 250 new homes in Cork city\n(02) a new school\n",
         "list:-:250 new homes in Cork city\n", NULL},
        /* a message signed with the office before its body's name, "Office, Body":
         * the narrator's signature; look-alike: a release's contact at its foot */
        {"Message to the Class of 2025\n\n12 June 2025\n\nI am proud of every one of you. Go well.\n\nMaria Lopez\n"
         "Vice-Chancellor, Northgate University\n",
         "speech:s1:Go well.\nmeta:-:Maria Lopez\nmeta:-:Vice-Chancellor, Northgate University\n", NULL},
        {"Northgate University opens new library\n\n12 June 2025\n\nThe university opened its new library on Monday. "
         "It holds 2 million books.\n\nJane Smith\nMedia Officer, Northgate University\n",
         "speech:-:It holds 2 million books.\n", "s1:"},
        /* a message signed on one line, the title before the name: the narrator's, and
         * it names who speaks; look-alike: a cry in the speaker's last line */
        {"New Year Message\n\nIssued: 19 September 2025\n\nI send my warmest wishes to every member of our "
         "community.\n\nChief Rabbi Sir Ephraim Mirvold\n",
         "speech:s1:I send my warmest wishes to every member of our community.\nmeta:-:Chief Rabbi Sir Ephraim "
         "Mirvold\n", NULL},
        {"Speech at the rally\n\n5 May 2025\n\nI thank you all for coming. We will win.\n\nLong live President "
         "Mandela\n",
         "speech:s1:We will win.\nspeech:s1:Long live President Mandela\n", NULL},
        /* a programme's item at its time, the same on two days, is read both times */
        {"Programme of the State Visit\n\n8 April 2025\n\nThe following is the programme.\n\nWednesday, 9 April\n\n"
         "10:00 Welcome Ceremony, Horse Guards Parade\n19:30 State Banquet, Buckingham Palace\n\nThursday, 10 April\n\n"
         "11:00 Visit to the British Museum\n19:30 State Banquet, Buckingham Palace\n",
         "speech:-:11:00 Visit to the British Museum\nspeech:-:19:30 State Banquet, Buckingham Palace\n", NULL},
        /* an election notice's field, the same on every candidate, is no speaker */
        {"STATEMENT OF PERSONS NOMINATED\n\nElection of a Councillor for the St James's Ward\n\n7 February 2025\n\n"
         "The following persons stand validly nominated:\n\nFORTESCUE Harriet Anne, 14 Bury Street, The Conservative "
         "Party Candidate.\nSignatories: Julia Amis (+), Peter Dyer (++).\n\nOKONJO Daniel, address in the City of "
         "Westminster, Labour Party.\nSignatories: Rachel Bell (+), Sunil Khan (++).\n",
         "speech:-:Signatories: Rachel Bell (+), Sunil Khan (++).\n", "s1"},
        /* a result's field with a figure alone is read in place, no chapter's heading;
         * look-alike: a heading with a colon over its section */
        {"Official result: Nelson electorate\n\n3 November 2023\n\nThe official result has been declared.\n\n"
         "Rachel BOYACK, Labour Party: 18,914\nBlair CAMERON, National Party: 18,885\n\nMajority: 29\n\nTurnout: "
         "82.7%\n\nNext Steps:\n\nThe writ will be returned on Friday.\n",
         "speech:-:Majority: 29\nspeech:-:Turnout: 82.7%\nheading:-:Next Steps:\n", NULL},
        /* '"…," she said.' after a narrated paragraph whose subject reports is that
         * subject's, though another was quoted before; look-alike: a narrated paragraph
         * with no one as its subject leaves the quotation to the one quoted before */
        {"President Ruto hosts Tanzanian counterpart\n\nNairobi, 15 May 2025\n\nPresident William Ruto today hosted "
         "President Samia Suluhu Hassan.\n\nPresident Ruto said: \"Trade reached 140 billion shillings.\"\n\n"
         "President Samia said Tanzania was committed to removing barriers.\n\n\"We have agreed to remove 14 of them,\" "
         "she said.\n",
         "speech:s2:\"We have agreed to remove 14 of them,\"\n", NULL},
        {"President Ruto hosts Tanzanian counterpart\n\nNairobi, 15 May 2025\n\nPresident William Ruto today hosted "
         "President Samia Suluhu Hassan.\n\nPresident Ruto said: \"Trade reached 140 billion shillings.\"\n\n"
         "The two leaders signed five agreements.\n\n\"We will do more,\" he said.\n",
         "speech:s1:\"We will do more,\"\n", NULL},
        /* the publisher's note that hands over to the speaker, before the speaker's
         * first words, is the narrator's; look-alike: the speaker's own lead-in */
        {"The King's Christmas Broadcast 2024\n\n25 December 2024\n\nThis year's Broadcast was recorded in the Chapel "
         "at Fitzrovia Hospital. The full text of His Majesty's message follows:\n\nAs we gather today, many of us "
         "will think of those we have lost.\n",
         "speech:-:The full text of His Majesty's message follows:\nspeech:s1:As we gather today, many of us will "
         "think of those we have lost.\n", NULL},
        {"The King's Christmas Broadcast 2024\n\n25 December 2024\n\nI am pleased to share with you the following "
         "message:\n\nAs we gather today, many of us will think of those we have lost.\n",
         "speech:s1:I am pleased to share with you the following message:\n", NULL},
        /* a dateline of two words opening a speaker's first paragraph is the narrator's */
        {"Statement by UN High Commissioner for Refugees Filippo Grandi on the floods\n\nNEW YORK, 14 September 2023 "
         "\xE2\x80\x93 \"I am devastated by the loss of life.\n\n\"We urge all parties to allow access.\"\n",
         "speech:-:NEW YORK, 14 September 2023\nspeech:s1:\"I am devastated by the loss of life.\n", NULL},
        /* a spokesperson's statement, signed, then a note to correspondents: the note is
         * the narrator's */
        {"Statement attributable to the Spokesperson for the Secretary-General on Karsan\n\nThe Secretary-General is "
         "deeply alarmed by the fighting.\n\nJ\xC3\xA9r\xC3\xB4me Ardant, Spokesman for the Secretary-General\n\n"
         "Note to Correspondents\n\nThe Secretary-General will travel to Geneva on 22 July.\n",
         "note:-:The Secretary-General will travel to Geneva on 22 July.\n", NULL},
        /* an office alone after a paragraph that names its one holder is that person,
         * one voice with her surname's */
        {"Red Cross launches flood appeal\n\n26 January 2025\n\nJane Doe, Chief Executive of the Australian Red Cross, "
         "today launched an appeal.\n\n\"Every donation makes a difference,\" the Chief Executive said.\n\nMs Doe added: "
         "\"Our volunteers are already on the ground.\"\n",
         "speech:s1:\"Every donation makes a difference,\"\n", "s2"},
        /* a roster of "Name, Office" lines under its lead-in is a list, its last line
         * no one's label over the paragraph after it */
        {"Bank Rate maintained at 4%\n\nMonetary Policy Summary\nPublished on 6 November 2025\n\nThe Committee voted "
         "to maintain Bank Rate at 4%.\n\nThe following members of the Committee were present:\nArthur Kettering, "
         "Governor\nColin Ashdown, Deputy Governor\n\nThe next announcement is on 18 December 2025.\n",
         "speech:-:Colin Ashdown, Deputy Governor\nspeech:-:The next announcement is on 18 December 2025.\n",
         "announce:"},
        /* a quotation alone after a paragraph that reports the person with who he is
         * between commas, or before his name, is his; look-alike: a body's name */
        {"Media Release\n\nUnemployment rate rises\n\n16 October 2025\n\nThe rate rose to 4.5 per cent.\n\nBjorn "
         "Jarvis-Tate, ABS head of labour statistics, said the rate had risen.\n\n\"Employment increased by 15,000 "
         "people.\"\n\nThe participation rate rose.\n",
         "speech:s1:\"Employment increased by 15,000 people.\"\nspeech:-:The participation rate rose.\n", NULL},
        {"Media Release\n\nUnemployment rate rises\n\n16 October 2025\n\nThe rate rose to 4.5 per cent.\n\nABS head of "
         "labour statistics Bjorn Jarvis-Tate said the rate had risen.\n\n\"Employment increased by 15,000 "
         "people.\"\n",
         "speech:s1:\"Employment increased by 15,000 people.\"\n", NULL},
        {"Media Release\n\nUnemployment rate rises\n\n16 October 2025\n\nThe rate rose to 4.5 per cent.\n\nFigures "
         "from the Reserve Bank said the rate had risen.\n\n\"Employment increased by 15,000 people.\"\n",
         "speech:-:\"Employment increased by 15,000 people.\"\n", "s1"},
        /* a press conference that labels only its questions: after the one person's
         * opening statement, the paragraph under each question is that person's answer;
         * look-alike: a question's second paragraph where a label gives each answer */
        {"PRESS CONFERENCE\n\nMarguerite Delorme, President of the ECB\n\nFrankfurt am Main, 30 October 2025\n\nGood "
         "afternoon, I welcome you to our press conference.\n\nQuestion: Are you in a good place?\n\nWe are in a good "
         "place, and we intend to stay there.\n\nQuestion: Where are we on the digital euro?\n\nThe Council decided "
         "to move to the next phase.\n",
         "speech:s1:We are in a good place, and we intend to stay there.\nspeech:s2:Where are we on the digital "
         "euro?\nspeech:s1:The Council decided to move to the next phase.\n", NULL},
        {"Briefing\n\nMS. RUIZ: Good afternoon.\n\nQ: Two questions. First, on the budget.\n\nAnd second, on the "
         "ferry timetable.\n\nMS. RUIZ: Both are in hand.\n",
         "speech:s2:And second, on the ferry timetable.\nspeech:s1:Both are in hand.\n", NULL},
        /* a publisher's update stamped with its time in brackets is a note, the
         * narrator's; look-alike: a speaker's paragraph that opens "Update" as a word */
        {"Statement from Dana Whitcombe, CEO of Corvalis, on the service disruption\n\nJuly 19, 2025\n\nI want to "
         "apologize directly to our customers.\n\nUPDATE (July 20, 09:00 UTC): Corvalis has published a recovery "
         "tool.\n\nUpdate your agent today, and you are safe.\n",
         "speech:s1:I want to apologize directly to our customers.\nnote:-:UPDATE (July 20, 09:00 UTC): Corvalis has "
         "published a recovery tool.\nspeech:s1:Update your agent today, and you are safe.\n", NULL},
        /* a spokesperson's news before the first question, in a press conference the
         * title names them giving, is theirs */
        {"Foreign Ministry Spokesperson Zhao Lirong's Regular Press Conference on November 5, 2025\n\n2025-11-05 "
         "20:30\n\nAt the invitation of Foreign Minister Wang Liqun, Foreign Minister Elena Montoya will visit China "
         "from November 7 to 10.\n\nCCTV: What is China's expectation for the visit?\n\nZhao Lirong: China and "
         "Colombia are good friends.\n",
         "speech:s1:At the invitation of Foreign Minister Wang Liqun, Foreign Minister Elena Montoya will visit "
         "China from November 7 to 10.\n", NULL},
        /* an office's contact lines at the foot with no label, a telephone number and
         * an address of e-mail among them, are the narrator's */
        {"Speech by the Minister of Foreign Affairs, Ambassador Henrique Prates, at the opening of the meeting\n\n"
         "Ladies and gentlemen,\n\nIt is an honour to welcome you to Rio de Janeiro.\n\nThank you very much.\n\n"
         "Secretariat of Social Communication\nMinistry of Foreign Affairs\n+55 61 2030-8006\nimprensa@example.gov.br\n",
         "speech:s1:Thank you very much.\nmeta:-:Secretariat of Social Communication\nmeta:-:Ministry of Foreign "
         "Affairs\n", NULL},
        /* a summary of someone's press conference: the event's kind, and the answers
         * theirs (the person: the people table) */
        {"Summary of Governor Hayami's Press Conference on October 30, 2025\n\nBank of Japan\nOctober 31, 2025\n\n"
         "Question: Could you explain the decision?\n\nAnswer: The Bank decided to keep the policy rate at 0.5 "
         "percent.\n",
         "speech:s1:Could you explain the decision?\nspeech:s2:The Bank decided to keep the policy rate at 0.5 "
         "percent.\n", NULL},
        /* a release's contact fields over its headline, "Technical:" one of them: the
         * headline titles it */
        {"NEWS RELEASE\n\nTechnical: Renata Gallo 301-278-9083 gdp@example.gov\nMedia: Darnell Pryce 301-278-9003\n\n"
         "Gross Domestic Product, 2nd Quarter 2025 (Third Estimate)\n\nReal GDP grew at a 3.8 percent annual rate.\n",
         "meta:-:Technical: Renata Gallo 301-278-9083 gdp@example.gov\n", "title:-:Technical"},
        /* a date line's reading time is the page's, not read */
        {"Postmortem: the March 3 outage of Larkspur Sync\n\nBy Priya Raghunathan, VP of Engineering\nMarch 7, 2025 "
         "\xC2\xB7 8 min read\n\nOn Monday, Larkspur Sync was unavailable for most customers.\n",
         "meta:-:March 7, 2025\n", "min read"},
        /* "Check against delivery" after the speech is the delivery's note, no heading */
        {"Remarks by President Ferreira at the joint press conference\n\nTokyo, 23 July 2025\n\nThank you for your "
         "warm hospitality.\n\nCheck against delivery\n\nPress contact\nAna Carla PEREIRA\n+32 2 281 51 50\n",
         "speech:s1:Thank you for your warm hospitality.\nmeta:-:Check against delivery\n", "heading:"},
        /* "1. Main points" alone, a blank line, then prose: a bulletin's numbered
         * section, a heading; look-alikes: a list's items between prose, the last
         * one over prose, and a list under a lead-in's colon */
        {"Statistical bulletin\n\nGDP first estimate, UK: July to September 2025\n\nRelease date: 13 November 2025\n\n"
         "1. Main points\n\nUK GDP is estimated to have grown by 0.1% in the quarter.\n\n2. Output\n\nThe services "
         "sector grew by 0.2% in the third quarter.\n",
         "heading:-:1. Main points\nspeech:-:UK GDP is estimated to have grown by 0.1% in the quarter.\nheading:-:2. "
         "Output\n", "list:"},
        {"Press release\n\nMinister sets out energy plan\n\nThe plan has three priorities.\n\n1. Lower bills\n\n2. "
         "Cleaner power\n\n3. Good jobs\n\nThe minister said the plan would be published in full next week.\n",
         "list:-:Good jobs\nspeech:-:The minister said", "heading:"},
        {"Press release\n\nMinister sets out energy plan\n\nThe plan has one priority:\n\n1. Lower bills\n\nThe "
         "minister said the plan would be published in full next week.\n",
         "list:-:Lower bills\n", "heading:"},
        /* "II. The two sides agreed …": paragraphs numbered in capital roman numerals,
         * a sentence after each, are numbered items, "I." one too when "II." follows;
         * look-alikes: "II. On practical cooperation", a heading, and "I. Petrova"
         * with no "II." after it, an initial */
        {"Joint Statement on Trade\n\n2025-05-13\n\nI. The two sides agreed that relations have developed "
         "steadily since 1974.\n\nII. The two sides agreed to expand trade in farm products.\n\nIII. The two "
         "sides supported the reform of the United Nations.\n",
         "list:-:The two sides agreed that relations have developed steadily since 1974.\nlist:-:The two sides "
         "agreed to expand trade in farm products.\nlist:-:The two sides supported", "II."},
        {"Joint Statement on Trade\n\n2025-05-13\n\nI. Petrova, the minister, said the talks had been useful and "
         "constructive.\n\nII. On practical cooperation\n\nThe two sides agreed to expand trade in farm products.\n",
         "heading:-:II. On practical cooperation\n", NULL},
        {"Joint Statement on Trade\n\n2025-05-13\n\nI. Petrova, the minister, said the talks had been useful and "
         "constructive.\n\nThe two sides agreed to expand trade in farm products.\n",
         "speech:-:I. Petrova, the minister, said", "list:"},
        /* look-alike: a sentence of the body that says what is embargoed is read */
        {"Press release\n\nMinister welcomes jobs figures\n\nThe minister said the full report is embargoed until "
         "Friday, when it will be published.\n",
         "speech:-:The minister said the full report is embargoed until Friday", NULL},
        /* "Under PM Surya Ghar: Muft Bijli Yojana, over …": a sentence opening with a
         * preposition before a scheme's name and its colon is the narrator's, no
         * turn of "Surya Ghar"; look-alike: a label whose name opens with "In" */
        {"Ministry of New and Renewable Energy\n\nRooftop solar scheme passes one million homes\n\nIndia has added "
         "4 GW of rooftop solar in the past year, the Ministry said today.\n\nUnder PM Surya Ghar: Muft Bijli Yojana, "
         "over 10 lakh households have installed rooftop systems.\n\nThe Ministry will review the scheme in June.\n",
         "speech:-:Under PM Surya Ghar: Muft Bijli Yojana, over 10 lakh households have installed rooftop systems.\n"
         "speech:-:The Ministry will review", "announce"},
        {"Press briefing transcript\n\nIngrid Holm: Good morning. I have two announcements.\n\nQ: When will the "
         "report be published?\n\nIngrid Holm: Next week.\n",
         "speech:s1:Good morning.\n", NULL},
        /* "Visa Services Update: …" under an embassy's banner and "Exemptions: …" in its
         * body: a notice's topic and a section's lead, no one's turns */
        {"Embassy of the United States in Brazil\n\nVisa Services Update: Interview Waiver Changes Effective September "
         "2, 2025\n\nAugust 15, 2025\n\nBeginning September 2, 2025, most visa applicants will be required to attend "
         "an interview.\n\nExemptions: Applicants for A-1, A-2 and G-1 visas remain eligible for a waiver.\n\n"
         "Applicants who already hold an appointment should attend as scheduled.\n",
         "speech:-:Exemptions: Applicants for A-1, A-2 and G-1 visas remain eligible for a waiver.\nspeech:-:Applicants "
         "who already hold", "announce"},
        /* a pull quote under "Quotes", its credit on the lines under it, after a
         * minister's quotation: the one it names, not the minister; look-alike: a
         * credit that leads the quotation under it ("Ron Kessler, mayor –") */
        {"News release\n\nCanada invests in clean power in Nova Scotia\n\nMarch 12, 2025\n\n\xE2\x80\x9CNova Scotians "
         "want power that is clean,\xE2\x80\x9D said Minister Julien Thibodeau.\n\nQuotes\n\n\xE2\x80\x9CThis storage "
         "project means the lights stay on when the wind drops.\xE2\x80\x9D\n\nChief Andrea Paul-Denny\nMillbrook "
         "First Nation\n",
         "speech:s2:\xE2\x80\x9CThis storage project means the lights stay on when the wind drops.\xE2\x80\x9D\n"
         "meta:-:Chief Andrea Paul-Denny\n", NULL},
        {"News release\n\nCanada invests in clean power in Nova Scotia\n\nMarch 12, 2025\n\n\xE2\x80\x9CNova Scotians "
         "want power that is clean,\xE2\x80\x9D said Minister Julien Thibodeau.\n\nQuotes\n\n\xE2\x80\x9CThis storage "
         "project means the lights stay on when the wind drops.\xE2\x80\x9D\n\n\xE2\x80\x93 Chief Andrea Paul-Denny, "
         "Millbrook First Nation\n",
         "speech:s2:\xE2\x80\x9CThis storage project means the lights stay on when the wind drops.\xE2\x80\x9D\n", NULL},
        /* a city and its country between the header's date and the body, or between a
         * kind and the date after a blank line: where, a header's line (no chapter,
         * no title) */
        {"COP29 Presidency Statement on the Finance Goal\n\n24 November 2024\n\nBaku, Azerbaijan\n\nAfter two weeks of "
         "negotiations, the Parties have adopted the goal.\n",
         "meta:-:Baku, Azerbaijan\nspeech:-:After two weeks", "heading:"},
        {"JOINT PRESS CONFERENCE\nSUVA, FIJI\n\nFriday, 18 July 2025\n\nPRIME MINISTER: Thank you very much.\n",
         "title:-:JOINT PRESS CONFERENCE\nmeta:-:SUVA, FIJI\n", "title:-:SUVA"},
        /* look-alike: an outlet's letters before a question that ends with its mark,
         * the only such line, is a turn */
        {"Press conference\n\nMinister Ana Ruiz: Good morning. I have one announcement.\n\nCNN: When will the bridge "
         "reopen?\n\nMinister Ana Ruiz: Next week.\n",
         "speech:s2:When will the bridge reopen?\n", NULL},
        /* look-alike: a heading "Notes" opening the body is the speaker's section */
        {"Remarks by Minister Ana Ruiz\n\nNotes\n\nWe meet at a hard time for the region.\n",
         "speech:s1:We meet at a hard time for the region.\n", "note:"},
        /* a court's disclaimer at the foot of sentencing remarks: the publisher's */
        {"SENTENCING REMARKS OF HER HONOUR JUDGE ASHWORTH\n2 April 2025\n\n1. Ms Tilly, you pleaded guilty "
         "to theft.\n\n2. The sentence is 18 months.\n\nJudiciary of England and Wales\nThis is not a "
         "transcript of the remarks as delivered. The remarks as delivered are the only authoritative "
         "version.\n",
         "note:-:This is not a transcript of the remarks as delivered.\n", "s1:This is not"},
        /* look-alike: the judge's own sentence that starts the same way */
        {"SENTENCING REMARKS OF HER HONOUR JUDGE ASHWORTH\n2 April 2025\n\n1. Ms Tilly, you pleaded guilty "
         "to theft.\n\n2. This is not a case for a suspended sentence.\n",
         "s1:This is not a case for a suspended sentence.\n", "note:"},
        /* a mission's clock before a colon is a time, no one's label */
        {"Launch Blog: Kestrel-2\n\nT-minus 45 minutes: All stations are go for launch.\n\nT+2:35: Main engine cut-off "
         "confirmed.\n\n\"We are thrilled,\" said CEO Magnus Halvorsen.\n",
         "speech:-:T+2:35: Main engine cut-off confirmed.\n", NULL},
        /* a hearing's ranking member, cued by a title of two words */
        {"Hearing Transcript\n\nChairman OKORO. The committee will come to order.\nRanking Member FIELDING. Thank you, "
         "Mr. Chairman.\nChairman OKORO. The gentleman yields back.\n",
         "speech:s2:Thank you, Mr. Chairman.\n", "Ranking Member FIELDING"},
        {"STATEMENT BY\nGENERAL MARCUS A. HOLLOWAY, USSF\nCHIEF OF SPACE OPERATIONS\n\nMAY 21, 2025\n\nChairman Renner, "
         "thank you for the opportunity to testify.\n",
         "speech:s1:Chairman Renner, thank you for the opportunity to testify.\n", NULL},
        /* (a statement of principles: no one) */
        {"STATEMENT OF\nPRINCIPLES FOR OPEN DATA\n\nMAY 21, 2025\n\nData should be open by default.\n",
         "speech:-:Data should be open by default.\n", NULL},
        /* a signature whose office is in capitals: the narrator's */
        {"Statement by the Director General, Dr. Mary Otieno, on the launch of TAIFA-2\n\nIt is with great pride that I "
         "announce the launch of TAIFA-2.\nGod bless Kenya.\n\nDr. Mary Otieno\nDIRECTOR GENERAL\n",
         "meta:-:DIRECTOR GENERAL\n", "speech:s1:DIRECTOR"},
        /* a hearing's inserted statement: its title on a line of its own under the
         * direction, a sentence apart from the first of the statement */
        {"HEARING BEFORE THE SUBCOMMITTEE ON OVERSIGHT\n\nMr. DALTON. Thank you, Madam Chair. I share your concerns.\n"
         "[The prepared statement of Mr. Dalton follows:]\nPrepared Statement of Hon. Robert Dalton\nThe safety of our "
         "dams is not a partisan issue.\n",
         "speech:s1:The safety of our dams is not a partisan issue.\n", NULL},
        /* short headings in sentence case over their paragraphs, no blank line between,
         * printed so twice: headings; once, a paragraph's short first line */
        {"Ministry of Health\n\nNew clinics for the north\n\n14 August 2025\n\nThe ministry opened three clinics today.\n\n"
         "Funding for rural areas\nThe ministry will spend $4 million on rural clinics over two years.\n\nNext steps\n"
         "A review will follow in 2026.\n",
         "heading:-:Funding for rural areas\n", NULL},
        {"Ministry of Health\n\nNew clinics for the north\n\n14 August 2025\n\nThe ministry opened three clinics today.\n\n"
         "Funding for rural areas\nThe ministry will spend $4 million on rural clinics over two years.\n",
         "speech:-:Funding for rural areas\n", NULL},
        /* a briefing's note on who chaired it kept in the header; the first topic under it
         * its first heading, not the title */
        {"UN Geneva Press Briefing\n\n12 August 2025\n\nAlessandra Vellucci, Director of the United Nations Information "
         "Service in Geneva, chaired the hybrid briefing, which was attended by spokespersons of the World Health "
         "Organization and the World Food Programme.\n\nFloods in the Sahel\n\nJens Laerke for the Office for the "
         "Coordination of Humanitarian Affairs said that more than 400,000 people had been displaced.\n\nMeasles in "
         "Yemen\n\nTarik Jasarevic for the World Health Organization said that cases had doubled.\n",
         "heading:-:Floods in the Sahel\n", "title:-:Floods"},
        /* a daily news page's headlines, one with an amount in it: headings all (a line of
         * figures, "Revenue: $2.84B", stays no heading) */
        {"European Commission - Daily News\n\nDaily News 14 / 08 / 2025\n\nBrussels, 14 August 2025\n\nCommission approves "
         "\xE2\x82\xAC" "200 million Italian scheme for wind farms\n\nThe European Commission has approved an Italian scheme.\n\n"
         "EU and Japan hold talks on hydrogen\n\nCommissioner Ana Ruiz met the Japanese minister today.\n",
         "heading:-:Commission approves \xE2\x82\xAC" "200 million Italian scheme for wind farms\n", NULL},
        /* names and their colons alone on their lines over each turn: cues, even over a
         * turn of one sentence in the third person */
        {"Press conference\n20 January 2025\n\nMatteo Bruni:\nThe first question is from Maria Santos.\n\nPope Francis:\n"
         "Thank you.\n",
         "speech:s1:The first question is from Maria Santos.\n", "Matteo Bruni:"},
        /* a bare "Reporter:" alone over a question: a questioner's turn, not a field of
         * people */
        {"Media briefing transcript\nWednesday 5 March 2025\n\nChief Investigator Aroha Ngata:\nThank you for coming.\n\n"
         "Reporter:\nWas anyone hurt?\n\nChief Investigator Aroha Ngata:\nNo.\n",
         "speech:s2:Was anyone hurt?\n", "Reporter:"},
        /* a degree's stops before the person who is quoted end no sentence */
        {"NEWS RELEASE\n14 May 2025\n\nHIST team develops solar cell\n\nThe team built a cell.\n\nPh.D. candidate Lee "
         "Seo-yeon said, \"It was a long road, but worth it.\"\n",
         "speech:s1:\"It was a long road, but worth it.\"\n", NULL},
        /* "Signed:" over the signer's name and office: the signature, the narrator's */
        {"Statement by Archbishop Michael Adeyemi\nOgwa, 14th May 2025\n\nWe call on the abductors to release him "
         "unhurt.\n\nSigned:\nMost Rev. Michael Adeyemi\nArchbishop of Ogwa\n",
         "meta:-:Signed:\nmeta:-:Most Rev. Michael Adeyemi\nmeta:-:Archbishop of Ogwa\n", NULL},
        /* a papal message's dating with the day's feast after it, then the signature: the
         * record's, no heading */
        {"Message of His Holiness for the 59th World Day of Social Communications\n\nDear brothers and sisters!\n\n"
         "Communication generates fear.\n\nFrom the Vatican, 24 January 2025, Memorial of Saint Francis de Sales\n\nFRANCIS\n",
         "meta:-:From the Vatican, 24 January 2025, Memorial of Saint Francis de Sales\nmeta:-:FRANCIS\n", NULL},
        /* sections numbered in turn, each right over its paragraph: headings */
        {"COMMUNIQU\xC3\x89 OF THE 14TH ORDINARY SESSION OF THE HOLY SYNOD\nPort Elim, 21 August 2025\n\n1. Introduction\n"
         "The Synod met in its 14th Ordinary Session.\n\n2. Resolutions\nThe Synod resolved to establish a Commission.\n",
         "heading:-:1. Introduction\nspeech:-:The Synod met in its 14th Ordinary Session.\nheading:-:2. Resolutions\n", NULL},
        /* paragraphs numbered from 2, the number set off by spaces: not read; a sentence
         * that opens with a count keeps it */
        {"MEDIA RELEASE\n23 October 2025\n\nFinal Report on the Serious Incident at Changi Airport\n\n2     At about 2318 "
         "hrs, the tyres burst.\n\n3     No one was injured.\n\n4     3 safety recommendations were made.\n",
         "speech:-:At about 2318 hrs, the tyres burst.\nspeech:-:No one was injured.\nspeech:-:3 safety recommendations were made.\n", NULL},
        /* a bishop's cross before his signature under "Signed:": one line, the narrator's,
         * and a communiqué in the third person stays the narrator's */
        {"COMMUNIQU\xC3\x89\n21 August 2025\n\nThe Synod resolved to establish a Commission.\n\nSigned:\n+Samuel K. Osei\n"
         "Archbishop and Primate\n",
         "speech:-:The Synod resolved to establish a Commission.\nmeta:-:Signed:\nmeta:-:+Samuel K. Osei\n", NULL},
        /* a person's statement given in quotation marks: the paragraph outside them is the
         * issuing office's (one with no quotation marks stays all hers) */
        {"Statement from the Bishop of Hartsbury, the Rt Revd Dr Claire Fenwick\nThursday 27 February 2025\n\n\"It is with "
         "great sadness that I have learned of the death of Canon Peter Ashdown.\"\n\nThe funeral will take place at 2pm "
         "on Friday 14 March.\n",
         "speech:-:The funeral will take place at 2pm on Friday 14 March.\n", NULL},
        {"Statement from the Bishop of Hartsbury, the Rt Revd Dr Claire Fenwick\nThursday 27 February 2025\n\nIt is with "
         "great sadness that I have learned of the death of Canon Peter Ashdown.\n\nOur prayers are with his family.\n",
         "speech:s1:Our prayers are with his family.\n", NULL},
        /* hunt 92 d05: a count in a results bulletin ("Spoilt ballots: 31"), the same
         * under two constituencies, is read under both, no page's running head */
        {"Provisional Results Bulletin No. 6\n\nConstituency: KV-07 Tarawa North\n\nANOTE, Teuea (BTK) 1,203\n"
         "KAIRO, Maria (PPC) 987\nSpoilt ballots: 31\n\nConstituency: KV-08 Tarawa South\n\nBAURO, Tinte (BTK) 1,544\n"
         "TAAKE, Rimon (PPC) 1,611\nSpoilt ballots: 31\n",
         "speech:-:TAAKE, Rimon (PPC) 1,611\nspeech:-:Spoilt ballots: 31\n", NULL},
        /* hunt 92 d06: a clock's time in a field's value, the same label twice ("Valid:
         * 02:00 Saturday to …"), is said, no editor's time code */
        {"Weather warning\n\nStatus Orange \xE2\x80\x93 Wind warning for Cork\nValid: 02:00 Saturday to 10:00 Saturday\n\n"
         "Gusts of 110 to 130 km/h.\n\nStatus Red \xE2\x80\x93 Wind warning for Galway\nValid: 07:00 Saturday to 14:00 "
         "Saturday\n\nGusts in excess of 130 km/h.\n",
         "speech:-:Valid: 07:00 Saturday to 14:00 Saturday\n", NULL},
        /* hunt 92 d01: a cyclone bulletin's fields ("Location of Center (10:00 PM):",
         * "Intensity:", "Present Movement:"), each once over a value that is no sentence:
         * read by the narrator with their labels, no speakers */
        {"TROPICAL CYCLONE BULLETIN NR. 9\nTyphoon \"KRISTINE\" (TRAMI)\nIssued at 11:00 PM, 23 October 2024\n\n"
         "Location of Center (10:00 PM): The center of Typhoon \"KRISTINE\" was estimated at 130 km East of Casiguran, "
         "Aurora (16.2\xC2\xB0N, 123.4\xC2\xB0" "E)\n\nIntensity: Maximum sustained winds of 120 km/h near the center, and "
         "central pressure of 965 hPa\n\nPresent Movement: West northwestward at 20 km/h\n",
         "speech:-:Present Movement: West northwestward at 20 km/h\n", ":s1:"},
        /* hunt 92 d02: a results table's head in columns ("Candidate   Party   Votes") is
         * no office and its holder: no speaker for what follows */
        {"ELECTORAL OFFICE OF JAMAICA\nPRELIMINARY COUNT RESULTS\n\nST. ANDREW SOUTH WESTERN\n\n"
         "Candidate                     Party      Votes\nBROWN-WILLIAMS, Marcia         PNP        7,412\n"
         "CAMPBELL, Devon A.            JLP        6,903\n\nThese results are preliminary. Final Count will commence on "
         "Thursday.\n",
         "speech:-:These results are preliminary.\n", ":s1:"},
        /* hunt 92 d03: an electoral office's statutory notice, "Statement of Persons
         * Nominated", names no one; "Statement of Sarah Pembridge, …" does */
        {"Statement of Persons Nominated\n\nWestmarsh Borough Council \xE2\x80\x93 Hallam Green Ward\n\nThe following persons "
         "have been nominated as candidates for election as Councillor.\n\nASHWORTH, Daniel James (Labour Party)\n",
         "speech:-:The following persons have been nominated as candidates for election as Councillor.\n", ":s1:"},
        {"Statement of Sarah Pembridge, Returning Officer for Westmarsh\n\nThe following persons have been nominated as "
         "candidates for election as Councillor.\n",
         "speech:s1:The following persons have been nominated as candidates for election as Councillor.\n", NULL},
        /* hunt 93 d03: a statement by a person whose words stand in quotation marks: an
         * unquoted paragraph in the third person is the organisation's, the narrator's */
        {"MSF statement\n\nGaza: hospitals overwhelmed\n\nStatement by Dr Amber Alayyan, MSF medical programme manager\n\n"
         "22 July 2024\n\nOver the past 72 hours, MSF teams in Nasser hospital have received more than 100 wounded "
         "patients.\n\n\"Our surgeons operated for 20 hours straight.\"\n",
         "speech:-:Over the past 72 hours, MSF teams in Nasser hospital have received more than 100 wounded patients.\n"
         "speech:s1:\"Our surgeons operated for 20 hours straight.\"\n", NULL},
        /* (look-alike: no quotation marks, the first person: all hers) */
        {"MSF statement\n\nGaza: hospitals overwhelmed\n\nStatement by Dr Amber Alayyan, MSF medical programme manager\n\n"
         "22 July 2024\n\nOver the past 72 hours, our teams in Nasser hospital have received more than 100 wounded "
         "patients. Our surgeons operated for 20 hours straight.\n",
         "speech:s1:Over the past 72 hours, our teams in Nasser hospital have received more than 100 wounded patients.\n",
         NULL},
        /* hunt 93 d04: a release's lead, "The Minister of Health, Dr Jane Okello, today
         * chaired a … meeting …": news of what she did (the adverb no verb), the body's,
         * the narrator's */
        {"Health Minister chairs meeting on Chandipura virus situation\n\nThe Minister of Health, Dr Jane Okello, today chaired "
         "a high-level meeting to review the situation in Gulu.\n\nThe cases have been reported from 12 districts.\n",
         "speech:-:The Minister of Health, Dr Jane Okello, today chaired a high-level meeting to review the situation in Gulu.\n"
         "speech:-:The cases have been reported from 12 districts.\n", ":s1:"},
        /* hunt 93 d06: a dateline and its dash over the quotation ("NEW YORK/GENEVA, 21 May
         * 2024 –") is no one's name over their words */
        {"JOINT STATEMENT\n\nStatement by UNICEF Executive Director Catherine Lowell and WHO Director-General Dr Tadesse Gebre "
         "on the hunger crisis in the Sahel\n\nNEW YORK/GENEVA, 21 May 2024 \xE2\x80\x93 \"Across the central Sahel, more than "
         "3.4 million children under five are acutely malnourished.\"\n\nMs. Lowell said: \"Every day of delay costs "
         "children's lives.\"\n",
         "speech:s1:\"Every day of delay costs children's lives.\"\n", ":s2:"},
        /* hunt 94 d01: a headline's topic in capitals over a place ("ROAD CLOSURE: Rue
         * Laurier") is no speaker's label, so the notice is no transcript and "Detour:" no
         * speaker */
        {"Press Release\nCity of Saint-Armand\n\nROAD CLOSURE: Rue Laurier\n\nThe City advises residents that Rue Laurier will "
         "be closed from Monday, November 9 at 7 a.m.\n\nDetour: Eastbound traffic will be redirected via Park Avenue.\n\n"
         "Information: 311\n",
         "speech:-:Detour: Eastbound traffic will be redirected via Park Avenue.\n", ":s1:"},
        /* hunt 94 d02: before a briefing's first turn, a paragraph that tells of the people
         * who speak in it, by the names their labels give, is the narrator's */
        {"PRESS BRIEFING BY THE DEFENCE SPOKESPERSON\nNew Delhi, 18 November 2026\n\nLt Gen Arvind Menon, DGMO, and Cdr Rhea "
         "Saxena, Spokesperson, briefed the media on Exercise Himgiri.\n\nCdr Rhea Saxena: Good afternoon. I will request the "
         "DGMO to give an overview.\n\nLt Gen Arvind Menon: Thank you. The exercise was conducted from 3 to 14 November.\n",
         "speech:-:Lt Gen Arvind Menon, DGMO, and Cdr Rhea Saxena, Spokesperson, briefed the media on Exercise Himgiri.\n",
         NULL},
        /* hunt 94 d03: the short label is the same person's turn */
        {"MEDIA BRIEFING TRANSCRIPT\nCamp Aguinaldo, 14 October 2026\n\nCOL. MARITES DELA CRUZ: Good morning. Two vessels were "
         "monitored near the shoal.\n\nQ: Ma'am, were there any water cannon incidents?\n\nCOL. DELA CRUZ: None today.\n",
         "speech:s1:None today.\n", NULL},
        /* hunt 93 d08: a tribunal's parties and hearing over its judgment are header fields */
        {"EMPLOYMENT TRIBUNALS\n\nClaimant: Ms R Adeyemi\nRespondent: Northbridge Logistics plc\nHeard at: London Central\n\n"
         "JUDGMENT\nThe claimant's complaint of unfair dismissal is well founded and succeeds.\n",
         "meta:-:Respondent: Northbridge Logistics plc\nmeta:-:Heard at: London Central\n", NULL},
        /* hunt 94 d28: "Sub:" is a circular's subject, a header field, no heading */
        {"Press Note\n4 September 2025\n\nSub: Derailment of Express train near Soro\n\nThe train derailed at 18:55 hrs.\n",
         "meta:-:Sub: Derailment of Express train near Soro\n", "heading:"},
        /* (review: capitals alone on a line with a vowel, "FAQ", stay a heading where a
         * speaker key marks turns) */
        {"WHO press conference\n\nSpeaker key:\nCL Christian Lindmeier\nMVK Dr Maria Van Kerkhove\n\nCL\nWe go to the first "
         "question, Jamie Keaten from AP.\n\nJK\nThank you, Christian. Is it severe?\n\nFAQ\nThe answers to common questions "
         "are online.\n\nMVK\nThanks, Jamie. No evidence.\n",
         "heading:-:FAQ\n", NULL},
        /* a table's heading over its head row and figures, at the header's end and in the
         * body (hunt 94 d07) */
        {"Half-year results for the six months ended 30 June 2026\n\nArdent Foods plc (LSE: ARD)\n\n28 July 2026\n\n"
         "Financial highlights\nRevenue | H1 2026 | H1 2025 | Change\nGroup revenue (m) | 1,284.6 | 1,201.3 | +6.9%\n\n"
         "Net debt rose.\n",
         "heading:-:Financial highlights\nspeech:-:Revenue | H1 2026 | H1 2025 | Change\n", "meta:-:Revenue"},
        {"Half-year results\n\n28 July 2026\n\nStrong first half.\n\nFinancial highlights\nRevenue | H1 2026 | H1 2025\n"
         "Group revenue (m) | 1,284.6 | 1,201.3\n\nNet debt rose.\n",
         "speech:-:Strong first half.\nheading:-:Financial highlights\nspeech:-:Revenue | H1 2026 | H1 2025\n", NULL},
        /* a Hong Kong listed company's announcement: the exchange's legend over the
         * issuer's name is a note of the header (hunt 94 d05); the legend's words in the
         * body are the body's */
        {"Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
         "for the contents of this announcement.\n\nJADE PEAK PROPERTIES LIMITED\n(Incorporated in Bermuda with limited "
         "liability)\n(Stock Code: 2718)\n\nSUSPENSION OF TRADING\n\nAt the request of the Company, trading in its shares "
         "has been suspended.\n",
         "meta:-:Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
         "responsibility for the contents of this announcement.\ntitle:-:JADE PEAK PROPERTIES LIMITED\n", "speech:-:Hong"},
        {"Press release\n\nTrading update\n\nThe board has approved the results. The exchange takes no responsibility "
         "for the contents of this announcement.\n",
         "speech:-:The exchange takes no responsibility for the contents of this announcement.\n", "meta:-:The board"},
        /* a food alert's fields in Title Case over their paragraphs: no one's turns
         * (hunt 95 d02) */
        {"FSAI Food Alert\n\nRecall of Brookfield Baby Rice Cereal\n\nNature Of Danger:\nConsumption of a foreign body may "
         "cause choking.\n\nAction Required:\nConsumers are advised not to eat the implicated batch.\n",
         "speech:-:Consumption of a foreign body may cause choking.\n", "announce:"},
        /* "Audience: General public" among a recall notice's fields: a field of the header,
         * no one's turn (hunt 95 d03); a question under the label is still a turn */
        {"Consumer product recall: Brightspark Power Banks\n\nPosting date: March 12, 2025\nIssue: Fire Hazard\n"
         "Audience: General public\nIdentification number: RA-77104\n\nThis recall involves Brightspark power banks.\n",
         "meta:-:Audience: General public\nmeta:-:Identification number: RA-77104\nspeech:-:This recall involves "
 "Brightspark power banks.\n", NULL},
        {"Town hall meeting\n\nMAYOR: Welcome, everyone.\n\nAUDIENCE MEMBER: What about Elm Street?\n\nMAYOR: It is next.\n",
         "speech:s2:What about Elm Street?\n", NULL},
        /* a day's possessive in the title names no one (hunt 95 d05); a mayor's does */
        {"Today's update\n\nCrews made good progress on the south flank.\n",
         "speech:-:Crews made good progress on the south flank.\n", "s1"},
        {"Tuesday's update\n\nCrews made good progress on the south flank.\n",
         "speech:-:Crews made good progress on the south flank.\n", "s1"},
        {"Mayor Ellington's update\n\nCrews made good progress on the south flank.\n",
         "speech:s1:Crews made good progress on the south flank.\n", NULL},
        /* a rank in retirement in the label (hunt 95 d06) */
        {"Cyclone Vayu-2: press briefing\n\nLt. Gen. (Retd.) Anil Menon: Good evening.\n\nQ: When will it make landfall?\n\n"
         "Lt. Gen. Menon: Tomorrow morning.\n",
         "speech:s1:Good evening.\nspeech:s2:When will it make landfall?\nspeech:s1:Tomorrow morning.\n",
         "(Retd.) Anil"},
        /* a fire department's public information officer in the header: a contact's field,
         * no title (hunt 95 d11) */
        {"CITY OF MARLOWE FIRE DEPARTMENT\nNEWS RELEASE\n\nDate: 03/14/2025\nPIO: Captain Teresa Vance, (619) 555-0148\n\n"
         "Two-Alarm Fire Displaces 14 Residents at Harbor View Apartments\n\nAt 02:37 hours on Friday, units were "
         "dispatched to a structure fire.\n",
         "meta:-:PIO: Captain Teresa Vance, (619) 555-0148\ntitle:-:Two-Alarm Fire Displaces 14 Residents at Harbor View "
         "Apartments\n", NULL},
        /* the FDA's fields under a company's announcement: header lines, no kind (hunt 95
         * d12); an office's name before a kind still qualifies it */
        {"Harvest Lane Foods Recalls Almond Granola Because of Undeclared Peanuts\n\nCompany Announcement Date: March 3, "
         "2025\nReason for Announcement: Undeclared peanuts\nCompany Name: Harvest Lane Foods, Inc.\n\nHarvest Lane Foods, "
         "Inc. is voluntarily recalling its Almond Granola.\n",
         "meta:-:Reason for Announcement: Undeclared peanuts\nmeta:-:Company Name: Harvest Lane Foods, Inc.\nspeech:-:Harvest",
         "title:-:Reason"},
        {"Department of Defence Press Briefing\n\nThe minister spoke about the exercise.\n",
         "title:-:Department of Defence Press Briefing\nspeech:-:The minister spoke about the exercise.\n", NULL},
        /* a quotation of two paragraphs, the first left open, credited under it (hunt 96
         * d01); a closed paragraph before it stays the narrator's */
        {"Statement from the Minister of Agriculture on drought relief\n\nOttawa, Ontario - July 28, 2026\n\n\"Farmers across "
         "the Prairies are facing the driest conditions in 40 years.\n\n\"We will always stand with Canadian farmers.\"\n\n"
         "The Honourable Marc-Andre Gagnon, Minister of Agriculture and Agri-Food\n\n- 30 -\n",
         "speech:s1:\"Farmers across the Prairies are facing the driest conditions in 40 years.\n"
         "speech:s1:\"We will always stand with Canadian farmers.\"\n", NULL},
        /* an office's update and its time and date under the title: a header line that
         * dates it (hunt 96 d09) */
        {"Statement on African swine fever\n\nChief Veterinary Officer's update - 14:00 BST, 2 October 2026\n\nThe Chief "
         "Veterinary Officer has confirmed African swine fever in domestic pigs.\n",
         "meta:-:Chief Veterinary Officer's update - 14:00 BST, 2 October 2026\n", "heading:"},
        /* the kind alone, then who with her office and its body after a second comma: her
         * speech (hunt 96 d03) */
        {"Speech\nMariana Costa, President, Federal University of the South\nAdmissions Ceremony 2026\n\nGood morning, new "
         "students, families, colleagues.\n",
         "speech:s1:Good morning, new students, families, colleagues.\n", NULL},
        /* "by" after a headline's verb names the person only with an office (hunt 98 d01) */
        {"Bill Passes House by Vote of 218-212\n\nWASHINGTON - The House today passed the bill.\n",
         "speech:-:WASHINGTON - The House today passed the bill.\n", NULL},
        {"Senate Confirms Judge by Wide Margin\n\nThe Senate today confirmed the nominee.\n",
         "speech:-:The Senate today confirmed the nominee.\n", NULL},
        {"Bill Signed into Law by Governor Ana Ruiz\n\nToday I signed the bill into law.\n",
         "speech:s1:Today I signed the bill into law.\n", NULL},
        /* an office in the plural before two names gives the lead-in to both (hunt 98 d02) */
        {"JOINT STATEMENT\n\nState Senators Anne Whitfield and James Okafor released the following statement:\n\nSenator "
         "Whitfield: \"Patients deserve to know.\"\n\nSenator Okafor: \"This bill was built with nurses.\"\n\nSB 5 now moves "
         "to the Assembly.\n",
         "speech:-:SB 5 now moves to the Assembly.\n", NULL},
        {"JOINT STATEMENT\n\nState Senator Anne Whitfield released the following statement:\n\n\"Patients deserve to know.\"\n",
         "speech:s1:\"Patients deserve to know.\"\n", NULL},
        /* "Statement of Sen. …:" over the quotation (hunt 98 d03) */
        {"Senate passes Safe Harbors Act\n\nThe Senate on Thursday voted to pass S. 1021.\n\nStatement of Sen. Maria "
         "Gutierrez:\n\n\"Today the Senate did the right thing.\"\n",
         "speech:s1:\"Today the Senate did the right thing.\"\n", NULL},
        {"Committee report\n\nThe committee met today.\n\nThe committee adopted a statement of principles on Tuesday:\n\n"
         "\"Every patient has the right to know.\"\n",
         "speech:-:\"Every patient has the right to know.\"\n", NULL},
        /* the first paragraph unnumbered, "2 …" and "3 …" after it (hunt 98 d05) */
        {"MEDIA RELEASE\n\nRegulator approves merger\n\nSINGAPORE, 27 JUNE 2025 - The Authority has granted conditional "
         "approval for the merger.\n\n2 Mr. Tan Wei Jie, Director-General, said: \"The conditions will preserve "
         "competition.\"\n\n3 The merger is expected to complete in August.\n",
         "speech:s1:\"The conditions will preserve competition.\"\n", "2 Mr."},
        {"MEDIA RELEASE\n\nRegulator approves merger\n\nThe Authority has granted conditional approval for the merger.\n\n"
         "2 Mr. Tan Wei Jie, Director-General, said: \"The conditions will preserve competition.\"\n\n3 The merger is "
         "expected to complete in August.\n",
         "speech:-:The merger is expected to complete in August.\n", "speech:-:3 The"},
        {"Weekly update\n\nThe county opened two shelters.\n\n2 Shelters opened today in Eastport and Kell.\n\nThe roads "
         "stay closed.\n",
         "speech:-:2 Shelters opened today in Eastport and Kell.\n", NULL},
        /* a company's possessive in the headline names no person (hunt 97 d01) */
        {"Media Release\n\nNorvane's drug approved in Europe\n\nNorvane today announced the approval.\n\nAbout Norvane\n"
         "Norvane is a global healthcare company.\n\nMedia Relations\nPhone: +41 61 555 88 88\n",
         "heading:-:About Norvane\n", "speech:s1:Phone"},
        {"Statement\n\nMinister Ana Ruiz's statement on the floods\n\nOur thoughts are with every family.\n",
         "speech:s1:Our thoughts are with every family.\n", NULL},
        /* 'According to him, "…"' and 'According to Mr Asante, "…"' (hunt 97 d02) */
        {"PRESS RELEASE\n\nThe agency warned fishermen.\n\nDirector-General Kwame Asante said: \"Stay in port.\"\n\n"
         "According to him, \"Last year we lost 14 fishermen.\"\n",
         "speech:s1:\"Last year we lost 14 fishermen.\"\n", NULL},
        {"PRESS RELEASE\n\nThe agency warned fishermen.\n\nDirector-General Kwame Asante spoke in Lagos.\n\n"
         "According to Mr Asante, \"Last year we lost 14 fishermen.\"\n",
         "speech:s1:\"Last year we lost 14 fishermen.\"\n", NULL},
        {"PRESS RELEASE\n\nThe agency warned fishermen.\n\nAccording to the agency, \"The season opens in May.\"\n",
         "speech:-:According to the agency, \"The season opens in May.\"\n", NULL},
        /* a dateline's place alone under the title (hunt 97 d05) */
        {"NEWS RELEASE\n\nOxbridge Vaccine Trust reports trial data for RSV vaccine\n\nOxford, UK\n\nOxbridge Vaccine Trust "
         "today published interim results from its trial.\n",
         "meta:-:Oxford, UK\n", "heading:"},
        {"NEWS RELEASE\n\nOxbridge Vaccine Trust reports trial data\n\nThe trust published interim results today.\n\n"
         "Oxford, UK\n\nThe trust has its home in Oxford.\n",
         "heading:-:Oxford, UK\n", NULL},
        /* the signing officer's name in brackets over the office (hunt 98 d10) */
        {"Press Release\n\nRegulator revises broadband tariff framework\n\nNew Delhi, 14th August, 2025: The Authority "
         "today issued the amended Order.\n\n(V. Raghunandan)\nSecretary, TRA\n",
         "meta:-:(V. Raghunandan)\nmeta:-:Secretary, TRA\n", "stage:"},
        {"Press Release\n\nRegulator revises broadband tariff framework\n\nThe Authority today issued the amended Order.\n\n"
         "(Applause)\n\nThe hall emptied.\n",
         "stage:-:(Applause)\n", NULL},
        /* "According to" a law, a body or an agency names no one (a review) */
        {"PRESS RELEASE\n\nThe ministry issued guidance.\n\nAccording to Article 12 of the Public Health Act, \"Every case "
         "shall be reported within 24 hours.\"\n\nAccording to the World Health Organization, \"cases have doubled.\"\n\n"
         "According to Reuters, \"the outbreak is the worst in a decade.\"\n",
         "speech:-:According to Reuters, \"the outbreak is the worst in a decade.\"\n", "speech:s1"},
        /* a surname's possessive before a speech's kind names the speaker (a review) */
        {"Albanese's address to the National Press Club\n\nThank you all for coming today.\n",
         "speech:s1:Thank you all for coming today.\n", NULL},
        /* a document's "Statement of …" over its text names no speaker (a review) */
        {"Trade ministers sign statement\n\nThe ministers met in Geneva.\n\nThe following is the Statement of Intent "
         "signed by Minister Ana Ruiz:\n\n\"The Parties shall cooperate in good faith to reduce tariffs.\"\n",
         "speech:-:\"The Parties shall cooperate in good faith to reduce tariffs.\"\n", NULL},
        /* places that head a series of sections are headings, the first too (a review) */
        {"Embassy statement on consular services\n\nNairobi, Kenya\n\nThe consular section in Nairobi is open.\n\n"
         "Mombasa, Kenya\n\nThe office in Mombasa is closed.\n",
         "heading:-:Nairobi, Kenya\n", NULL},
        /* days and months that open paragraphs are no paragraph numbers (a review) */
        {"Timeline of the outbreak\n\nThe Ministry of Health has published the following timeline.\n\n2 March First case "
         "confirmed in Kisumu.\n\n3 March Rapid response team deployed.\n",
         "speech:-:2 March First case confirmed in Kisumu.\n", NULL},
        /* a listing at an announcement's foot stays the body's (the corpus) */
        {"RNS Number : 4821K\nHarwick Minerals PLC\n14 May 2025\n\nDrilling Update\n\nHarwick Minerals PLC is pleased to "
         "announce assay results.\n\nLEI: 213800ABCDEF12345678\n\nThis information is provided by RNS.\n",
         "speech:-:Harwick Minerals PLC is pleased to announce assay results.\n", NULL},
        /* an office in the plural before two names with "said:", or "Ministers" (a review) */
        {"Housing bill signed\n\nThe housing bill was signed today.\n\nState Senators Anne Whitfield and James Okafor "
         "said:\n\n\"This law protects every renter.\"\n\nThe law takes effect in 90 days.\n",
         "speech:-:\"This law protects every renter.\"\n", NULL},
        {"Housing bill signed\n\nThe housing bill was signed today.\n\nMinisters Anne Whitfield and James Okafor released "
         "the following statement:\n\n\"This law protects every renter.\"\n\nThe law takes effect in 90 days.\n",
         "speech:-:\"This law protects every renter.\"\n", NULL},
        /* the kind, a dash, then a topic names no one (hunt 98 d13) */
        {"Press Statement - Budget 2026 (as delivered)\n\nThe budget was tabled today in the House.\n",
         "speech:-:The budget was tabled today in the House.\n", NULL},
        /* a union's masthead ("… Union of Teachers") over its dateline: the headline is the
         * title, the paragraphs the narrator's body, not the header's (review of hunt 98) */
        {"Kenya National Union of Teachers\nNairobi, 15 April 2025\n\nTeachers to resume work on Monday\n\n"
         "The Union has resolved to call off the strike after talks with the Ministry.\n",
         "title:-:Teachers to resume work on Monday\nspeech:-:The Union has resolved to call off the strike after talks with "
         "the Ministry.\n",
         NULL},
        /* "resolved to call off": an infinitive, no call it gave; the Union speaks nothing */
        {"Kenya National Teachers Union\nNairobi, 15 April 2025\n\nTeachers to resume work on Monday\n\n"
         "The Union has resolved to call off the strike after talks with the Ministry.\n\nTeachers will report to their "
         "stations on Monday morning.\n",
         "speech:-:The Union has resolved to call off the strike after talks with the Ministry.\nspeech:-:Teachers will "
         "report to their stations on Monday morning.\n",
         NULL},
        {"Kenya National Union of Teachers\nNairobi, Tuesday 15 April 2025\n\nTEACHERS TO RESUME WORK ON MONDAY\n\n"
         "The Union has resolved to call off the strike after talks with the Ministry.\n",
         "title:-:TEACHERS TO RESUME WORK ON MONDAY\nspeech:-:The Union has resolved to call off the strike after talks with "
         "the Ministry.\n",
         NULL},
        /* a Q&A's lead-in that names the answerer by her office and name is the narrator's
         * (hunt 99 d01); the answers are hers */
        {"Q&A with the Superintendent\n\nFairview Public Schools asked Superintendent Monica Reyes to answer common "
         "questions.\n\nQ: How many snow days are built in?\nA: Three.\n",
         "speech:-:Fairview Public Schools asked Superintendent Monica Reyes to answer common questions.\n"
         "speech:s1:How many snow days are built in?\nspeech:s2:Three.\n",
         NULL},
        /* (with no lead-in, the first answer stays the Superintendent's) */
        {"Q&A with the Superintendent\n\nQ: How many snow days are built in?\nA: Three.\n", "speech:s2:Three.\n", NULL},
        /* "Minister for Health Claire Donnelly said …" then '"…," she said.': hers, the office
         * with its portfolio (hunt 99 d02, d08) */
        {"Minister for Health Claire Donnelly said the plan was ready.\n\n\"We are ready,\" she said.\n",
         "speech:-:Minister for Health Claire Donnelly said the plan was ready.\nspeech:s1:\"We are ready,\"\n", NULL},
        /* a bare name with her office between commas, then '"…," she said.': hers (hunt 99
         * d03) */
        {"Jane Doe, the chair of the board, welcomed the decision.\n\n\"This is good news for every family,\" she said.\n",
         "speech:s1:\"This is good news for every family,\"\n", NULL},
        /* (a body so described is no one: the quotation stays the narrator's) */
        {"Riverside Rotary Club, the city's oldest charity, welcomed the decision.\n\n\"This is good news for every "
         "family,\" she said.\n",
         "speech:-:\"This is good news for every family,\" she said.\n", NULL},
        /* a paragraph that ends in an address without its stop is no heading (hunt 99
         * d07) */
        {"PRESS RELEASE\n\nADMISSIONS FOR 2025/2026\n\nA total of 1,750 students have been admitted on merit.\n\n"
         "The list is available on the University website: https://www.uok.ac.ug/admissions\n\nStudents should report "
         "on Monday.\n",
         "speech:-:The list is available on the University website: https://www.uok.ac.ug/admissions\n", NULL},
        /* a list's item that compares ("for > 12 months") is no breadcrumb: it is read
         * (hunt 100 d02) */
        {"Key findings:\n- 87 countries: torture documented\n- 42 countries: detention without charge for > 12 months\n"
         "- 1 in 3 cases involved children\n",
         "list:-:42 countries: detention without charge for > 12 months\n", NULL},
        {"Home > 2025 > Press releases\n\nThe agency fined the operator.\n", "speech:-:The agency fined the operator.\n",
         "Home"},
        /* "ENDS" over a lead-in to the contacts ("… please contact:"): the footer, the
         * narrator's, not the spokesperson's (hunt 100 d01) */
        {"Press briefing notes\n\nSpokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani\n"
         "Location: Geneva\nDate: 14 October 2025\n\nWe are alarmed by reports of 14 executions last week.\n\nENDS\n\n"
         "For more information and media requests, please contact:\nLiz Throssell - + 41 22 917 9296 / throssell@un.org\n",
         "speech:s1:We are alarmed by reports of 14 executions last week.\nmeta:-:For more information and media requests, "
         "please contact:\n",
         NULL},
        /* an RNS announcement's category and tracking code, a UN Geneva summary's number:
         * codes for machines, not read (hunt 100 d06, d07) */
        {"Trading update\n\nSales rose 2.8% in the period.\n\nEND\n\nFR BKLFLFKLFBBZ\n",
         "speech:-:Sales rose 2.8% in the period.\n", "BKLFLFKLFBBZ"},
        {"Committee concludes session\n\nGeneva, 2 May 2025\n\nThe Committee today concluded its session.\n\n"
         "For use of the information media; not an official record\n\nCAT25.007E\n",
         "speech:-:The Committee today concluded its session.\n", "CAT25"},
        /* (a review of hunt 99 and 100's rules) an operation's name before an apposition
         * that names an office speaks nothing */
        {"Operation Sentinel, led by Chief Constable Jane Smith, ended on Friday.\n\n\"It was a success,\" she said.\n",
         "speech:-:\"It was a success,\" she said.\n", NULL},
        /* the answerer's own opening, naming another holder of the office, stays hers */
        {"Interview with the Minister\n\nThank you for having me. I served under Minister Ana Ruiz before taking this post.\n\n"
         "Q: What is your priority?\nA: Housing.\n",
         "speech:s1:Thank you for having me.\n", NULL},
        /* an archive's breadcrumb of a year and a month is still not read */
        {"Media Centre > 2025 > 03\n\nCouncil approves new cycle lanes\n\nThe council today approved new cycle lanes.\n",
         "speech:-:The council today approved new cycle lanes.\n", "Media Centre"},
        /* a programme's name over whom it talks to is a title, not a turn (hunt 101 d01) */
        {"INTERVIEW TRANSCRIPT\n\nRadio Highveld Business Hour: Interview with Thandeka Mokoena, CEO of Ubuntu Mutual\n\n"
         "19 March 2025\n\nSIPHO DLAMINI: Thandeka, welcome.\n\nTHANDEKA MOKOENA: Thanks, Sipho.\n",
         "title:-:Radio Highveld Business Hour: Interview with Thandeka Mokoena, CEO of Ubuntu Mutual\nmeta:-:19 March 2025\n",
         "Business Hour."},
        /* a turn that says "Interview with" in a sentence is still a turn */
        {"Transcript\n\nSIPHO DLAMINI: Welcome.\n\nANA RUIZ: Interview with the minister ran long.\n",
         "speech:s2:Interview with the minister ran long.\n", NULL},
        /* a call's "Name -- Role" cue over the first words, the name in the participants
         * listed above: the first turn, not a header line read aloud (hunt 101 d02) */
        {"Earnings Call Transcript\nPacifica Motors Q4 FY2025\n\nParticipants:\nKenji Watanabe, President and CEO\nAiko Mori, CFO\n\n"
         "Kenji Watanabe -- President and CEO\nThank you. We sold 3.28 million vehicles.\n\nAiko Mori -- CFO\nIncome rose.\n",
         "meta:-:Aiko Mori, CFO\nspeech:s1:Thank you.\n",
         "Kenji Watanabe -- President"},
        /* under the kind line, a body's name before a headline that ends no sentence is the
         * title, not the body's turn (hunt 101 d07); its words in a sentence stay a turn */
        {"MEDIA RELEASE\n\nKestrel Range National Park: Total Fire Ban and Track Closures\n\n9 January 2025\n\n"
         "The Parks and Wildlife Service has declared a Total Fire Ban across the park.\n",
         "title:-:Kestrel Range National Park: Total Fire Ban and Track Closures\nmeta:-:9 January 2025\n", NULL},
        {"MEDIA RELEASE\n\nKestrel Fire Service: Crews are on scene at Ridgeway.\n\nANA RUIZ: Thanks.\n",
         "speech:s1:Crews are on scene at Ridgeway.\n", NULL},
        /* a listed company's name over the names it defines: its headline is the title
         * (hunt 101 d09) */
        {"Kingsbridge Insurance Group plc\n(\"Kingsbridge\" or \"the Group\")\n\nTrading update for the nine months to 30 September 2025\n\n"
         "Kingsbridge today announces its trading update.\n",
         "meta:-:Kingsbridge Insurance Group plc\nmeta:-:(\"Kingsbridge\" or \"the Group\")\n"
         "title:-:Trading update for the nine months to 30 September 2025\n", NULL},
        /* a body's name, a dash and its region over a headline in capitals: a masthead,
         * the headline the title (hunt 101 d08); alone, "Body – Topic" stays the title */
        {"PRESS STATEMENT\n\nDelta Wildlife Authority \xE2\x80\x93 Okavango\n\nCROCODILE ATTACK AT XAKANAXA LAGOON\n\n"
         "Maun, 14th April 2025\n\nThe Authority confirms that a fisherman was attacked.\n",
         "meta:-:Delta Wildlife Authority \xE2\x80\x93 Okavango\ntitle:-:CROCODILE ATTACK AT XAKANAXA LAGOON\n", NULL},
        {"PRESS STATEMENT\n\nKestrel City Council \xE2\x80\x93 Budget Vote\n\n12 May 2025\n\nThe council voted today.\n",
         "title:-:Kestrel City Council \xE2\x80\x93 Budget Vote\n", NULL},
        /* (a role's label over "Interview with" stays a turn: the review of hunt 101's rules) */
        {"TRANSCRIPT - ABC RADIO\n\nHOST: Welcome back. Coming up next.\n\nHOST: Interview with Treasurer Jim Chalmers\n\n"
         "JIM CHALMERS: Thanks for having me.\n",
         "speech:s1:Interview with Treasurer Jim Chalmers\n", NULL},
        /* (a delivery note that quotes an event's name is no name defined) */
        {"Remarks on the economic outlook\n(As prepared for delivery at the \"Future of Finance\" forum)\n\n"
         "Why stable prices matter for growth\n\nGood morning. It is a pleasure to be here.\n",
         "title:-:Remarks on the economic outlook\n", NULL},
        /* (a company over its defined names after "together with its subsidiaries,") */
        {"Kingsbridge Insurance Group plc\n(together with its subsidiaries, \"Kingsbridge\" or the \"Group\")\n\n"
         "Trading update for the nine months to 30 September 2025\n\nKingsbridge today announces a trading update.\n",
         "title:-:Trading update for the nine months to 30 September 2025\n", NULL},
        /* (a network's name over "Interview with" in the body: a heading, no speaker) */
        {"Transcript\n\nHOST: Welcome.\n\nSKY NEWS: Interview with Kieran Gilbert\n\nKIERAN GILBERT: Thanks.\n",
         "heading:-:SKY NEWS: Interview with Kieran Gilbert\n", NULL},
        /* a person's label over "Interview with" keeps the turn; only a programme's or an
         * outlet's name makes it a title (review 103 r01) */
        {"TRANSCRIPT\n\nPRESENTER SARAH FERGUSON: Good evening.\n\nPRESENTER SARAH FERGUSON: Interview with Treasurer "
         "Jim Chalmers\n\nJIM CHALMERS: Thanks, Sarah.\n",
         "speech:s1:Good evening.\nspeech:s1:Interview with Treasurer Jim Chalmers\n", NULL},
        {"TRANSCRIPT\n\nSARAH FERGUSON: Good evening.\n\nSARAH FERGUSON: Interview with Treasurer Jim Chalmers\n\n"
         "JIM CHALMERS: Thanks, Sarah.\n",
         "speech:s1:Good evening.\nspeech:s1:Interview with Treasurer Jim Chalmers\n", NULL},
        {"Transcript\n\nHOST: Welcome.\n\nFACE THE NATION: Interview with Kieran Gilbert\n\nKIERAN GILBERT: Thanks.\n",
         "heading:-:FACE THE NATION: Interview with Kieran Gilbert\n", NULL},
        /* who asks, in brackets, before a transcript's stop (hunt 102 d01) */
        {"Transcript of Governor Helena Marsh's Press Conference\n\nJuly 24, 2025\n\nGOVERNOR MARSH. Good afternoon.\n\n"
         "JOURNALIST (Tom Reyes, Daily Ledger). Governor, why wait?\n\nGOVERNOR MARSH. We want to see the CPI.\n",
         "speech:s1:Good afternoon.\nspeech:s2:Governor, why wait?\n"
         "speech:s1:We want to see the CPI.\n", NULL},
        /* a header's interviewer asks; the answers are the one the title names (hunt 102 d02) */
        {"Interview: Deputy Governor Chen Wei-Ling on inflation\n\nPublished: 2 June 2025\n"
         "Interviewer: Mark Sullivan, Asia Markets Weekly\n\nQ: Deputy Governor, are you worried?\n\nA: Not unduly.\n",
         "speech:s1:Deputy Governor, are you worried?\nspeech:s2:Not unduly.\n", NULL},
        /* a poll's results line after what was asked is no turn (hunt 102 d03) */
        {"Westminster voting intention\n\nReform UK hold a two-point lead in our latest poll.\n\n"
         "Best PM: Starmer 24%, Farage 22%, Badenoch 11%, Not sure 43%.\n\nPolaris Research is a member of the BPC.\n",
         "speech:-:Best PM: Starmer 24%, Farage 22%, Badenoch 11%, Not sure 43%.\n"
         "speech:-:Polaris Research is a member of the BPC.\n", NULL},
        /* a semicolon inside brackets joins no people (hunt 102 d04) */
        {"Survey methodology note\n\nSample: n = 2,010 (men n=1,004; women n=1,006)\n\n"
         "Data were weighted by age, gender and region.\n",
         "speech:-:Data were weighted by age, gender and region.\n", NULL},
        /* a sentence about embargo times is no embargo line (hunt 102 d06) */
        {"Release Calendar: December 2025\nEmbargo times are 09:30 WAT unless stated otherwise.\n\n"
         "- Consumer Price Index, Nov 2025 (Thursday 4 December)\n- Labour Force Survey, Q3 2025 (Friday 12 December)\n",
         "speech:-:Embargo times are 09:30 WAT unless stated otherwise.\n", NULL},
        /* an event's or a kind's headline after the kind line; a polling firm's kind (hunt 102
         * d07, d10) */
        {"PRESS RELEASE\n\nGroundbreaking for Nuur Solar Park\n\nThe Ministry of Energy today broke ground on the park.\n",
         "title:-:Groundbreaking for Nuur Solar Park\n", NULL},
        {"PRESS RELEASE\n\nStatement of the Monetary Policy Committee\n\nThe Committee decided to hold the rate.\n",
         "title:-:Statement of the Monetary Policy Committee\n", NULL},
        {"RESEARCH NOTE\n\nPolitical Monitor: October 2025\n\nThe CDU/CSU leads on 26 per cent.\n",
         "title:-:RESEARCH NOTE\ntitle:-:Political Monitor: October 2025\n", NULL},
        /* a body that held its meeting opens the communiqué's body (hunt 102 d09) */
        {"PRESS RELEASE\n\nMonetary Policy Committee cuts policy rate to 27 per cent\n\n"
         "The Monetary Policy Committee held its 302nd meeting on 23 September 2025.\n\n"
         "Headline inflation declined to 20.12 per cent in August 2025.\n",
         "speech:-:The Monetary Policy Committee held its 302nd meeting on 23 September 2025.\n", NULL},
        /* a colon inside a bracket (an exchange and its ticker) ends no label (hunt 102 d08) */
        {"PRESS RELEASE\n\nPinecrest Homes breaks ground on Riverside Commons\n\n"
         "Pinecrest Homes, Inc. (NYSE: PCH) today broke ground on Riverside Commons.\n\nAbout Pinecrest Homes\n\n"
         "Pinecrest Homes, Inc. (NYSE: PCH) is a builder of homes in six states.\n",
         "title:-:PRESS RELEASE\ntitle:-:Pinecrest Homes breaks ground on Riverside Commons\n", NULL},
        /* review 104: a programme's one-word name over "Interview with" is a heading; a host
         * alone in the header speaks the unlabelled words; a poll's shares in words */
        {"TRANSCRIPT\n\nDAVID SPEERS: Treasurer, welcome.\n\nJIM CHALMERS: Good morning, David.\n\n"
         "Insiders: Interview with Treasurer Jim Chalmers\n\nDAVID SPEERS: Treasurer, one more.\n",
         "heading:-:Insiders: Interview with Treasurer Jim Chalmers\n", NULL},
        {"PODCAST TRANSCRIPT\n\nHost: Jane Doe\n\nWelcome to the show. Today I look at housing.\n",
         "speech:s1:Welcome to the show.\n", NULL},
        {"Voting intention\n\nThe poll was carried out online.\n\nBest PM: Starmer 24 per cent, Farage 22 per cent, Not sure "
         "43 per cent.\n\nThe sample was 2,000 adults.\n",
         "speech:-:Best PM: Starmer 24 per cent, Farage 22 per cent, Not sure 43 per cent.\n", NULL},
    };
    /* header dates: "on January 24, 2025" under the title, "Delivered: 6 March 2025",
     * a release run into its dateline; a document's word before whose it is is no
     * part of the role ("Conclusion of HM Senior Coroner …") */
    {
        static const char *const dated[][2] = {
            {"Governor's Press Conference\non January 24, 2025\n\nQuestion: Could you explain?\n\nGovernor: We raised "
             "the rate.\n", "2025-01-24"},
            {"Inquest into the death of Samuel Bright\n\nConclusion of HM Senior Coroner for Westshire, Ms Fiona "
             "Harrow\n\nDelivered: 6 March 2025\n\nSamuel was 19 years old.\n", "2025-03-06"},
            {"Granola recall\n\nFOR IMMEDIATE RELEASE \xE2\x80\x93 March 7, 2025 \xE2\x80\x93 Greenfold Foods is "
             "recalling 14 oz. packages of granola.\n", "2025-03-07"},
            /* a meeting's days in the dateline: the last day's statement */
            {"JOINT STATEMENT\nOstburg, 2\xE2\x80\x93" "3 October 2025\n\nThe Ministers met in Ostburg.\n",
             "2025-10-03"},
            {"Joint statement\nOctober 2-3, 2025\n\nThe Ministers met in Ostburg.\n", "2025-10-03"},
            /* a topic, a dash, then the date and the hour (its stop ends no sentence) */
            {"County Public Health\nMEDIA BRIEFING TRANSCRIPT\nMeasles outbreak update \xE2\x80\x93 Friday, April 11, "
             "2025, 2 p.m.\n\nCHRIS OLATUNJI: Good afternoon, everyone.\n\nREPORTER: How many cases?\n",
             "2025-04-11"},
        };
        for (size_t k = 0; k < sizeof dated / sizeof *dated; k++) {
            hd_doc *dd = NULL;
            CHECK_INT(hd_doc_parse(dated[k][0], strlen(dated[k][0]), NULL, &dd, NULL), HD_OK);
            CHECKF(dd && dd->date && strcmp(dd->date, dated[k][1]) == 0, "dated %zu: %s", k, dd ? dd->date : "");
            if (k == 1)
                CHECK(dd && dd->nspeakers == 1 && dd->speakers[0].role &&
                      strcmp(dd->speakers[0].role, "HM Senior Coroner for Westshire") == 0);
            hd_doc_free(dd);
        }
    }
    /* a byline's office of a place or a body, no name ("by the Governor of
     * Westmarch"), is the speaker's role; an office then a name with its form of
     * address ("the Minister for Higher Education, Dr Kemi Adeyinka-Ross") */
    {
        static const char *const offices[][3] = {
            {"Statement by the Governor of Westmarch\n\nI am deeply concerned by the flooding.\n", NULL,
             "Governor of Westmarch"},
            {"Statement by the President of the General Assembly\n\nI am deeply concerned by the violence.\n", NULL,
             "President of the General Assembly"},
            {"Speech by the Minister for Higher Education, Dr Kemi Adeyinka-Ross, at the Universities Summit\n\nThank "
             "you for that kind introduction.\n", "Dr Kemi Adeyinka-Ross", "Minister for Higher Education"},
            /* look-alikes: a body's office is no one; a notice by a house's authority */
            {"Statement by the Embassy of Kestrelia\n\nI am deeply concerned by the violence.\n", NULL, NULL},
            {"PROOF COMMITTEE HANSARD\nBY AUTHORITY OF THE SENATE\n\nThe transcripts are made available on the "
             "internet.\n", NULL, NULL},
        };
        for (size_t k = 0; k < sizeof offices / sizeof *offices; k++) {
            hd_doc *od = NULL;
            CHECK_INT(hd_doc_parse(offices[k][0], strlen(offices[k][0]), NULL, &od, NULL), HD_OK);
            int ok = od && (offices[k][2] ? od->nspeakers == 1 && od->speakers[0].role &&
                                                strcmp(od->speakers[0].role, offices[k][2]) == 0 &&
                                                (offices[k][1] ? od->speakers[0].name &&
                                                                     strcmp(od->speakers[0].name, offices[k][1]) == 0
                                                               : !od->speakers[0].name)
                                          : od->nspeakers == 0 || !od->speakers[0].role ||
                                                !(strstr(od->speakers[0].role, "Authority") ||
                                                  strstr(od->speakers[0].role, "Embassy")));
            CHECKF(ok, "office %zu: %s / %s", k, od && od->nspeakers ? od->speakers[0].role : "-",
                   od && od->nspeakers && od->speakers[0].name ? od->speakers[0].name : "-");
            hd_doc_free(od);
        }
    }
    /* (hunt 65) who speaks, from a header in capitals, a headline's verb, a lead-in
     * under a title in one paragraph, "on behalf of" an office, a possessive title;
     * look-alikes: a record's title in capitals names no one, nor does a body */
    {
        static const char *const people[][4] = {
            {"Statement from the Prime Minister's Office\nThe following statement was issued on behalf of the Prime "
             "Minister:\n\nI was deeply saddened to learn of the death of Senator Joyce Abara.\n",
             NULL, "Prime Minister", NULL},
            {"Secretary Amara Quist Addresses the Coastal Cities Forum\nHalden Bay, April 9, 2025\nBelow are her "
             "remarks as prepared for delivery:\n\nThank you, Mayor Torres, for that kind introduction.\n",
             "Amara Quist", "Secretary", NULL},
            {"STATEMENT FROM THE MINISTER FOR HOUSING, DECLAN MOYO\n14 October 2024\n\nThe Minister for Housing, "
             "Declan Moyo, today welcomed the figures.\n\nThe Minister said: \"Every number is a person.\"\n",
             "Declan Moyo", "Minister for Housing", NULL},
            {"ADDRESS TO THE NATION BY PRESIDENT ELENA MARKOVA\n1 January 2025\n\nMy fellow citizens, good evening. "
             "I speak to you tonight about our future.\n",
             "Elena Markova", "President", NULL},
            {"PRESIDENT'S ADDRESS TO THE NATION\n1 January 2025\n\nMy fellow citizens, good evening. I speak to you "
             "tonight about our future.\n",
             NULL, "President", "Address"},
            {"President's Address to the Nation\n1 January 2025\n\nMy fellow citizens, good evening. I speak to you "
             "tonight about our future.\n",
             NULL, "President", "Address"},
            {"TRANSCRIPT OF JURY TRIAL - DAY 3\n\nThe court resumed at ten. The jury was brought in.\n", NULL, "-",
             NULL},
            {"Statement from the Harbour Board\n\nThe following statement was issued on behalf of the Board:\n\nWe "
             "regret the delay to the ferry service.\n",
             NULL, "-", NULL},
            /* (hunt 66) a topic or a place after the office is none of it; a
             * surname's particles after an office are the name's */
            {"Remarks by the Secretary of Commerce on Quarterly Trade Data\n\nAugust 6, 2024\n\nExports rose to a "
             "record.\n",
             NULL, "Secretary of Commerce", NULL},
            {"Statement by President von der Leyen on the trade agreement\n\nBrussels, 6 December 2024\n\nToday, we "
             "have concluded negotiations.\n",
             "von der Leyen", "President", NULL},
            /* GOV.UK's "From:" names the department and the minister: she is no
             * "Department for Transport and The" */
            {"Press release\n\nFunding to fix potholes\n\nFrom: Department for Transport and The Rt Hon Heidi "
             "Alexander MP\nPublished 3 April 2025\n\nTransport Secretary Heidi Alexander said:\n\nThis investment "
             "will help fix potholes.\n",
             "Heidi Alexander", "Transport Secretary", NULL},
            /* a minister in the Lords: the office, then the peer in brackets, and
             * the peer's own label later, one person */
            {"Humanitarian Aid\nVolume 845: debated on Tuesday 4 March 2025\n\nThe Parliamentary Under-Secretary of "
             "State for Housing (Lord Khan of Burnley) (Lab): My Lords, the situation remains grave.\n\nLord Khan of "
             "Burnley (Lab): I will write.\n",
             "Lord Khan of Burnley", "Parliamentary Under-Secretary of State for Housing", NULL},
            /* look-alike: where an office is held is part of it */
            {"Trust launches fund\n\nThe Trust today announced a fund.\n\nDr Saoirse Mulcahy, Director of "
             "Conservation at the Tidewell Trust, said:\n\n\"We can turn that around.\"\n",
             "Dr Saoirse Mulcahy", "Director of Conservation at the Tidewell Trust", NULL},
        };
        for (size_t k = 0; k < sizeof people / sizeof *people; k++) {
            hd_doc *od = NULL;
            CHECK_INT(hd_doc_parse(people[k][0], strlen(people[k][0]), NULL, &od, NULL), HD_OK);
            const st_speaker *sp = od && od->nspeakers ? &od->speakers[0] : NULL;
            int ok = strcmp(people[k][2], "-") == 0
                         ? !sp || ((!sp->role || !strstr(sp->role, "Board")) && (!sp->name || !strstr(sp->name, "Trial")))
                         : sp && od->nspeakers == 1 && sp->role && strcmp(sp->role, people[k][2]) == 0 &&
                               (people[k][1] ? sp->name && strcmp(sp->name, people[k][1]) == 0 : !sp->name);
            if (ok && people[k][3])
                ok = od->kind && strcmp(od->kind, people[k][3]) == 0;
            CHECKF(ok, "people %zu: %s / %s / %s", k, sp && sp->role ? sp->role : "-", sp && sp->name ? sp->name : "-",
                   od && od->kind ? od->kind : "-");
            hd_doc_free(od);
        }
    }
    /* (hunt 66) a news wire's dateline: the date after its double dash, and the kind */
    {
        static const char *const wires[][3] = {
            {"Halvorsen Reports Third Quarter 2024 Results\n\nBOSTON--(BUSINESS WIRE)--Oct. 30, 2024-- Halvorsen "
             "Pharmaceuticals, Inc. today reported results.\n",
             "2024-10-30", "Press release"},
            {"Harbour Tools Opens New Plant\n\nEASTPORT, Maine, March 5, 2025 /PRNewswire/ -- Harbour Tools opened a "
             "plant.\n",
             "2025-03-05", "Press release"},
            /* the Commission's "Read-out" is a readout */
            {"Read-out of the phone call between President Ana Ruiz and Prime Minister Tom Hale\n\nBrussels, 14 March "
             "2025\n\nPresident Ruiz spoke today with Prime Minister Hale.\n",
             "2025-03-14", "Read-out"},
            /* (hunt 65) a delivery note, a dash, the date; a meeting held on a day at
             * an hour */
            {"Speech by Commissioner Elena Vasquez\nAs delivered \xE2\x80\x93 6 March 2025\n\nLadies and gentlemen, "
             "rail is the backbone.\n",
             "2025-03-06", "Speech"},
            {"MINUTES OF THE MEETING OF THE PLANNING COMMITTEE\nHeld at Dunmore Civic Centre on Thursday 6 February "
             "2025 at 7.00 pm\n\nThe Committee considered the report of the Head of Planning.\n",
             "2025-02-06", "MINUTES"},
            /* look-alike: a wire named in a sentence makes no release */
            {"Remarks by Mayor Ana Ruiz\n\nI read it on the (BUSINESS WIRE) feed this morning, and I was glad.\n",
             NULL, "Remarks"},
        };
        for (size_t k = 0; k < sizeof wires / sizeof *wires; k++) {
            hd_doc *wd = NULL;
            CHECK_INT(hd_doc_parse(wires[k][0], strlen(wires[k][0]), NULL, &wd, NULL), HD_OK);
            CHECKF(wd && (wires[k][1] ? wd->date && strcmp(wd->date, wires[k][1]) == 0 : !wd->date) && wd->kind &&
                       strcmp(wd->kind, wires[k][2]) == 0,
                   "wire %zu: %s / %s", k, wd && wd->date ? wd->date : "-", wd && wd->kind ? wd->kind : "-");
            hd_doc_free(wd);
        }
    }
    /* (hunt 66) journalists by outlet: "Name (The Hindu):", "Polsat [Name]:", both
     * outlets known by name (data/en/outlets.txt); look-alike: initials that spell an
     * outlet's letters stay the person's */
    {
        static const char *const asked[][3] = {
            {"Weekly Media Briefing by the Official Spokesperson\n\nOfficial Spokesperson: Good afternoon.\n\n"
             "Suhasini Haidar (The Hindu): Sir, were they handcuffed?\n\nOfficial Spokesperson: No.\n",
             "Suhasini Haidar", "The Hindu"},
            {"Joint press conference\n\nMODERATOR: We start with Polsat.\n\nPolsat [Agnieszka Nowak]: Will NATO "
             "increase its presence?\n\nMINISTER: Yes.\n",
             "Agnieszka Nowak", "Polsat"},
        };
        for (size_t k = 0; k < sizeof asked / sizeof *asked; k++) {
            hd_doc *ad = NULL;
            CHECK_INT(hd_doc_parse(asked[k][0], strlen(asked[k][0]), NULL, &ad, NULL), HD_OK);
            int found = 0;
            for (size_t q = 0; ad && q < ad->nspeakers; q++)
                found |= ad->speakers[q].name && strcmp(ad->speakers[q].name, asked[k][1]) == 0 && ad->speakers[q].asks &&
                         ad->speakers[q].outlet && strcmp(ad->speakers[q].outlet, asked[k][2]) == 0;
            CHECKF(found, "asked %zu", k);
            hd_doc_free(ad);
        }
        const char *ft = "Interview transcript\n\nFiona Taylor (FT): Why now?\n\nPaul Adams (PA): Because it is "
                         "time.\n\nFT: And why now?\n";
        hd_doc *fd = NULL;
        CHECK_INT(hd_doc_parse(ft, strlen(ft), NULL, &fd, NULL), HD_OK);
        CHECK(fd && fd->nspeakers == 2);
        hd_doc_free(fd);
    }
    /* "Dr Tedros Ayele (TA):": the brackets hold his initials, no role */
    {
        const char *pv = "Media briefing\n\nTarik Lindahl (TL): Welcome to this briefing.\n\nDr Tedros Ayele (TA): "
                         "Good morning.\n\nTA: Thank you.\n";
        hd_doc *pd = NULL;
        CHECK_INT(hd_doc_parse(pv, strlen(pv), NULL, &pd, NULL), HD_OK);
        CHECK(pd && pd->nspeakers == 2 && pd->speakers[1].name && strcmp(pd->speakers[1].name, "Dr Tedros Ayele") == 0 &&
              !pd->speakers[1].role);
        hd_doc_free(pd);
    }
    /* a council's delegates speak for their countries */
    {
        const char *pv = "Security Council\n9921st meeting\nTuesday, 20 May 2025, 10 a.m.\n\n"
                         "The President: I give the floor to Ms. Lassen.\n\nMs. Lassen (Denmark): Denmark calls for access.\n\n"
                         "Mr. Danon (Israel): We disagree.\n";
        hd_doc *pd = NULL;
        CHECK_INT(hd_doc_parse(pv, strlen(pv), NULL, &pd, NULL), HD_OK);
        int dk = 0;
        for (size_t q = 0; pd && q < pd->nspeakers; q++)
            dk |= pd->speakers[q].name && strcmp(pd->speakers[q].name, "Ms. Lassen") == 0 && pd->speakers[q].role &&
                  strcmp(pd->speakers[q].role, "Denmark") == 0;
        CHECK(dk);
        hd_doc_free(pd);
    }
    /* numbered paragraphs cited ("at [12]", "[34]-[41]", a judgment) or brackets that
     * mark footnotes and seeds */
    {
        static const struct {
            const char *text;
            int cites;
        } cited[] = {
            {"Press summary\n\nThe court agreed at [12] with the tribunal.\n", 1},
            {"Ruling\n\nThe reasons are at paras [34]-[41].\n", 1},
            {"JUDGMENT\n\nThe appeal is dismissed [45].\n", 1},
            {"Report on child poverty\n\nThe rate is highest in the north [2].\n\n[2] Regional Survey, 2025.\n", 0},
            {"Day 6 results\n\nIn the men's draw, [2] Tomasz Wierzbicki beat Oliver Hannaford.\n", 0},
        };
        for (size_t i = 0; i < sizeof cited / sizeof *cited; i++) {
            hd_doc *cd = NULL;
            CHECK_INT(hd_doc_parse(cited[i].text, strlen(cited[i].text), NULL, &cd, NULL), HD_OK);
            CHECKF(cd && cd->cites == cited[i].cites, "cites %zu: %d", i, cd ? cd->cites : -1);
            hd_doc_free(cd);
        }
    }
    /* "Last updated:" at a page's foot records the update, as at its top */
    {
        const char *up = "Statement on Network Outage\n\nOur hospitals remain open.\n\nWe will update this statement.\n\n"
                         "Last updated: Oct. 20, 2026, 6:15 p.m. CDT\n";
        hd_doc *ud = NULL;
        CHECK_INT(hd_doc_parse(up, strlen(up), NULL, &ud, NULL), HD_OK);
        CHECK_STR(ud ? hd_doc_header(ud).updated : NULL, "2026-10-20T18:15");
        hd_doc_free(ud);
    }
    /* "Name -- Firm -- Role" over a turn: the last part is the role, when it names one */
    {
        const char *ec = "Corvane Q3 2026 Earnings Call Transcript\n\nOperator\n\nFirst, Marcus Lindqvist.\n\n"
                         "Marcus Lindqvist -- Barrow & Finch Securities -- Analyst\n\nHow fast?\n\n"
                         "Dale Okafor -- Chief Executive Officer\n\nQuickly.\n\nHelen Strand -- Barrow & Finch\n\nOK.\n";
        hd_doc *pd = NULL;
        CHECK_INT(hd_doc_parse(ec, strlen(ec), NULL, &pd, NULL), HD_OK);
        int ok = 0;
        for (size_t q = 0; pd && q < pd->nspeakers; q++) {
            const st_speaker *sp = &pd->speakers[q];
            const char *want = !sp->name                                   ? NULL
                               : strcmp(sp->name, "Marcus Lindqvist") == 0 ? "Analyst"
                               : strcmp(sp->name, "Dale Okafor") == 0      ? "Chief Executive Officer"
                                                                           : NULL;
            ok += want && sp->role && strcmp(sp->role, want) == 0;
            ok += sp->name && strcmp(sp->name, "Helen Strand") == 0 && !sp->role;
        }
        CHECKF(ok == 3, "roles after the dash: %d of 3", ok);
        hd_doc_free(pd);
    }
    /* an office in capitals after the kind ("ADDRESS OF THE HOLY FATHER") speaks */
    {
        const char *va = "ADDRESS OF THE HOLY FATHER\n\nMeeting with Bishops, Priests and Seminarians\n"
                         "Saturday, 6 September 2025\n\nDear Brother Bishops, good afternoon!\n\nI would like to speak.\n";
        hd_doc *vd = NULL;
        CHECK_INT(hd_doc_parse(va, strlen(va), NULL, &vd, NULL), HD_OK);
        int holy = 0;
        for (size_t q = 0; vd && q < vd->nspeakers; q++)
            holy |= vd->speakers[q].role && strcmp(vd->speakers[q].role, "Holy Father") == 0;
        CHECK(holy);
        hd_doc_free(vd);
    }
    /* who those labels name */
    static const char *const named[][3] = {
        /* hunt 93 d05: a long office opening with a modifier ("Interim Executive Director
         * of …") between the name's commas before "said:": the quotation is his */
        {"NEWS RELEASE\n\nMHRA approves new vaccine\n\nThe agency approved the vaccine today.\n\nJulian Beach, Interim Executive "
         "Director of Healthcare Quality and Access, said:\n\n\"This is good news for patients.\"\n",
         "Julian Beach", NULL},
        {"Remarks as Prepared for Delivery\nDr. Naomi Castellanos-Reid\n2025 Commencement Address\n\nThank you.\n\n"
         "I sat where you are sitting now.\n",
         "Dr. Naomi Castellanos-Reid", NULL},
        {"Mayor Celeste Arriaga\n2026 State of the City Address\nFebruary 19, 2026\n\nGood evening!\n\nWe are strong.\n",
         "Celeste Arriaga", NULL},
        /* an office over its holder in mixed case; the person an interview's title
         * names after the kind found inside it */
        {"Press conference - Parliament House, Canberra\n\nFriday 20 March 2026\n\nPrime Minister\n"
         "The Hon Daniel Okonjo MP\n\nPRIME MINISTER: Good morning.\n\nJOURNALIST: When?\n\nPRIME MINISTER: Soon.\n",
         "Daniel Okonjo", NULL},
        /* the person alone under an address's title, or before a middle dot, gives it */
        {"Commencement Address to the Class of 2026\nDr. Ngozi A. Fairbanks-Lowe\nMay 16, 2026\n\n"
         "Thank you, President Hale. Graduates, I am honoured to be here.\n\nI remember my own graduation day.\n",
         "Ngozi A. Fairbanks-Lowe", NULL},
        {"TED2026\nWhy your city's trees are older than its streets\nPriyanka Oduya-Fenn \xC2\xB7 Urban ecologist\n\n"
         "So, a few years ago, I was standing under a sycamore in a parking lot. (Laughter) No, really.\n\n"
         "Thank you. (Applause)\n",
         "Priyanka Oduya-Fenn", NULL},
        /* a letter signed over a disclaimer: still the signer's */
        {"Dear Shareholders,\n\nFiscal 2026 was the year our network paid off. I thank our people.\n\nSincerely,\n\n"
         "Margaret L. Osei-Brandt\nChair and Chief Executive Officer\nFebruary 24, 2027\n\n"
         "Forward-looking statements: This letter contains statements about future events. Actual results may differ.\n",
         "Margaret L. Osei-Brandt", NULL},
        /* a greeting before a surname is no first name */
        {"English rendering of PM's address\n\nMy dear countrymen, namaskar. I spoke to Shri Subramaniam ji.\n\n"
         "PM: Vanakkam Subramaniam ji!\n\nSubramaniam: Vanakkam Pradhan Mantri ji! It is an honour.\n\n"
         "PM: Tell me about the seed bank.\n",
         "Subramaniam", NULL},
        /* a surname's particle in the name in brackets; initials run together */
        {"Record of Proceedings\n\nThe Llywydd: The first question is from Andrew R.T. Pennant.\n\n"
         "Andrew R.T. Pennant AS/MS: Will the First Minister meet residents?\n\n"
         "The First Minister (Eluned ap Hywel): Yes, I will.\n",
         "Andrew R.T. Pennant", "Eluned ap Hywel"},
        /* initials resolved to the person the header names in capitals, letters after
         * the name left out */
        /* '"…," she said.' after "Smt. Rawat said that …" is hers, named in full from
         * the text (two given names) */
        {"Union Minister Shri Raghavendra Prasad Iyer inaugurates 14 water projects\n\n"
         "The Union Minister of Jal Shakti, Shri Raghavendra Prasad Iyer, inaugurated 14 projects at Jhansi today. "
         "Minister of State for Jal Shakti, Smt. Kavita Nandini Rawat, and Chief Minister Shri Yogendra Nath Tiwari "
         "were also present.\n\nSmt. Rawat said that women's participation is central to the Mission. "
         "\"More than 24.8 lakh women have been trained,\" she said.\n",
         "Kavita Nandini Rawat", NULL},
        /* an initial and a surname two anchors share: the one with that initial */
        {"SOLEDAD REYES, CNN ANCHOR: Good morning. I am Soledad Reyes.\n\nMILES REYES, CNN ANCHOR: And I am Miles Reyes.\n\n"
         "S. REYES: The storm is now a Category 3.\n\nM. REYES: With winds of 120 mph.\n",
         "Soledad Reyes", "Miles Reyes"},
        /* the Pope's regnal number stays a numeral, not a word ("Leo Xiv") */
        {"ADDRESS OF HIS HOLINESS POPE LEO XIV\nTO PARTICIPANTS IN THE PLENARY ASSEMBLY\n\nClementine Hall\n"
         "Thursday, 12 February 2026\n\nDear brothers and sisters, good morning!\n\nI greet all of you. Thank you!\n",
         "Leo XIV", NULL},
        {"SUNDAY WITH LAURA KESTEVEN\n8TH FEBRUARY 2026\n\nINTERVIEW: RT HON DAVID ASHWORTH MP, SECRETARY OF STATE FOR "
         "HEALTH\n\nLK: Health Secretary, welcome.\n\nDA: Thank you, Laura.\n\nLK: Will you meet them?\n\nDA: Yes.\n",
         "Laura Kesteven", "David Ashworth"},
        {"Transcript of Doorstop Interview with Minister for Digital Development and Information Mrs Tan Wei Ling\n\n"
         "Question: Minister, how will small firms benefit?\n\nMinister: Thank you. They are our backbone.\n\n"
         "Question: And hawkers?\n\nMinister: I hear them.\n",
         "Mrs Tan Wei Ling", NULL},
        {"Episode 142: The Water Wars\nReleased April 2, 2025\n\nHost: Declan Rhee (DR)\nGuest: Dr. Imani Okoro (IO), "
         "hydrologist\n\nDR: Welcome back. That is from the World Water Development Report.\n\nIO: Thanks, Declan.\n",
         "Declan Rhee", "Dr. Imani Okoro"},
        {"Plenary\n\nThe Llywydd (Elin Pryce): The first question.\n\nRhys ab Owen AS/MS: Diolch, Lywydd.\n",
         "Elin Pryce", "Rhys ab Owen"},
        {"Pellucid Q2 2026 Earnings Call Transcript\n\nCompany Participants\n\n"
         "Anjali Deshmukh - Chief Executive Officer\n\nConference Call Participants\n\nElena Moravec - Harrowgate "
         "Securities\nSam Okonkwo - Tidewell & Co.\n\nOperator\n\nFirst, Elena Moravec.\n\nElena Moravec\n\n"
         "When?\n\nAnjali Deshmukh\n\nIn Q4.\n\nOperator\n\nNext, Sam Okonkwo.\n\nSam Okonkwo\n\nWhy?\n",
         "Elena Moravec", "Sam Okonkwo"},
        {"Press briefing\n\nSpokesperson: Good afternoon.\n\nQ (Nadia Lamarre, Agence Globe): Which figure is right?\n\n"
         "Spokesperson: Both.\n\nQuestion (Priya Nair, The Hindu): And the second?\n",
         "Nadia Lamarre", "Priya Nair"},
        {"Housing: Statements\n\nDeputy S\xC3\xA9" "amus Mac Giolla Ph\xC3\xA1" "draig: I will be brief.\n\n"
         "Deputy Colm Brannigan: I will revert.\n",
         "S\xC3\xA9" "amus Mac Giolla Ph\xC3\xA1" "draig", "Colm Brannigan"},
        /* initials a participants' list gives in brackets are that person's, not a news
         * agency's */
        {"PRESS BRIEFING TRANSCRIPT\n\nSPEAKERS:\nDr. Henrike Vogel (HV) - Mission Manager\nAnna Petrova (AP) - Media "
         "Relations (moderator)\n\nAP: Good morning and welcome. Henrike, can you start?\nHV: Thank you, Anna. All ten "
         "instruments are switched on.\n",
         "Anna Petrova", "Henrike Vogel"},
        /* a sub-heading on the line over "X said:" is no part of who says it */
        {"Press release\n15 April 2025\n\nWildflower strips double wild bee numbers\n\nQuote from the lead author\nDr Emma "
         "Clarke said: \"Even a thin strip makes a difference.\"\n",
         "Dr Emma Clarke", NULL},
        /* hunt 93 d01: initials alone on their line that the speaker key leaves out (a
         * journalist's), where the key's initials mark turns so: a turn, named from the text */
        {"WHO press conference on global health issues\n6 December 2023\n\nSpeaker key:\nCL Christian Lindmeier\n"
         "MVK Dr Maria Van Kerkhove\n\nCL\nWe go to the first question, Jamie Keaten from AP.\n\nJK\nThank you, Christian. "
         "Is JN.1 more severe?\n\nMVK\nThanks, Jamie. At present we have no evidence of increased severity.\n",
         "Jamie Keaten", "Maria Van Kerkhove"},
        /* hunt 94 d03: a surname of two words, its particle first ("COL. DELA CRUZ:" after
         * "COL. MARITES DELA CRUZ:"): one person, one voice */
        {"MEDIA BRIEFING TRANSCRIPT\nCamp Aguinaldo, 14 October 2026\n\nCOL. MARITES DELA CRUZ: Good morning. Two vessels were "
         "monitored near the shoal.\n\nQ: Ma'am, were there any water cannon incidents?\n\nCOL. DELA CRUZ: None today.\n",
         "Marites Dela Cruz", NULL},
    };
    for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
        hd_doc *nd = NULL;
        CHECK_INT(hd_doc_parse(named[i][0], strlen(named[i][0]), NULL, &nd, NULL), HD_OK);
        for (int k = 1; k <= 2 && named[i][k]; k++) {
            int found = 0;
            for (size_t q = 0; nd && q < nd->nspeakers; q++)
                found |= nd->speakers[q].name && strcmp(nd->speakers[q].name, named[i][k]) == 0;
            CHECKF(found, "named %zu: no speaker '%s'", i, named[i][k]);
        }
        hd_doc_free(nd);
    }
    /* an interviewer named in full, then by initials: one speaker */
    {
        const char *iv = "INTERVIEW\n\n\"Investigators are not there to blame anyone\"\n\nAn interview with Sofia "
                         "Lindgren, Director-General of the NAIA, by Erik Holm.\n\nErik Holm: Which case kept you "
                         "awake?\n\nSofia Lindgren: The ferry fire.\n\nEH: What did you learn?\n\nSL: That "
                         "detection is not good enough.\n";
        hd_doc *id = NULL;
        CHECK_INT(hd_doc_parse(iv, strlen(iv), NULL, &id, NULL), HD_OK);
        CHECK_INT(id ? (long)id->nspeakers : -1, 2);
        hd_doc_free(id);
    }
    for (size_t i = 0; i < sizeof more2 / sizeof *more2; i++) {
        char *t = sentence_lines(more2[i].text);
        CHECKF(t && strstr(t, more2[i].has) && (!more2[i].hasnt || !strstr(t, more2[i].hasnt)), "more2 %zu:\n%s", i, t);
        free(t);
    }
    /* who a label or an attribution says someone is: name and role of a speaker */
    static const char *const roles[][3] = {
        /* review 128: "First Lady" is an office, not a peer's style */
        {"News release\n\nWhite House visit\n\nFirst Lady Obama said: \"We welcome every student.\"\n", "Obama", "First Lady"},
        /* hunt 113 d03: a peer's style before a surname alone is the name's */
        {"UK Space Agency\nNews story\nPublished 9 October 2025\n\nSpaceport cleared for launch\n\nThe agency welcomed the decision.\n\nScience Minister Lord Vallance said: \"This is a landmark for British spaceflight.\"\n", "Lord Vallance", "Science Minister"},
        {"News story\n\nLord Mayor's statement\n\nThe Lord Mayor, Ana Ruiz, said: \"We are ready.\"\n", "Ana Ruiz", "Lord Mayor"},
        /* review 127: the office before a style's comma; a clause before it is none */
        {"Media Release\n\nStatement on the flood response\n\nCanberra, 3 March 2025\n\nMinister for Emergency Management, Senator the Hon. Jenny McAllister, has issued the following statement:\n\n\"Our thoughts are with the affected communities.\"\n", "Jenny McAllister", "Minister for Emergency Management"},
        {"Media Release\n\nStatement on the flood response\n\nLondon, 3 March 2025\n\nThe Prime Minister, the Rt Hon Sir Keir Starmer KCB KC MP, has issued the following statement:\n\n\"Our thoughts are with the affected communities.\"\n", "Keir Starmer", "Prime Minister"},
        {"Media Release\n\nStatement on the flood response\n\nLondon, 3 March 2025\n\nThe Governor-General, His Excellency General the Honourable David Hurley AC DSC (Retd), has issued the following statement:\n\n\"Our thoughts are with the affected communities.\"\n", "David Hurley", "Governor-General"},
        {"Media Release\n\nStatement on the flood response\n\nCanberra, 3 March 2025\n\nFollowing her meeting with the Prime Minister, Her Excellency the Honourable Sam Mostyn AC, has issued the following statement:\n\n\"Our thoughts are with the affected communities.\"\n", "Sam Mostyn", NULL},
        /* hunt 112 d02: a central bank's name in its own language after the office */
        {"Speech\nSabine Mauderer\nDeputy Governor, Deutsche Bundesbank\n\nPayments in the digital age\n\nBerlin, 14 May 2025\n\nLadies and gentlemen,\n\nPayments are the plumbing of the financial system. The digital euro could complement cash.\n", "Sabine Mauderer", "Deputy Governor, Deutsche Bundesbank"},
        /* hunt 112 d04: a date before the one who speaks is no role */
        {"Imperial Household Agency\nAnnouncement\nOctober 20, 2024\n\nOn his 65th birthday, February 23, His Majesty said at a press conference:\n\nQ. Your Majesty, what have you been reflecting on this year?\n\nHis Majesty: This year began with the Noto Peninsula earthquake. My heart goes out to the victims.\n", "His Majesty", NULL},
        /* hunt 112 d05: "As" before who said it is no role */
        {"Rashtrapati Bhavan\nPress Communique\nJanuary 25, 2025\n\nMy dear fellow citizens, our Constitution came into force in 1950.\n\nAs Dr. B.R. Ambedkar said, \"Constitution is not a mere lawyers' document.\"\n\nJai Hind!\n", "Dr. B.R. Ambedkar", NULL},
        /* hunt 112 d06: a style of address is no office: the office before its comma */
        {"Office of the Governor-General of Australia\nMedia Release\n22 November 2024\n\nCondolence message from the Governor-General\n\nThe Governor-General, Her Excellency the Honourable Sam Mostyn AC, has issued the following statement:\n\n\"I was deeply saddened to learn of the passing of former Senator Margaret Reynolds. I extend my sincere condolences to her family.\"\n", "Sam Mostyn", "Governor-General"},
        {"Media Release\n\nMinister's statement\n\nThe Minister, the Hon. Ana Ruiz MP, has issued the following statement:\n\n\"We are sad.\"\n", "Ana Ruiz", "Minister"},
        {"Media Release\n\nCondolence message\n\nHer Excellency the Honourable Sam Mostyn AC has issued the following statement:\n\n\"We are sad.\"\n", "Sam Mostyn", NULL},
        /* hunt 111: a nurse's registration after the name; a surname's particles
         * after an office, and inside a name of five words */
        {"Visiting restrictions introduced\n\nPosted: 27/01/2025\n\nWards 7 and 9 are closed.\n\nOur Director of Infection Control, Margaret O'Dwyer, RGN, said: \"Norovirus spreads very easily. Please do not visit.\"\n", "Margaret O'Dwyer", "Director of Infection Control"},
        {"Foreign Secretary meets Secretary of State\n\nMexico City, March 18, 2025\n\nThe Foreign Secretary met the Secretary of State today.\n\n\"Mexico is a reliable partner,\" said Secretary de la Fuente Ram\xC3\xADrez.\n", "de la Fuente Ram\xC3\xADrez", "Secretary"},
        {"Speech by President Luiz In\xC3\xA1" "cio Lula da Silva at the opening of the BRICS Summit\n\nRio de Janeiro, July 6, 2025\n\nIt is an honor to welcome you to Rio de Janeiro.\n\nMuito obrigado.\n", "Luiz In\xC3\xA1" "cio Lula da Silva", "President"},
        /* review 125: a place named after a sheikh is the office's; a later "by" after
         * those present names the speaker */
        {"Hospital opens new wing\n\nDirector of Sheikh Khalifa Medical City Dr. Ali Hassan said, \"The wing will serve 500 patients.\"\n", "Dr. Ali Hassan", "Director of Sheikh Khalifa Medical City"},
        {"Press briefing\n\nThe press conference, organised by the Ministry of Information, was addressed by Minister Ali Hassan.\n\n\"We are committed to the region.\"\n", "Ali Hassan", "Minister"},
        /* hunt 110: a wire's dateline is no part of the role; a given name before
         * "bin" is the name's; "Sheikh" opens the name after an office */
        {"Kuwait launches trade plan\n\nKUWAIT, Jan 21 (KUNA) -- Minister of Commerce Ali Hassan said, \"Small firms are the backbone of our economy.\"\n", "Ali Hassan", "Minister of Commerce"},
        {"Qatar announces support package\n\nMinister of Commerce Faisal bin Thani Al-Thani said, \"Small firms are the backbone of our economy.\"\n", "Faisal bin Thani Al-Thani", "Minister of Commerce"},
        {"Qatar announces support package\n\nMinister of Commerce and Industry Sheikh Faisal bin Thani Al-Thani said, \"Small firms matter.\"\n", "Sheikh Faisal bin Thani Al-Thani", "Minister of Commerce and Industry"},
        {"Cabinet meets\n\nSheikh Hamdan said, \"The budget is sound.\"\n", "Hamdan", "Sheikh"},
        {"PRESS RELEASE\n\nFunds released\n\nThe Minister of Finance, Mr. Wale Edun, has announced the release. He said, \"We pay on time.\"\n", "Mr. Wale Edun", "Minister of Finance"},
        {"PRESS RELEASE\n\nPresident Ruto Commissions Sh3.2 Billion Housing Project\n\nKISUMU, Friday, 7th March 2025\n\nPresident William Ruto has commissioned 4,200 housing units.\n\n\"We are building homes,\" said President Ruto.\n", "William Ruto", "President"},
        /* review 123: an office's word as a surname after a given name; a portfolio
         * after "of" ends the name, a particle or an initial inside it keeps it whole;
         * a body's two words after "of" are the office's */
        {"Press release\n\nCoach Ben Bishop said: \"We trained hard all week.\"\n", "Ben Bishop", "Coach"},
        {"Press release\n\nHead of Legal Anna Van Dyke said the claim had no merit.\n\n\"We will defend it,\" Ms Van Dyke said.\n", "Anna Van Dyke", "Head of Legal"},
        {"Press release\n\nChief Executive of Northfield Hospital Anna Lee said the ward would open in May.\n\n\"It is a proud day,\" Ms Lee said.\n", "Anna Lee", "Chief Executive of Northfield Hospital"},
        {"Press release\n\nPresident of Ireland Michael D Higgins said the prize honoured the island's writers.\n\n\"Their work endures,\" Mr Higgins said.\n", "Michael D Higgins", "President of Ireland"},
        /* hunt 109: a surname with its Irish particle, a lifeboat's and a harbour's
         * offices, an office's portfolio after "of" before the name; a surname that is
         * an office's word too */
        {"Press release\n\nCrew rescue two walkers cut off by the tide\n\nLifeguard supervisor Aoife \xC3\x93 Briain said: \"Check the tide times before you set out.\"\n", "Aoife \xC3\x93 Briain", "Lifeguard supervisor"},
        {"Press release\n\nLifeboat launched to a yacht in trouble\n\nHelm Tom Llewellyn said: \"The crew did a superb job in difficult seas.\"\n", "Tom Llewellyn", "Helm"},
        {"Notice to mariners\n\nThe channel will close for diving works on 14 May.\n\nThe Harbour Master, Ren\xC3\xA9 de Vries, said: \"Vessels must keep clear of the area.\"\n", "Ren\xC3\xA9 de Vries", "Harbour Master"},
        {"Media release\n\nAuthority detains bulk carrier\n\nAuthority General Manager of Operations Michael Drake said the crew were owed wages.\n\n\"This is the third detention this year,\" Mr Drake said.\n", "Michael Drake", "Authority General Manager of Operations"},
        {"Tribute\n\nThe band has lost a friend.\n\nLevon Helm, the drummer, said: \"We played every night for forty years.\"\n", "Levon Helm", NULL},
        /* review 120: a general and a surname before a bar */
        {"Statement on the flooding\n\nGeneral Milley | 14 March 2026\n\nI am deeply saddened.\n", "Milley", "General"},
        /* review 119: a role in a label's brackets that is a job's title of words in
         * -ing ("managing director", "acting chair") */
        {"Transcript\n\nAnn Cole (managing director): The site will stay open.\n\nTom Reid (acting chair): Thank you.\n",
         "Ann Cole", "managing director"},
        /* review 118: an office and a surname before a bar speak; a note in a label's
         * brackets is no role; "Revd" stays in the name */
        {"Remarks\nPresident Harlan | 4 July 2026\n\nHappy Fourth of July, everyone.\n", "Harlan", "President"},
        {"Transcript of committee hearing\n\nChair: Mr Hill, please go ahead.\n\nMark Hill: Thank you.\n\nChair: Why?\n\n"
         "Mark Hill (turning to the minister): Because it will cost jobs.\n",
         "Mark Hill", NULL},
        {"Transcript\n\nDan Shaw (Unite convenor): The site must stay open.\n\nRevd Alan Price: Let us pray.\n",
         "Revd Alan Price", NULL},
        /* hunt 108 d11: a cleric's style before the name under a message's title */
        {"Easter Message from the Moderator\nThe Rt Revd Alan Murray\n\n5 April 2026\n\nWe hear again the story of the "
         "empty tomb.\n",
         "Revd Alan Murray", NULL},
        /* hunt 108 d07: the role in a label's brackets in lower case, after another word */
        {"On the picket line\n\nInterviewer: How long have you been here?\n\nMaria Lopes (shop steward): Since five. We "
         "stay till dark.\n\nInterviewer: Will you take the offer?\n\nMaria Lopes: Not this one.\n",
         "Maria Lopes", "shop steward"},
        {"On the picket line\n\nInterviewer: How long have you been here?\n\nMaria Lopes (RCN steward): Since five.\n",
         "Maria Lopes", "RCN steward"},
        /* hunt 106 d01's look-alikes: a person's name before a bar, with a role or a
         * form of address, speaks */
        {"Remarks\n\nPM Tan Wei Jie | 7 November 2024\n\nGood morning. We begin.\n", "Tan Wei Jie", "Prime Minister"},
        /* hunt 106 d01: a league's name before a bar ("Premier Division | 7 February
         * 2026") is no premier's, so the answers are the interviewee's */
        {"POST-MATCH PRESS CONFERENCE\n\nPremier Division | Harcastle Rovers 2-1 Kingsbridge City | Saturday 7 "
         "February 2026\n\nQ: (Ben Tolliver, Harcastle Echo) Was the penalty correct?\nA: I have not seen it again.\n",
         NULL, "Interviewee"},
        /* review 109 F4: a name's family with the full name, "The Hale family" */
        {"Man named\n\nNORTHFIELD, 2 June 2026 - Police have named the man who died as Ken Hale, 54.\n\nKen Hale's "
         "family paid tribute to him, saying:\n\n\"Ken was a devoted dad.\"\n",
         NULL, "Family"},
        {"Man named\n\nNORTHFIELD, 2 June 2026 - Police have named the man who died as Ken Hale, 54.\n\nThe Hale "
         "family paid tribute to him, saying:\n\n\"Ken was a devoted dad.\"\n",
         NULL, "Family"},
        {"Media Interview with the Treasurer\n\n14 April 2026\n\nInterviewer: Angela Martinez, Radio Eastbrook\n\nQ: "
         "Treasurer, thanks for joining us.\n\nTREASURER: Good morning.\n",
         "Angela Martinez", "Interviewer"},
        /* review 108: the family of a man named, and a name's family (r02, r03); Q in a
         * roundtable is the room's (r06) */
        {"Man named\n\nNORTHFIELD, 2 June 2026 - Police have named the man who died as Ken Hale, 54.\n\nThe family "
         "of Ken Hale said in a statement:\n\n\"Ken was a devoted dad.\"\n",
         NULL, "Family"},
        {"Man named\n\nNORTHFIELD, 2 June 2026 - Police have named the man who died as Ken Hale, 54.\n\nKen's family "
         "paid tribute to him, saying:\n\n\"Ken was a devoted dad.\"\n",
         NULL, "Family"},
        {"Transcript of IMF Virtual Roundtable on the Regional Economic Outlook\n\nApril 14, 2026\n\nModerator: Angela "
         "Martinez, Communications Department\n\nMS. MARTINEZ: Welcome.\n\nQUESTION: What about inflation?\n\nMS. "
         "MARTINEZ: Daniel?\n",
         NULL, "Questioner"},
        /* hunt 104 d01: "QUESTIONER:" in a briefing whose header names a moderator is
         * the room's, not the moderator's */
        {"Transcript of IMF Press Briefing\n\nModerator: Angela Martinez, Deputy Spokesperson\n\nMS. KOZACK: Good "
         "morning.\n\nQUESTIONER: Daniel Ortiz from Reuters. What about Argentina?\n\nMS. KOZACK: Talks continue.\n",
         NULL, "Questioner"},
        /* review 107: an office's words in lower case after an office's word and "of"
         * (r05), "&" in a portfolio (r04); a family's words in other forms; a role
         * after a dash ending in a colon (r10) */
        {"Northfield Police\nPress Release\n12 March 2025\n\nA man was jailed for six years today.\n\nNorthfield "
         "Police's head of public protection Detective Superintendent Ann Lee said: \"This was a cruel offence.\"\n",
         "Ann Lee", "Northfield Police's head of public protection Detective Superintendent"},
        {"Court Result\n12 March 2025\n\nA man was jailed for six years today.\n\nSecretary of State for Health & "
         "Social Care Jane Doe said: \"We are investing in care.\"\n",
         "Jane Doe", "Secretary of State for Health & Social Care"},
        {"Court Result\n12 March 2025\n\nA woman died in the collision on Friday.\n\nHer family said in a tribute:\n\n"
         "\"She was a loving mother.\"\n",
         NULL, "Family"},
        {"Court Result\n12 March 2025\n\nA man was jailed.\n\nStatement from his family:\n\n\"He was a loving son.\"\n",
         NULL, "Family"},
        {"Q3 2025 Earnings Call Transcript\n\nDale Okafor - Chief Executive Officer:\n\nThank you all for joining us "
         "today.\n\nPriya Nair - Analyst:\n\nCan you talk about margins?\n",
         "Priya Nair", "Analyst"},
        /* a prosecutor's long office after the name, a long office before it with no
         * comma, a Procurator Fiscal before the name (hunt 103 d01-d03) */
        {"Kent Police\n12 March 2025\n\nMan charged after assault\n\nA man has been charged.\n\nClaire Hudson, Chief "
         "Crown Prosecutor for the CPS in Wessex, said: \"He was violent. We built a strong case.\"\n",
         "Claire Hudson", "Chief Crown Prosecutor for the CPS in Wessex"},
        {"Kent Police\n12 March 2025\n\nMan charged after assault\n\nA man has been charged.\n\nSenior Investigating "
         "Officer of the Major Crime Team Claire Hudson said: \"He was violent. We built a strong case.\"\n",
         "Claire Hudson", "Senior Investigating Officer of the Major Crime Team"},
        {"Kent Police\n12 March 2025\n\nMan charged after assault\n\nA man has been charged.\n\nProcurator Fiscal for "
         "Specialist Casework, Dr Helen McBride, said:\n\n\"He abused a position of trust.\n\n\"We will seek to recover "
         "the proceeds.\"\n",
         "Dr Helen McBride", "Procurator Fiscal for Specialist Casework"},
        /* where an academic teaches, after more titles, a doctor's name, a campus
         * (review 105 r15) */
        {"Panel discussion: the future of the high street\n\nSpeakers:\nProfessor Kenneth Hale, University of "
         "California, Berkeley\nEmeritus Professor Amara Osei, University of Ghana\nDr Ruth Bell, University of "
         "Leeds\n\nKenneth Hale: Thank you.\n\nAmara Osei: I agree.\n\nRuth Bell: Rents matter.\n",
         "Kenneth Hale", "Professor, University of California, Berkeley"},
        {"Panel discussion: the future of the high street\n\nSpeakers:\nProfessor Kenneth Hale, University of "
         "California, Berkeley\nEmeritus Professor Amara Osei, University of Ghana\nDr Ruth Bell, University of "
         "Leeds\n\nKenneth Hale: Thank you.\n\nAmara Osei: I agree.\n\nRuth Bell: Rents matter.\n",
         "Amara Osei", "Emeritus Professor, University of Ghana"},
        /* an initial and a surname after a portfolio's "of" (hunt 102 d11); look-alikes:
         * a given name and a middle initial, an office of two portfolio words */
        {"Press Release\n\nMinistry of Energy\n\nUlaanbaatar, 3 March 2025\n\nH.E. Minister of Energy B. Enkhbold said: "
         "\"The grid is ready.\"\n\nThe plant opens next year.\n",
         "B. Enkhbold", "H.E. Minister of Energy"},
        {"Press Release\n\nMinister of Health John B. Carter said: \"Clinics stay open.\"\n", "John B. Carter",
         "Minister of Health"},
        {"Press Release\n\nMinister for Trade and Industry A. Rahman said: \"Exports rose.\"\n", "A. Rahman",
         "Minister for Trade and Industry"},
        /* the kind again under a fuller kind, with who gives it (hunt 102 d05) */
        {"INAUGURATION SPEECH\n\nSPEECH BY THE MINISTER OF TRANSPORT, ABENA OWUSU, AT THE COMMISSIONING OF THE "
         "KUMASI INNER RING ROAD\n\nKumasi, 7th November 2025\n\nToday, we are here to commission the road.\n",
         "Abena Owusu", "Minister of Transport"},
        /* an interview's kind before a title that opens with the person (hunt 102 d02) */
        {"Interview: Deputy Governor Chen Wei-Ling on inflation\n\nPublished: 2 June 2025\n"
         "Interviewer: Mark Sullivan, Asia Markets Weekly\n\nQ: Deputy Governor, are you worried?\n\nA: Not unduly.\n",
         "Chen Wei-Ling", "Deputy Governor"},
        {"Interview: Deputy Governor Chen Wei-Ling on inflation\n\nPublished: 2 June 2025\n"
         "Interviewer: Mark Sullivan, Asia Markets Weekly\n\nQ: Deputy Governor, are you worried?\n\nA: Not unduly.\n",
         "Mark Sullivan", "Interviewer"},
        /* a long mandate, the name after it between commas (hunt 100 d10) */
        {"Statement by the Special Rapporteur on the rights to freedom of peaceful assembly and of association, "
         "Gina Romero-Valdez, at the end of her visit to Lavonia\n\nVestburg, 30 September 2025\n\n"
         "Good morning, and thank you for coming.\n",
         "Gina Romero-Valdez", "Special Rapporteur on the rights to freedom of peaceful assembly and of association"},
        /* the body an apposition's office serves, before it (hunt 100 d11) */
        {"Press release\n\n\"Flaring is a last resort,\" said Patricia Gomez, CAQMD Executive Officer.\n",
         "Patricia Gomez", "CAQMD Executive Officer"},
        {"Press release\n\n\"We act now,\" said Tom Hale, Kestrel Energy Chief Executive.\n", "Tom Hale",
         "Kestrel Energy Chief Executive"},
        /* a portfolio after its "of" is no second given name (hunt 101 d04) */
        {"Transcript\n\nPress Conference: Minister of Tourism Nomvula Khumalo on the festive season\n\n"
         "Cape Town, 2 December 2024\n\nMinister Khumalo: Good morning.\nModerator: Questions, please.\n",
         "Nomvula Khumalo", "Minister"},
        {"Transcript\n\nPress Conference: Governor Kavita Nandini Rawat on the budget\n\n"
         "Mumbai, 2 December 2024\n\nGovernor Rawat: Good morning.\nModerator: Questions, please.\n",
         "Kavita Nandini Rawat", "Governor"},
        /* an opening phrase, then the name, then an office its words qualify (hunt 100
         * d08) */
        {"Press release\n\nWater company fined for sewage spill\n\nSpeaking after the hearing, Helen Markby, Area "
         "Environment Manager for the Environment Agency, said:\n\n\"This was an entirely avoidable incident.\"\n",
         "Helen Markby", "Area Environment Manager for the Environment Agency"},
        /* (and who she is: the office with its portfolio, hunt 99 d08) */
        {"Minister for Education Jane Smith said the plan was ready.\n\n\"We are ready,\" she said.\n", "Jane Smith",
         "Minister for Education"},
        /* the chair's label with the member's title and surname in brackets (hunt 98
         * d12) */
        {"TRANSCRIPT\n\nBudget Estimates\n\nCHAIR (Senator Walsh): I welcome the officers of the Department.\n\n"
         "Ms Grant: Thank you, Chair.\n",
         "Senator Walsh", "Chair"},
        /* the kind, a dash, then the member (hunt 98 d13) */
        {"Floor Speech \xE2\x80\x94 Sen. Harold Kim (as prepared for delivery)\n\nI rise to speak on S. 4, the Protecting "
         "Patients from Surprise Bills Act.\n\nI yield the floor.\n",
         "Harold Kim", "Sen."},
        /* "President and CEO" and the body after its comma, in a byline (hunt 98 d14) */
        {"Remarks by Dr. Priscilla Amankwah, President and CEO, Lakeshore Health\n\nDR. AMANKWAH: Thank you all for "
         "being here.\n\nQUESTION: Will surgeries be postponed?\n\nDR. AMANKWAH: Some will.\n",
         "Dr. Priscilla Amankwah", "President and CEO, Lakeshore Health"},
        {"Remarks by Ana Ruiz, President and Tom Hale, Treasurer, Lakeshore Health\n\nANA RUIZ: Thank you all.\n\n"
         "TOM HALE: Thank you.\n",
         "Tom Hale", "Treasurer, Lakeshore Health"},
        /* "Ma." (María) before a given name ends no sentence (hunt 98 d11) */
        {"PRESS RELEASE\n\nPacific Link restores cable service\n\nMANILA, February 18, 2025 - Pacific Link Corp. "
         "confirmed today that full capacity has been restored.\n\n\"We thank our subscribers for their patience,\" said "
         "Ma. Cristina Villanueva, SVP for Network Operations.\n",
         "Ma. Cristina Villanueva", "SVP for Network Operations"},
        /* degrees between the name and the office after "said" (hunt 97 d06) */
        {"PRESS RELEASE\n\nHalvora announces trial results\n\nHalvora today announced results.\n\n\"These results are "
         "a meaningful advance,\" said Elena Marquez, M.D., Ph.D., Chief Medical Officer of Halvora.\n",
         "Elena Marquez", "Chief Medical Officer of Halvora"},
        {"NEWS RELEASE\n\nKestrel Gold reports drill results\n\nKestrel Gold today reported results.\n\n\"These are our "
         "best holes yet,\" said Dr. Rajiv Sandhu, P.Geo., President and CEO.\n",
         "Dr. Rajiv Sandhu", "President and CEO"},
        /* a name's letters set off by commas before "said:" (hunt 98 d04) */
        {"PRESS STATEMENT\n\nThe Committee has today tabled its Report on the Bill.\n\nSpeaking after the tabling, "
         "the Chairperson, Hon. Jonah Mwangi, MP, said:\n\n\"This Bill will protect patients.\"\n",
         "Jonah Mwangi", "Chairperson"},
        {"PRESS STATEMENT\n\nThe Committee has today tabled its Report on the Bill.\n\nThe Chairperson, Hon. Jonah "
         "Mwangi, MP, said:\n\n\"This Bill will protect patients.\"\n",
         "Jonah Mwangi", "Chairperson"},
        /* each holder of an office written in the plural (hunt 98 d02) */
        {"Statement by State Senators Anne Whitfield and James Okafor on SB 5\n\n\"Patients deserve to know,\" said "
         "Senator Whitfield.\n",
         "Anne Whitfield", "State Senator"},
        /* an office that opens with a rank's word stays whole (a second review) */
        {"Interview transcript\n\nHost: General Manager Sophie Lund\nGuest: Tom Hale\n\nSOPHIE LUND: Welcome.\n\n"
         "TOM HALE: Thank you.\n",
         "Sophie Lund", "Host General Manager"},
        /* a guest's rank before his name is no part of the role (hunt 96 d05) */
        {"Interview transcript\n\nGuest: Captain Lars Eriksen, CEO, Nordic Breeze Airlines\nInterviewer: Sophie Lund\n\n"
         "SOPHIE LUND: Captain Eriksen, what happened last week?\n\nCAPT. LARS ERIKSEN: We had a pilot shortage.\n",
         "Lars Eriksen", "Guest"},
        /* "The following statement can be attributed to …:" (hunt 96 d02) */
        {"Kenya Skyways statement on fleet inspections\n\nNairobi - Kenya Skyways today withdrew three aircraft.\n\n"
         "The following statement can be attributed to Wanjiru Kamau, Chief Executive of Kenya Skyways:\n\n\"We will "
         "not compromise on safety.\"\n",
         "Wanjiru Kamau", "Chief Executive of Kenya Skyways"},
        /* an opening phrase that names a place before the subject (hunt 96 d11, d04) */
        {"Kenya Skyways grounds three aircraft\n\nNairobi - Kenya Skyways today withdrew three aircraft.\n\nSpeaking in "
         "Nairobi, the Chief Executive, Wanjiru Kamau, said:\n\n\"We will not compromise on safety.\"\n",
         "Wanjiru Kamau", "Chief Executive"},
        {"Kenya Skyways grounds three aircraft\n\nNairobi - Kenya Skyways today withdrew three aircraft.\n\nSpeaking in "
         "Nairobi, Group Managing Director and CEO Capt. Wanjiru Kamau said:\n\n\"We will not compromise on safety.\"\n",
         "Capt. Wanjiru Kamau", "Group Managing Director and CEO"},
        /* a unit's number in a speakers' list (hunt 95 d08) */
        {"Marrow Creek Fire community briefing\n\nSpeakers:\nJake Tillman, Incident Commander\nBeth Ordway, Captain, "
         "Engine 42\n\nTILLMAN: We are at 9,870 acres.\n\nORDWAY: Tomorrow will be hotter.\n",
         "Beth Ordway", "Captain, Engine 42"},
        /* a role of two words in the label's brackets (hunt 95 d37) */
        {"Panel discussion transcript\n\nAnna Ruiz (Moderator): How did the fire start?\nTom Hale (Fire Chief): A "
         "downed power line.\n",
         "Tom Hale", "Fire Chief"},
        /* a body's letters in the role, a rank in retirement (hunt 95 d39, d06) */
        {"Cyclone Vayu-2: press briefing\n\nAnil Menon, Member, NDMA: Good evening.\n\nQ: When will it make "
         "landfall?\n\nMenon: Tomorrow morning.\n",
         "Anil Menon", "Member, NDMA"},
        {"Cyclone Vayu-2: press briefing\n\nLt. Gen. (Retd.) Anil Menon: Good evening.\n\nQ: When will it make "
         "landfall?\n\nLt. Gen. Menon: Tomorrow morning.\n",
         "Anil Menon", "Lt. Gen. (Retd.)"},
        /* Hansard's office, its portfolio whole, then the holder in brackets */
        {"House of Commons\n\nMr Speaker: I call the Secretary of State.\n\nThe Secretary of State for Health and "
         "Social Care (Wes Streeting): I thank my hon. Friend.\n",
         "Wes Streeting", "Secretary of State for Health and Social Care"},
        /* offices of a profession before a name; a name, its comma and an office in
         * capitals */
        {"Storm update\n\nChief Meteorologist Paul Gunderson said the rain would ease.\n\n\"It will clear by noon,\" "
         "he said.\n", "Paul Gunderson", "Chief Meteorologist"},
        {"Farmers count the cost\n\nSOPHIE MARRABLE, PRESENTER: Good evening.\n\nDANIELLE PRYOR, REPORTER: The river "
         "has fallen.\n", "Danielle Pryor", "Reporter"},
        /* "I, Gillian Marsh, being …": a declaration names who declares, and her office */
        {"DECLARATION OF RESULT OF POLL\n\nI, Gillian Marsh, being the Acting Returning Officer, declare that Marta "
         "Kowalski is duly elected.\n\nDated: Friday 5 July 2024\n",
         "Gillian Marsh", "Acting Returning Officer"},
        /* a message from an office of a long name, then the person with her title */
        {"New Year Message\n\nFrom the Chief Rabbi of the Federation of Coastal Congregations, Rabbi Eliezer Hartman\n\n"
         "Dear Friends,\n\nThis has been a hard year.\n",
         "Eliezer Hartman", "Chief Rabbi of the Federation of Coastal Congregations"},
        /* an office first, then a name of three words (a double surname) */
        {"Morning press conference\n\nPRESIDENT OF COSTA ALTA, LUCIA FERRER MONTALVO: Good morning.\n\n"
         "QUESTION: Thank you.\n\nPRESIDENT OF COSTA ALTA, LUCIA FERRER MONTALVO: Go on.\n",
         "Lucia Ferrer Montalvo", "President of Costa Alta"},
        /* a podcast's "Host:" field: the role and who holds it */
        {"Episode 142: Water Wars\nReleased April 2, 2025\n\nHost: Declan Rhee (DR)\n\nDR: Welcome back.\n\n"
         "IO: Thanks, Declan.\n\nDR: Let us start.\n",
         "Declan Rhee", "Host"},
        /* a US broadcaster's label: party tag dropped, the office after the comma the
         * role, "Sen." kept as how she is addressed */
        {"HOLT: Hello.\n\nSEN. ROSALIND ACHEBE (D-MN), MINORITY LEADER: Show me.\n\nSEN. ACHEBE: More.\n",
         "Sen. Rosalind Achebe", "Minority Leader"},
        /* the byline's person, whose label alone on its line says what she is */
        {"Drought talks\n\nBy Lorna Vickery\n\nLORNA VICKERY, HOST:\nSeven states share the river.\n\n"
         "CELIA BRANDVOLD: Good morning.\n",
         "Lorna Vickery", "Host"},
        /* "Moderator: Name, what she is" in a participants list: the moderator's name */
        {"Panel Discussion: \"Cities After Cars?\"\n\nParticipants:\n"
         "Moderator: Chiara Bellandi, urban affairs editor, The Meridian Review\nPanellists:\n"
         "- Rui Tavares-Hall, CEO, Kinetiq Mobility\n\nModerator: Good afternoon and welcome.\n",
         "Chiara Bellandi", "Moderator"},
        /* a name, a comma, a long role with a role's word first, "said:" */
        {"Trust launches fund\n\nThe Trust today announced a fund.\n\n"
         "Dr Saoirse Mulcahy, Director of Conservation at the Tidewell Trust, said:\n\n\"We can turn that around.\"\n",
         "Dr Saoirse Mulcahy", "Director of Conservation at the Tidewell Trust"},
        /* a "Made by:" field, the office in brackets after the name */
        {"Written Ministerial Statement\n\nMade on: 4 December 2024\n"
         "Made by: The Rt Hon. Fiona Dunne MP (Secretary of State for Rural Affairs)\n\n"
         "Flood Recovery Support: Update\n\nI am today announcing the following measures.\n",
         "Fiona Dunne", "Secretary of State for Rural Affairs"},
        /* a header's person known by a role only is the letter's signer */
        {"Letter to Shareholders\nFrom the Chair and Chief Executive Officer\n\nFiscal 2024 was a year of transition. "
         "I want to thank our colleagues.\n\nYours sincerely,\n\nRosalind Achterberg\nChair and Chief Executive Officer\n",
         "Rosalind Achterberg", "Chair and Chief Executive Officer"},
        /* what a label's brackets hold, in capitals: a role, or the name of a role */
        {"DECLAN FUREY (PRESENTER): Line 3, Faisal.\n\nCALLER 2 (FAISAL): Hi Declan.\n",
         "Declan Furey", "Presenter"},
        {"DECLAN FUREY (PRESENTER): Line 3, Faisal.\n\nCALLER 2 (FAISAL): Hi Declan.\n", "Faisal", "Caller 2"},
        {"Moderator (Chiara Bellandi): Welcome to the panel.\n\nPanellist 1 (Mayor Henrik Solvang): Thank you.\n",
         "Chiara Bellandi", "Moderator"},
        {"SPEAKER: Order.\n\nMs N P Dlamini (ANC): Thank you, Speaker.\n", "Ms N P Dlamini", "ANC"},
        /* a county's offices before the name; a clerk's surname stays a name */
        {"County certifies canvass\n\n19 November 2024\n\nThe Board voted to certify it.\n\nCounty Recorder Stephen "
         "Richer said: \"Our audit matched the machine count.\"\n",
         "Stephen Richer", "County Recorder"},
        {"Town meeting\n\n3 March 2025\n\nThe town met on Monday.\n\nTown Clerk Ana Ruiz said: \"The polls open at "
         "7.\"\n",
         "Ana Ruiz", "Town Clerk"},
        {"HIGH COURT OF AUSTRALIA\n\nTRANSCRIPT OF PROCEEDINGS\n\nGAGELER CJ: Yes, Mr Game.\n\nMR GAME: Thank you.\n",
         "Gageler", "Chief Justice"},
        {"HIGH COURT OF AUSTRALIA\n\nTRANSCRIPT OF PROCEEDINGS\n\nBell J: A question.\n\nMR GAME: Thank you.\n", "Bell",
         "Justice"},
        /* who moderates, in brackets, and where they work after a comma; a form of
         * address before the name */
        {"Prelaunch News Conference\n\nMODERATOR (Laura Greene, NASA Communications): Good evening.\n\n"
         "KEN ALVAREZ: Thanks, Laura.\n\nMODERATOR: Questions now.\n",
         "Laura Greene", "Moderator"},
        {"Panel\n\nModerator (Dr. Laura Greene): Good evening.\n\nKEN ALVAREZ: Thanks, Laura.\n", "Laura Greene",
         "Moderator"},
        /* an office, where it is, then who holds it in brackets */
        {"Transcript of Press Conference\n\nChairman, ISRO (Dr. K. Subramaniam): Good afternoon, friends.\n\n"
         "Question (Ms. Priya Nair, The Hindu): When?\n\nChairman, ISRO: Soon.\n",
         "K. Subramaniam", "Chairman, ISRO"},
        /* a courtesy title before the name, a long office after the comma; letters
         * after the name that are no part of it */
        {"Seeds found\n\nA team found ancient seeds.\n\n"
         "Professor Elspeth Ross, Head of Archaeology at the University of Dunmarrow, said:\n\n\"We knew the bog held remains.\"\n",
         "Professor Elspeth Ross", "Head of Archaeology at the University of Dunmarrow"},
        {"Fund launched\n\nThe Trust today announced a fund.\n\n"
         "Dr Imogen Clarke, Director of Conservation at the Royal Tidewell Wildlife Trust, said:\n\n\"We can turn that around.\"\n\n"
         "Aled Pritchard FRCR, Clinical Director, said:\n\n\"Scans will be faster.\"\n",
         "Aled Pritchard", "Clinical Director"},
        /* who holds a role, in a header line over the turns */
        {"Evidence session: Water Company Finances\n\nChair: Helen Marsh MP, Labour, Member for Eastvale\n\n"
         "THE CHAIR: Good morning. Why have bills risen?\nRACHEL IVERSON: Because our costs have risen.\n",
         "Helen Marsh", "Chair"},
        {"Housing Panel\n\nModerator: Celia Brandt (The Ledger)\n\nMODERATOR: Welcome.\nRAVI MENON: Thanks.\n"
         "MODERATOR: Let us begin.\n",
         "Celia Brandt", "Moderator"},
        /* a lead-in naming the role and the person; "Delivered on … by …" */
        {"Flight disruption\n\nFlights were cancelled today.\n\nA statement from our CEO, Joana Matos-Reis:\n\n"
         "\"I want to apologise to every customer.\"\n",
         "Joana Matos-Reis", "CEO"},
        {"Chair's Address\n\nDelivered on: 15 May 2025 by Hilary Ashcombe\n\nGood morning and welcome.\n",
         "Hilary Ashcombe", "Chair"},
        /* a written question's answer is the answering minister's */
        {"Bus services: Rural areas\n\nAsked by: Catriona Wells MP (North Dunmore)\n\n"
         "To ask the Secretary of State what steps she is taking to restore rural bus services.\n\n"
         "Answered by: Simon Achterberg MP (Minister for Buses)\n\nWe are providing £955 million to support bus services.\n",
         "Simon Achterberg", "Minister for Buses"},
        /* someone not named, whose office holds an "and" */
        {"Press release\n\nNew checks\n\nThe scheme opens today.\n\n"
         "A Department of Health and Social Care spokesperson said:\n\n\"We are proud of this.\"\n",
         NULL, "Department of Health and Social Care spokesperson"},
        /* the office in the title's possessive and the holder in a sentence under it,
         * his style no part of his office */
        {"Oral statement to Parliament\nPrime Minister's statement on the G7 summit: 17 June 2024\n\n"
         "The Prime Minister, Rt Hon Rowan Hale MP, made a statement in the House of Commons.\n\n"
         "Mr Speaker, with permission, I will make a statement.\n",
         "Rowan Hale", "Prime Minister"},
        {"Speech by Minister for Trade and Industry Mr Tan Wei Ming at the Manufacturing Summit 2025 on 12 February "
         "2025\n\nMr Lim Boon Keng, President, Singapore Manufacturing Federation\n\nGood morning.\n",
         "Mr Tan Wei Ming", "Minister for Trade and Industry"},
        /* a magazine's interview: the journalist's byline asks, the title's name answers */
        {"Sir Alan Prewitt on leaving the Bank\n\nInterview by Rosa Kent\n\nQ. Which crisis was worst?\n"
         "A. 2008, without question.\n",
         "Rosa Kent", "Interviewer"},
        /* a portfolio listed with commas before its "and": one office, then the name */
        {"Press Conference by Minister of Economy, Trade and Industry Kenji Muto\n\nDate: Tuesday, 4 March 2025\n\n"
         "Minister Muto: Good morning.\n\nReporter: When will the plan be published?\n\nMinister Muto: Next week.\n",
         "Kenji Muto", "Minister of Economy, Trade and Industry"},
        {"Statement by the Minister for Foreign Affairs, Trade and Development Ana Ruiz\n\nCanada welcomes the agreement.\n",
         "Ana Ruiz", "Minister for Foreign Affairs, Trade and Development"},
        /* two offices of one holder, then the name, before a dash and the kind */
        {"Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Teodor Halvorsen \xE2\x80\x93 "
         "Statement on the Floods in the Sahel\n\nGeneva, 14 August 2025\n\nI am deeply alarmed by the flooding.\n",
         "Teodor Halvorsen", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator"},
        {"Emergency Relief Coordinator Teodor Halvorsen \xE2\x80\x93 Statement on the Floods\n\nI am alarmed.\n",
         "Teodor Halvorsen", "Emergency Relief Coordinator"},
        {"Statement by Prime Minister and Minister of Foreign Affairs Ana Ruiz\n\nWe welcome the agreement.\n",
         "Ana Ruiz", "Prime Minister and Minister of Foreign Affairs"},
        /* (with an article before the first office, two people) */
        {"Joint press conference by the Prime Minister and Foreign Minister Ana Ruiz\n\nPrime Minister: Good morning.\n\n"
         "Minister Ruiz: Thank you.\n",
         "Ana Ruiz", "Foreign Minister"},
        /* a name's "Mc" in a line in capitals, the office under it */
        {"THE HON JENNY McALISTER MP\nMINISTER FOR ENERGY\n\nMEDIA RELEASE\n\n14 August 2025\n\nNew grid connections for "
         "regional towns\n\nThe Government is investing $40 million.\n\n\"This is a big day,\" Minister McAlister said.\n",
         "Jenny McAlister", "Minister for Energy"},
        /* (a reporter's agency in brackets: "AP:" stays the agency's question) */
        {"PRESS BRIEFING TRANSCRIPT\n\nParticipants:\nTom Hale (AP)\nDr. Henrike Vogel (HV) - Mission Manager\n\n"
         "HV: Thank you. The instruments are on.\n\nAP: When will the images come?\n\nHV: Next week.\n",
         NULL, "Journalist"},
        /* a testimony's cover page: "STATEMENT OF" alone, the witness in capitals under it,
         * the service's letters after the comma no part of the name */
        {"STATEMENT OF\nGENERAL MARCUS A. HOLLOWAY, USSF\nCHIEF OF SPACE OPERATIONS\n\nBEFORE THE\nSENATE ARMED SERVICES "
         "COMMITTEE\n\nMAY 21, 2025\n\nChairman Renner, Ranking Member Castillo, thank you for the opportunity to testify.\n",
         "Marcus A. Holloway", "General"},
        /* an engineer's form of address before the name is no part of the office */
        {"Orbital Sciences Agency of Kenya\nSTATEMENT BY THE DIRECTOR GENERAL, ENG. MARY WANJIRU OTIENO, ON THE LAUNCH OF "
         "TAIFA-2\n\nIt is with great pride that I announce the successful launch of TAIFA-2.\n",
         "Eng. Mary Wanjiru Otieno", "Director General"},
        /* a royal title that ends in "Royal": who speaks, no surname */
        {"Speech by Her Royal Highness The Princess Royal\nMonday 21st July 2025\n\nGood morning, everyone.\n",
         NULL, "Her Royal Highness The Princess Royal"},
        /* hunt 92 d11: an "and" inside the name of the body an office is of names no one */
        {"Speech by the General Secretary of the Transport and General Workers' Federation, Kofi Mensah-Bonsu, at the 10th "
         "Delegates Congress\n\nKumasi, 18th July 2024\n\nBrothers and Sisters, I thank all 612 delegates.\n",
         "Kofi Mensah-Bonsu", "General Secretary of the Transport and General Workers' Federation"},
        /* hunt 92 d10: an office's word that is a given name ("Dean") before a surname, the
         * list of speakers giving the two words as a name and its office */
        {"Transcript: Bureau of Meteorology media briefing\n\nSpeakers: Dean Narramore, Senior Meteorologist; Angus Hines, "
         "Senior Meteorologist\n\nDEAN NARRAMORE: Good morning everyone. A low pressure trough will deepen.\n\n"
         "ANGUS HINES: Brisbane could see 50-80mm on Thursday.\n",
         "Dean Narramore", "Senior Meteorologist"},
        /* hunt 93 d02: a country's possessive before an office in the title names no one
         * ("Ghana's Director-General …"): the one who answers is no "Ghana" */
        {"INTERVIEW\n\nGhana's Director-General of Health Service on malaria vaccine rollout\n\nOur correspondent spoke to "
         "Dr Kwabena Asare-Boateng, Director-General of the Ghana Health Service.\n\nQ: How many children have received the "
         "vaccine so far?\nA: More than 1.1 million children in 42 districts have received at least one dose.\n",
         NULL, "Interviewee"},
                /* hunt 94 d04: a rank's letters in a label ("AVM LOLO:") are a role; the name is the
         * one the title gives in full */
        {"TRANSCRIPT\nJoint Press Conference \xE2\x80\x93 Air Vice-Marshal Tevita Lolo\nPort Moresby, 4 September 2026\n\n"
         "AVM LOLO: The crew declared a Mayday at 1532 local.\n\nJOURNALIST: Is the fleet grounded?\n\n"
         "AVM LOLO: Yes, pending inspection.\n",
         "Tevita Lolo", "Avm"},
    };
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++) {
        hd_doc *rd = NULL;
        CHECK_INT(hd_doc_parse(roles[i][0], strlen(roles[i][0]), NULL, &rd, NULL), HD_OK);
        int found = 0;
        for (size_t q = 0; rd && q < rd->nspeakers; q++) {
            const st_speaker *sp = &rd->speakers[q];
            /* (a role NULL: the speaker has none) */
            found |= (roles[i][1] ? sp->name && strcmp(sp->name, roles[i][1]) == 0 : !sp->name) &&
                     (roles[i][2] ? sp->role && strcmp(sp->role, roles[i][2]) == 0 : !sp->role);
        }
        CHECKF(found, "roles %zu: no speaker %s / %s", i, roles[i][1] ? roles[i][1] : "-", roles[i][2] ? roles[i][2] : "-");
        hd_doc_free(rd);
    }
    /* review 107: no family's voice for someone who speaks for the family or a court
     * of that name (r01, r02), no speaker for a citation "As … said in Tokyo:" (r03,
     * r04, r05, r08) */
    static const char *const no_family[] = {
        "Court Result\n12 March 2025\n\nA man has been charged.\n\nThe family's solicitor, Mark Hale, said: \"They "
        "are relieved.\"\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nThe family's spokesperson, Ann Roe, said:\n\n\"They ask "
        "for privacy.\"\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nStatement from the Family Court:\n\n\"Reporting "
        "restrictions remain in place.\"\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nA lawyer for the family issued a statement:\n\n\"The "
        "family are considering an appeal.\"\n",
        "Court Result\n12 March 2025\n\nA woman died.\n\nA statement from the family liaison officer:\n\n\"We are "
        "supporting the family.\"\n",
        "Remarks at the Trade Forum\n12 March 2025\n\nLadies and gentlemen, welcome.\n\nAs Prime Minister Ishiba said "
        "in Tokyo: \"Our ties are deep.\"\n\nThank you.\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nAs Chief Constable Mark Dunn told reporters: \"This was a "
        "cruel offence.\"\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nAs the judge said:\n\n\"This was a cruel offence.\"\n",
        "Court Result\n12 March 2025\n\nA man was jailed.\n\nAs Judge Mary Hall said:\n\n\"This was a cruel "
        "offence.\"\n",
    };
    for (size_t i = 0; i < sizeof no_family / sizeof *no_family; i++) {
        hd_doc *rd = NULL;
        CHECK_INT(hd_doc_parse(no_family[i], strlen(no_family[i]), NULL, &rd, NULL), HD_OK);
        for (size_t q = 0; rd && q < rd->nspeakers; q++) {
            const st_speaker *sp = &rd->speakers[q];
            CHECKF(!sp->role || (strcmp(sp->role, "Family") != 0 && strncmp(sp->role, "As ", 3) != 0),
                   "no_family %zu: speaker %s / %s", i, sp->name ? sp->name : "-", sp->role);
        }
        hd_doc_free(rd);
    }
    {
        const char *radio = "Radio interview\n\nJoe Harrigan, WAMC: Welcome, Governor.\n\nGovernor Roe: Thank you.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(radio, strlen(radio), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->nspeakers >= 1 && dd->speakers[0].outlet && strcmp(dd->speakers[0].outlet, "WAMC") == 0, "%s",
               dd && dd->nspeakers ? dd->speakers[0].name : "-");
        hd_doc_free(dd);
    }
    {
        /* (review: a field's word before a date and a colon is no dateline; a regnal
         * number before "OF" stays the name's) */
        const char *dl = "City of Northfield\nPress release\n\nApplications open for grants\n\nDeadline, 30 June 2027: "
                         "Applications must be submitted online.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(dl, strlen(dl), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && !hd_doc_header(dd).date, "%s", dd && hd_doc_header(dd).date ? hd_doc_header(dd).date : "-");
        hd_doc_free(dd);
        const char *kf = "Remarks at the State Banquet\n\nKING FELIPE VI OF SPAIN: Good evening.\n\nKING CHARLES III: "
                         "Welcome.\n";
        dd = NULL;
        CHECK_INT(hd_doc_parse(kf, strlen(kf), NULL, &dd, NULL), HD_OK);
        for (size_t q = 0; dd && q < dd->nspeakers; q++)
            CHECKF(!dd->speakers[q].name || !strstr(dd->speakers[q].name, "Vi"), "%s", dd->speakers[q].name);
        hd_doc_free(dd);
    }
    {
        /* an outlet named "The" and one word asks; it is no person "Paper" */
        const char *paper = "Regular Press Conference\n\nGuo Ming: Good afternoon.\n\nThe Paper: The summit opens "
                            "tomorrow. What is your view?\n\nGuo Ming: We hope for a good outcome.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(paper, strlen(paper), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->nspeakers == 2 && !dd->speakers[1].name && dd->speakers[1].outlet &&
                   strcmp(dd->speakers[1].outlet, "The Paper") == 0,
               "%s", dd && dd->nspeakers > 1 && dd->speakers[1].name ? dd->speakers[1].name : "-");
        hd_doc_free(dd);
    }
    {
        const char *pu = "Notice of data incident\nPosted: March 14, 2025 | Updated: March 18, 2025\n\nWe detected unusual activity.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(pu, strlen(pu), NULL, &dd, NULL), HD_OK);
        if (dd) {
            CHECK_STR(hd_doc_header(dd).date, "2025-03-14");
            CHECK_STR(hd_doc_header(dd).updated, "2025-03-18");
        }
        hd_doc_free(dd);
    }
    {
        const char *pub = "Man charged after assault\n\nPublished: 14:32 12 March 2024\n\nA man has been charged.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(pub, strlen(pub), NULL, &dd, NULL), HD_OK);
        if (dd)
            CHECK_STR(hd_doc_header(dd).date, "2024-03-12");
        hd_doc_free(dd);
    }
    {
        const char *ep = "Verbatim report\n\nPresident. - The next item is water.\n\n"
                         "Henrik Lund, President-in-Office of the Council. - Thank you.\n\n"
                         "Clara Mendes Arruda, on behalf of the S&D Group. - Thank you.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(ep, strlen(ep), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->nspeakers == 3, "%zu speakers", dd ? dd->nspeakers : 0);
        if (dd && dd->nspeakers == 3) {
            CHECK_STR(dd->speakers[1].role, "President-in-Office of the Council");
            CHECK_STR(dd->speakers[2].name, "Clara Mendes Arruda");
        }
        hd_doc_free(dd);
    }
    for (size_t i = 0; i < sizeof more / sizeof *more; i++) {
        char *t = sentence_lines(more[i].text);
        CHECKF(t && strstr(t, more[i].has) && (!more[i].hasnt || !strstr(t, more[i].hasnt)), "more %zu:\n%s", i, t);
        free(t);
    }
    {
        const char *pc = "Press Conference by Press Secretary Ken Ito\n\nMr. Ken Ito, Press Secretary: Good afternoon.\n\n"
                         "Mori, Kyodo News: A question on trade.\n\nPress Secretary Ito: No comment.\n\n"
                         "JOE BLOGGS/GMA7: Follow-up?\n\nSEC. REYES: Later.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(pc, strlen(pc), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->nspeakers == 4, "%zu speakers", dd ? dd->nspeakers : 0);
        if (dd && dd->nspeakers == 4) {
            static const char *const said[] = {"Ken Ito, Press Secretary.", "Mori, Kyodo News.", "Joe Bloggs, GMA7.",
                                               "Sec. Reyes."};
            for (size_t k = 0; k < 4; k++) {
                char *an = spk_announcement(&dd->speakers[k]);
                CHECK_STR(an, said[k]);
                free(an);
            }
        }
        hd_doc_free(dd);
    }
    /* who is announced: India's foreign ministry's office written short, its division
     * in brackets ("PR" is no Puerto Rico, no outlet); an Australian doorstop's "J:"
     * is a journalist; a questioner named in brackets ("QUESTION (DR. WEBER):") by
     * name, and a question "in Spanish, translated" from no outlet; look-alike: an
     * outlet in brackets asks */
    static const struct {
        const char *text;
        size_t who;
        const char *said;
    } announced[] = {
        /* questioners under one generic label who name themselves and their outlets
         * first: each announced, as "REPORTER (Name, Outlet):" is */
        {"LUNAR GATEWAY NEWS CONFERENCE\n\nMR. MARCHETTI: Questions.\n\nQUESTIONER: Marcia Dunn-Reilly, Orbital "
         "Weekly. Dr. Wren, what's the power margin?\n\nDR. WREN: About 15 percent.\n\nQUESTIONER: Sam Idowu, Space "
         "Coast Times. Colonel, what's the forecast?\n\nCOL. GRANT: Good.\n",
         3, "Sam Idowu, Space Coast Times."},
        /* a surname in capitals after a role's word, though its letters are an
         * acronym's (DA, DOE): a name */
        {"Joint Press Conference\n\nPRESIDENT DA SILVA: Thank you.\n\nPRESIDENT DELACROIX: Thank you, Mr "
         "President.\n",
         0, "da Silva, President."},
        {"Remarks at the Library Opening\n\nMAYOR DOE: Thank you all.\n\nQ: How much?\n\nMAYOR DOE: $12 "
         "million.\n",
         0, "Mayor Doe."},
        /* and after a given name in capitals (hunt 101 d27) */
        {"INTERVIEW TRANSCRIPT\n\nJOHN DOE: Ann, welcome.\n\nANN ROE: Thanks, John.\n\nJOHN DOE: Will premiums "
         "rise?\n",
         0, "John Doe."},
        /* (the second word only: an office's letters after the surname stay; a
         * post-nominal after it does not hide it) */
        {"INTERVIEW TRANSCRIPT\n\nHOST: Welcome.\n\nJOHN SMITH CEO: Thank you.\n\nHOST: And now?\n", 1,
         "John Smith CEO."},
        {"INTERVIEW TRANSCRIPT\n\nHOST: Welcome.\n\nJANE DOE MEP: Thank you.\n\nHOST: And now?\n", 1,
         "Jane Doe."},
        {"TRANSCRIPT\n\nHOST: Welcome.\n\nACTING CEO TOM HALE: Thank you.\n\nHOST: And now?\n", 1,
         "Tom Hale, Acting CEO."},
        {"TRANSCRIPT\n\nHOST: Welcome.\n\nSARAH BBC CORRESPONDENT: Thank you.\n\nHOST: And now?\n", 1,
         "Sarah BBC Correspondent."},
        /* how a turn came, in brackets after a role-only label, is no outlet */
        {"Joint Press Conference\n\nPRESIDENT DELACROIX (as interpreted): Thank you.\n\nQUESTION (as translated): "
         "President, what about farmers?\n\nPRESIDENT DELACROIX (as interpreted): They will be protected.\n",
         1, "Question."},
        {"CNN THIS MORNING\n\nISABEL ROSALES, CNN CORRESPONDENT: The polls opened at dawn.\n\nUNIDENTIFIED MALE "
         "(voice-over): We waited all night.\n\nISABEL ROSALES, CNN CORRESPONDENT: Some waited longer.\n",
         1, "Unidentified man."},
        {"CNN THIS MORNING\n\nISABEL ROSALES, CNN CORRESPONDENT: The polls opened at dawn.\n\nUNIDENTIFIED FEMALE "
         "(speaking Spanish): We waited all night.\n\nISABEL ROSALES, CNN CORRESPONDENT: Some waited longer.\n",
         1, "Unidentified woman."},
        /* a declaration's "I, NAME, OFFICE, do hereby declare": the office is the role,
         * no "Speaker" */
        {"DECLARATION OF RESULTS\nNorth Constituency\n\nI, Josephine Abara-Lindqvist, Returning Officer for the "
         "North Constituency, do hereby declare that Marcus Alves is duly elected.\n",
         0, "Josephine Abara-Lindqvist, Returning Officer for the North Constituency."},
        /* a byline's capitalised "By" is no part of the name */
        {"Declaration of Results\nBy Josephine Abara-Lindqvist, Returning Officer\n\nI do hereby declare that "
         "Marcus Alves is duly elected.\n",
         0, "Josephine Abara-Lindqvist, Returning Officer."},
        /* "DW:" after "with me is Dana Whitlock": her initials, not Deutsche Welle asking */
        {"Flood Season \xE2\x80\x93 a conversation with volunteer Dana Whitlock\n\nKT: Welcome back. I'm Kerry "
         "Tan, and with me is Dana Whitlock.\n\nDW: Thanks, Kerry. Happy to be here.\n\nKT: What should people "
         "do first?\n\nDW: Make a plan.\n",
         1, "Dana Whitlock."},
        /* a diplomat's style, "H.E.", before the office and the name or before "Mr." and
         * a name with its office after a comma, in capitals or not: no part of the
         * office; the office after the comma is the role */
        {"Remarks by H.E. Mr. Daniel Okafor, Minister of Trade\n19 September 2025\n\nDear friends, we meet "
         "again.\n",
         0, "Mr. Daniel Okafor, Minister of Trade."},
        {"STATEMENT BY H.E. AMBASSADOR KONSTANTIN ILIESCU\nWashington, D.C., 19 September 2025\n\nDear friends, "
         "we chose freedom.\n",
         0, "Konstantin Iliescu, Ambassador."},
        {"SPEECH BY H.E. DR. AMINA WERE, PRESIDENT OF THE REPUBLIC OF LENDARA\n\nFellow citizens, good "
         "morning.\n",
         0, "Dr. Amina Were, President of the Republic of Lendara."},
        /* Ottawa's Hansard: the office whole before the party's tag (it has commas of
         * its own, or no title word leads it); a riding before the tag is no office */
        {"House of Commons Debates\n\nHon. Marcus Eldridge (Calgary Nose Hill, CPC):\nMr. Speaker, has the plan "
         "failed?\n\nHon. Priya Raman (Minister of Housing, Infrastructure and Communities, Lib.):\nMr. Speaker, "
         "no.\n\nMrs. Aline Cormier (Parliamentary Secretary to the Minister of Finance, Lib.):\nMr. Speaker, "
         "I thank my colleague.\n",
         1, "Priya Raman, Minister of Housing, Infrastructure and Communities."},
        {"House of Commons Debates\n\nHon. Marcus Eldridge (Calgary Nose Hill, CPC):\nMr. Speaker, has the plan "
         "failed?\n\nHon. Priya Raman (Minister of Housing, Infrastructure and Communities, Lib.):\nMr. Speaker, "
         "no.\n\nMrs. Aline Cormier (Parliamentary Secretary to the Minister of Finance, Lib.):\nMr. Speaker, "
         "I thank my colleague.\n",
         2, "Mrs. Aline Cormier, Parliamentary Secretary to the Minister of Finance."},
        {"House of Commons Debates\n\nHon. Marcus Eldridge (Calgary Nose Hill, CPC):\nMr. Speaker, has the plan "
         "failed?\n\nHon. Priya Raman (Minister of Housing, Infrastructure and Communities, Lib.):\nMr. Speaker, "
         "no.\n",
         0, "Marcus Eldridge."},
        /* a question that came "via Webex" came from no outlet of that name */
        {"Transcript of the Press Briefing\n\nMS. ROSSI: Good morning.\n\nQUESTIONER (via Webex): On the "
         "programme, what is the timeline?\n\nMS. ROSSI: Soon.\n",
         1, "Question."},
        {"Weekly Media Briefing by the Official Spokesperson (May 2, 2024)\n\nShri Rohan Vaidyanathan, Official "
         "Spokesperson: Good afternoon.\n\nShri Arvind Khurana, OSD (PR): Sir, first question.\n\nQuestion "
         "(Reuters): When?\n\nShri Rohan Vaidyanathan, Official Spokesperson: Soon.\n",
         1, "Shri Arvind Khurana, OSD (PR)."},
        {"Weekly Media Briefing by the Official Spokesperson (May 2, 2024)\n\nShri Rohan Vaidyanathan, Official "
         "Spokesperson: Good afternoon.\n\nShri Arvind Khurana, OSD (PR): Sir, first question.\n\nQuestion "
         "(Reuters): When?\n\nShri Rohan Vaidyanathan, Official Spokesperson: Soon.\n",
         2, "Question from Reuters."},
        {"DOORSTOP, THE NATIONAL GALLERY\n\nPM: Good morning.\n\nJ: How would you feel?\n\nPM: Fine.\n", 1,
         "Question."},
        /* the outlet after the questioner's label, "Q: Reuters: …", "Q: (Al Jazeera) …" */
        {"Press briefing\n\nSPOKESPERSON: Good afternoon.\n\nQ: Reuters: When will the talks resume?\n\n"
         "SPOKESPERSON: Next week.\n\nQ: (Al Jazeera) And the ceasefire?\n\nSPOKESPERSON: It holds.\n",
         1, "Question from Reuters."},
        {"Press briefing\n\nSPOKESPERSON: Good afternoon.\n\nQ: Reuters: When will the talks resume?\n\n"
         "SPOKESPERSON: Next week.\n\nQ: (Al Jazeera) And the ceasefire?\n\nSPOKESPERSON: It holds.\n",
         2, "Question from Al Jazeera."},
        {"Government Press Conference of 17 April 2024\n\nSPOKESMAN HELLWIG: The Chancellor travels.\n\nQUESTION "
         "(DR. WEBER): And the debt brake?\n\nHELLWIG: It applies.\n\nQuestion (in Spanish, translated): "
         "When?\n\nHELLWIG: Soon.\n",
         1, "Question from Dr. Weber."},
        {"Government Press Conference of 17 April 2024\n\nSPOKESMAN HELLWIG: The Chancellor travels.\n\nQUESTION "
         "(DR. WEBER): And the debt brake?\n\nHELLWIG: It applies.\n\nQuestion (in Spanish, translated): "
         "When?\n\nHELLWIG: Soon.\n",
         2, "Question."},
    };
    /* a member's seat, a dash and the office held: the office is the role; the
     * sitting's "Questions without Notice" names no kind "Notice" */
    static const char hor[] = "HOUSE OF REPRESENTATIVES\n\nQuestions without Notice\n\nMr DUTFIELD (Farrer\xE2\x80\x94"
                              "Leader of the Opposition) (14:01): My question is to the Prime Minister.\n\nMs ROWE "
                              "(Indi) (14:05): My question is to the Treasurer.\n";
    {
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(hor, strlen(hor), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && !dd->kind && dd->nspeakers == 2 && dd->speakers[0].role &&
                   strcmp(dd->speakers[0].role, "Leader of the Opposition") == 0,
               "kind %s, role %s", dd && dd->kind ? dd->kind : "-",
               dd && dd->nspeakers && dd->speakers[0].role ? dd->speakers[0].role : "-");
        hd_doc_free(dd);
    }
    /* Australian transcripts' notes: "E&OE TRANSCRIPT" over "PROOF ONLY" is the
     * delivery (the first), not the title; "E & O E - PROOF ONLY" and "E. & O.E."
     * too; a city alone under the kind is no title */
    static const char *const eoe[][3] = {
        {"JOINT PRESS CONFERENCE\nCANBERRA\n\nE&OE TRANSCRIPT\nPROOF ONLY\n\nPRIME MINISTER: Good afternoon.\n",
         "JOINT PRESS CONFERENCE", "E&OE TRANSCRIPT"},
        {"DOORSTOP INTERVIEW\nCANBERRA\n\nE & O E - PROOF ONLY\n\nPRIME MINISTER: Good morning.\n",
         "DOORSTOP INTERVIEW", "E & O E - PROOF ONLY"},
        {"DOORSTOP INTERVIEW\nHOBART\n\nE. & O.E.\n\nPRIME MINISTER: Good morning.\n", "DOORSTOP INTERVIEW",
         "E. & O.E"},
    };
    /* a date line with the hour and the venue after it, commas and all: the date */
    {
        static const char mofa[] = "Press Conference by Foreign Minister KAMIYA Hiroshi\n\nTuesday, April 9, 2024, "
                                   "10:12 a.m. Front Entrance Hall, Prime Minister's Office\n\nMinister Kamiya: Good "
                                   "morning.\n\nReporter: Any comment?\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(mofa, strlen(mofa), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->date && strcmp(dd->date, "2024-04-09") == 0, "date %s", dd && dd->date ? dd->date : "-");
        hd_doc_free(dd);
    }
    /* "TRANSCRIPT" over "DOORSTOP INTERVIEW, HOBART": the kind and where, the kind
     * that counts */
    {
        static const char au[] = "TRANSCRIPT\nDOORSTOP INTERVIEW, HOBART\n\nPRIME MINISTER: Good morning.\n\n"
                                 "JOURNALIST: And the bridge?\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(au, strlen(au), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->kind && strcmp(dd->kind, "DOORSTOP INTERVIEW") == 0, "kind %s", dd && dd->kind ? dd->kind : "-");
        hd_doc_free(dd);
    }
    /* a short English release that names "El Keyra" and "Médecins Sans Frontières":
     * English (names' articles make no language) */
    {
        static const char msf[] = "M\xC3\xA9" "decins Sans Fronti\xC3\xA8res / Doctors Without Borders\n\nPress "
                                  "release | 22 April 2025\n\nMSF teams treat 1,300 wounded in 10 days in El Keyra\n\nEl "
                                  "Keyra, 22 April 2025 \xE2\x80\x93 MSF teams have treated 1,312 wounded patients since "
                                  "11 April.\n";
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(msf, strlen(msf), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->lang == 0 && dd->date && strcmp(dd->date, "2025-04-22") == 0, "lang %d date %s",
               dd ? dd->lang : -1, dd && dd->date ? dd->date : "-");
        hd_doc_free(dd);
    }
    /* a title that goes on from the kind's line ("JOINT COMMUNIQUÉ" / "of the 5th
     * Ministerial Meeting …"): the two together; look-alike: a title of its own */
    {
        static const char *const goes_on[][2] = {
            {"JOINT COMMUNIQU\xC3\x89\nof the 5th Ministerial Meeting of the Tavora Strategic Dialogue\nOstburg, 3 "
             "October 2025\n\nThe Ministers agreed to meet again in 2026.\n",
             "JOINT COMMUNIQU\xC3\x89 of the 5th Ministerial Meeting of the Tavora Strategic Dialogue"},
            {"JOINT COMMUNIQU\xC3\x89\nFifth Ministerial Meeting of the Tavora Strategic Dialogue\nOstburg, 3 October "
             "2025\n\nThe Ministers agreed to meet again in 2026.\n",
             "Fifth Ministerial Meeting of the Tavora Strategic Dialogue"},
        };
        for (size_t k = 0; k < sizeof goes_on / sizeof *goes_on; k++) {
            hd_doc *dd = NULL;
            CHECK_INT(hd_doc_parse(goes_on[k][0], strlen(goes_on[k][0]), NULL, &dd, NULL), HD_OK);
            CHECKF(dd && dd->title && strcmp(dd->title, goes_on[k][1]) == 0, "goes on %zu: title %s", k,
                   dd && dd->title ? dd->title : "-");
            hd_doc_free(dd);
        }
    }
    /* the issuing body's name over what the statement is: the latter is the title;
     * look-alike: a body over a title of its own ("Statement from …") */
    {
        static const char *const issued[][2] = {
            {"NATIONAL AERONAUTICS AND SPACE ADMINISTRATION\n\nLUNAR GATEWAY PRE-LAUNCH NEWS CONFERENCE\n\nMonday, "
             "October 6, 2025\n\nMR. MARCHETTI: Good afternoon.\n\nREPORTER: When is the launch?\n",
             "LUNAR GATEWAY PRE-LAUNCH NEWS CONFERENCE"},
            {"ELECTION COMMISSION OF VINDHYA\n\nPRESS NOTE\n\nPolling will be held on 6 November 2025.\n", "PRESS NOTE"},
            {"QUEENSLAND FIRE AND EMERGENCY SERVICES\n\nStatement from the Premier and Commissioner\n\nPREMIER "
             "MARLOW: Good morning everyone.\n",
             "Statement from the Premier and Commissioner"},
        };
        for (size_t k = 0; k < sizeof issued / sizeof *issued; k++) {
            hd_doc *dd = NULL;
            CHECK_INT(hd_doc_parse(issued[k][0], strlen(issued[k][0]), NULL, &dd, NULL), HD_OK);
            CHECKF(dd && dd->title && strcmp(dd->title, issued[k][1]) == 0, "issued %zu: title %s", k,
                   dd && dd->title ? dd->title : "-");
            hd_doc_free(dd);
        }
    }
    for (size_t i = 0; i < sizeof eoe / sizeof *eoe; i++) {
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(eoe[i][0], strlen(eoe[i][0]), NULL, &dd, NULL), HD_OK);
        CHECKF(dd && dd->title && strcmp(dd->title, eoe[i][1]) == 0 && dd->delivery && strcmp(dd->delivery, eoe[i][2]) == 0,
               "eoe %zu: title %s, delivery %s", i, dd && dd->title ? dd->title : "-",
               dd && dd->delivery ? dd->delivery : "-");
        hd_doc_free(dd);
    }
    for (size_t i = 0; i < sizeof announced / sizeof *announced; i++) {
        hd_doc *dd = NULL;
        CHECK_INT(hd_doc_parse(announced[i].text, strlen(announced[i].text), NULL, &dd, NULL), HD_OK);
        char *an = dd && dd->nspeakers > announced[i].who ? spk_announcement(&dd->speakers[announced[i].who]) : NULL;
        CHECKF(an && strcmp(an, announced[i].said) == 0, "announced %zu: [%s]", i, an ? an : "-");
        free(an);
        hd_doc_free(dd);
    }
    const char *text = "Debates of the Senate\n\nThursday, February 13, 2025\n\n"
                       "Hon. Donald Whitmore (Leader of the Opposition): When will the contract be tendered?\n\n"
                       "Hon. Priya Sandhu (Government Representative in the Senate): This spring.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2 && d->speakers[0].role && strcmp(d->speakers[0].role, "Leader of the Opposition") == 0,
           "%s", d && d->nspeakers ? d->speakers[0].role : "-");
    hd_doc_free(d);
}

/* French statements: the language found from their words (or given), French kinds,
 * bylines ("avec", "par", "de"), dates, delivery notes, and labels in French
 * typography (a no-break space before the colon, "M.", "Mme", "Question (AFP)"). */
/* A kind line set in capitals with Latin-1 accents is the kind (data words match
 * in any case, accented capitals too); "---000---" ends the body. */
static void test_french_capitals(void)
{
    const char *t = "COMMUNIQU\xC3\x89 DE PRESSE\n\nLe minist\xC3\xA8re annonce un plan pour les \xC3\xA9leveurs\n\n"
                    "Paris, le 4 mars 2025\n\nLe ministre a pr\xC3\xA9sent\xC3\xA9 un plan ce matin.\n\n---000---\n\n"
                    "Contact presse : presse@exemple.fr\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(t, strlen(t), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->lang, 1);
        CHECK_STR(d->kind, "COMMUNIQU\xC3\x89 DE PRESSE");
        CHECK_STR(d->title, "Le minist\xC3\xA8re annonce un plan pour les \xC3\xA9leveurs");
        for (size_t i = 0; i < d->nblocks; i++)
            CHECKF(d->blocks[i].kind != ST_HEADING, "block %zu is a heading", i);
    }
    hd_doc_free(d);
    CHECK(u8_ncasecmp("COMMUNIQU\xC3\x89", "communiqu\xC3\xA9", 11) == 0);
    CHECK(u8_ncasecmp("\xC3\x97", "\xC3\xB7", 2) != 0); /* × is no capital of ÷ */
    CHECK(u8_ncasecmp("Se\xC3\x91OR", "se\xC3\xB1or", 6) == 0);
}

/* « Discours du Président de la République … »: the office alone, its word first, is
 * who speaks; a signature under the last paragraph is the narrator's. */
static void test_french_office_byline(void)
{
    const char *t = "Discours du Pr\xC3\xA9sident de la R\xC3\xA9publique \xC3\xA0 l'occasion de l'inauguration du port\n\n"
                    "14 mars 2025\n\nMerci \xC3\xA0 tous. Le port est ouvert.\n\nVive la France !\n\nEmmanuel MARCHAND\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(t, strlen(t), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT((int)d->nspeakers, 1);
        if (d->nspeakers == 1)
            CHECK_STR(d->speakers[0].role, "Pr\xC3\xA9sident de la R\xC3\xA9publique");
    }
    hd_doc_free(d);
    char *l = sentence_lines(t);
    CHECKF(l && strstr(l, "speech:s1:Merci") && strstr(l, "speech:s1:Vive la France") && strstr(l, "meta:-:Emmanuel MARCHAND"),
           "%s", l ? l : "(null)");
    free(l);
    t = "Discours de la ministre des Arm\xC3\xA9" "es \xC3\xA0 l'occasion de la c\xC3\xA9r\xC3\xA9monie\n\n14 mars 2025\n\n"
        "Merci \xC3\xA0 tous. La c\xC3\xA9r\xC3\xA9monie commence.\n";
    CHECK_INT(hd_doc_parse(t, strlen(t), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT((int)d->nspeakers, 1);
        if (d->nspeakers == 1)
            CHECK_STR(d->speakers[0].role, "ministre des Arm\xC3\xA9" "es");
    }
    hd_doc_free(d);
    /* an English closing line with an acronym is no signature */
    l = sentence_lines("Speech by the Mayor\n\n3 March 2025\n\nWe are proud of this city.\n\nThank You NATO\n");
    CHECKF(l && strstr(l, "speech:s1:Thank You NATO"), "%s", l ? l : "(null)");
    free(l);
}

/* News sites and councils: the masthead is chrome, "DATE | Section" dates the
 * statement, an office line in French or Spanish is no title, and "Home | …" is a
 * breadcrumb. */
static void test_site_headers(void)
{
    static const struct {
        const char *text, *title, *date;
    } cases[] = {
        {"UN News\nGlobal perspective Human stories\n\nSudan: famine spreads, warns agency\n\n24 December 2024 | Humanitarian Aid\n\n"
         "Famine has been confirmed in five new areas.\n",
         "Sudan: famine spreads, warns agency", "2024-12-24"},
        {"ONU Info\n\nHa\xC3\xAFti : plus de 50 000 personnes d\xC3\xA9plac\xC3\xA9" "es\n\n12 f\xC3\xA9vrier 2025 | Paix et s\xC3\xA9" "curit\xC3\xA9\n\n"
         "Plus de 50 000 personnes ont fui leur domicile au cours du mois de janvier.\n",
         "Ha\xC3\xAFti : plus de 50 000 personnes d\xC3\xA9plac\xC3\xA9" "es", "2025-02-12"},
        {"Consejo de la UE\nComunicado de prensa\n10 de febrero de 2025 11:30\n\n"
         "Venezuela: Declaraci\xC3\xB3n del Alto Representante sobre los presos pol\xC3\xADticos\n\n"
         "La Uni\xC3\xB3n Europea expresa su profunda preocupaci\xC3\xB3n por la detenci\xC3\xB3n de los presos.\n",
         "Venezuela: Declaraci\xC3\xB3n del Alto Representante sobre los presos pol\xC3\xADticos", "2025-02-10"},
        {"Home | Statements | Statement on the Mission\n\nStatement on the Mission\n\n17 October 2024\n\n"
         "Thank you, Madam Chair. We support the Mission.\n",
         "Statement on the Mission", "2024-10-17"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (d) {
            CHECKF(d->title && strcmp(d->title, cases[i].title) == 0, "case %zu: title [%s]", i, d->title ? d->title : "");
            CHECKF(d->date && strcmp(d->date, cases[i].date) == 0, "case %zu: date [%s]", i, d->date ? d->date : "");
            for (size_t k = 0; k < d->nblocks; k++)
                CHECKF(d->blocks[k].kind != ST_HEADING, "case %zu: block %zu is a heading", i, k);
        }
        hd_doc_free(d);
    }
    char *l = sentence_lines(cases[3].text);
    CHECKF(l && !strstr(l, "Home"), "%s", l ? l : "(null)");
    free(l);
    /* "$" is the peso where a Spanish statement says it is Mexican, Argentine …, or
     * writes the dollar "US$"; not in Spain, not in French */
    static const struct {
        const char *text;
        int peso;
    } pesos[] = {
        {"Comunicado\n\nCiudad de M\xC3\xA9xico, 5 de marzo de 2025\n\nEl Gobierno destina $300 millones a las escuelas.\n", 1},
        {"Comunicado\n\nMadrid, 5 de marzo de 2025\n\nEl Gobierno destina 300 millones de euros y US$ 5 a las escuelas.\n", 1},
        {"Presidente inaugura hospital\n\nSantiago, 22 de julio de 2025.\n\nLa inversi\xC3\xB3n fue de $185.000 millones. "
         "El valor de la UF es de $39.300,45.\n", 1},
        {"Comunicado\n\nMadrid, 5 de marzo de 2025\n\nEl Gobierno destina $300 millones a las escuelas de la ciudad.\n", 0},
        {"Communiqu\xC3\xA9\n\nParis, le 5 mars 2025\n\nLe gouvernement destine 300 pesos aux \xC3\xA9" "coles de la ville.\n", 0},
    };
    for (size_t i = 0; i < sizeof pesos / sizeof *pesos; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(pesos[i].text, strlen(pesos[i].text), NULL, &d, NULL), HD_OK);
        if (d)
            CHECKF(d->peso == pesos[i].peso, "pesos %zu: %d", i, d->peso);
        hd_doc_free(d);
    }
}

/* A credit line under a quotation ("Quotes" in Canadian releases) gives the quotation
 * its voice and is the narrator's, never a chapter; a quotation already voiced, or a
 * line with no name, stays as it was. */
static void test_credit_lines(void)
{
    const char *en = "News release\n\nGovernment invests in transit\n\n3 March 2025\n\nThe government announced funding today.\n\n"
                     "Quotes\n\n\"Public transit is at the heart of our communities.\n\nThis investment matters.\"\n\n"
                     "The Honourable Mary Beaudry, Minister of Housing\n\n\"These buses change everything.\"\n\n"
                     "\xE2\x80\x93 Paul Desrochers, Mayor of Sherbrooke\n\nQuick facts\n\nThe fund provides money.\n";
    char *l = sentence_lines(en);
    CHECKF(l && strstr(l, "speech:s1:\"Public transit") && strstr(l, "speech:s1:This investment matters.") &&
               strstr(l, "meta:-:The Honourable Mary Beaudry") && strstr(l, "speech:s2:\"These buses") &&
               strstr(l, "meta:-:\xE2\x80\x93 Paul Desrochers") && !strstr(l, "heading:-:The Honourable") &&
               strstr(l, "heading:-:Quick facts"),
           "%s", l ? l : "(null)");
    free(l);
    const char *fr = "Communiqu\xC3\xA9 de presse\n\nLe gouvernement investit\n\nLe 3 mars 2025\n\nLe gouvernement a annonc\xC3\xA9 un "
                     "financement.\n\nCitations\n\n\xC2\xAB Ces autobus changent la donne. \xC2\xBB\n\n"
                     "Paul-\xC3\x89mile Desrochers, maire de Sherbrooke\n\nFaits en bref\n\nLe fonds existe.\n";
    l = sentence_lines(fr);
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB Ces autobus") && strstr(l, "meta:-:Paul-\xC3\x89mile Desrochers"), "%s",
           l ? l : "(null)");
    free(l);
    /* no quotation before it: a heading as before */
    l = sentence_lines("News release\n\nGovernment invests\n\n3 March 2025\n\nThe government announced funding.\n\n"
                       "Ana Ruiz, Minister of Housing\n\nShe spoke at the depot.\n");
    CHECKF(l && !strstr(l, "meta:-:Ana Ruiz"), "%s", l ? l : "(null)");
    free(l);
}

/* "'…,' she said." with no one quoted before: the person a sentence before names as
 * its subject, with a role; in French and Spanish too. An organisation as subject,
 * or a name with no role, leaves the quotation to the narrator. */
/* « …», ha afirmado el ministro de Transportes, Luis Ortega, en …: the office, a comma,
 * then the name; a Spanish dateline with its stop dates the statement */
static void test_office_comma_name(void)
{
    const char *es = "Nota de prensa\n\nEl Gobierno aprueba el plan\n\nBuenos Aires, 18 de febrero de 2025.\n\n"
                     "\xC2\xAB" "Es nuestra prioridad\xC2\xBB, ha afirmado el ministro de Transportes, Luis Ortega, en la rueda de prensa.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(es, strlen(es), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->date, "2025-02-18");
        CHECKF(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Luis Ortega") == 0, "%zu speakers",
               d->nspeakers);
    }
    hd_doc_free(d);
    char *l = sentence_lines("Communiqu\xC3\xA9\n\nUn plan\n\nParis, le 4 mars 2025\n\n"
                             "\xC2\xAB Nous agirons \xC2\xBB, a soulign\xC3\xA9 le ministre de l'Int\xC3\xA9rieur, Paul Garnier.\n");
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB Nous agirons \xC2\xBB,") && strstr(l, "speech:-:a soulign"), "%s", l ? l : "(null)");
    free(l);
    /* a surname alone in the attribution is the person named in full before */
    const char *en = "News release\n\nDrought grants announced\n\nMarch 3, 2025\n\nThe state today announced grants.\n\n"
                     "Farm Bureau President Sharon K. Mills welcomed the announcement. \"Every dollar counts,\" Mills said.\n";
    CHECK_INT(hd_doc_parse(en, strlen(en), NULL, &d, NULL), HD_OK);
    if (d)
        CHECKF(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Sharon K. Mills") == 0,
               "%zu speakers, the first %s", d->nspeakers, d->nspeakers ? d->speakers[0].name : "");
    hd_doc_free(d);
    /* an event before the office: the office is the role */
    const char *es2 = "Versi\xC3\xB3n estenogr\xC3\xA1" "fica de la conferencia de prensa del secretario de Hacienda, "
                      "Ernesto Villase\xC3\xB1or Ruiz, sobre el presupuesto\n\nCiudad de M\xC3\xA9xico, 8 de septiembre de 2025\n\n"
                      "SECRETARIO ERNESTO VILLASE\xC3\x91OR RUIZ: Muy buenas tardes a todas y a todos.\n\nPREGUNTA: \xC2\xBF" "Cu\xC3\xA1ndo?\n";
    CHECK_INT(hd_doc_parse(es2, strlen(es2), NULL, &d, NULL), HD_OK);
    if (d) {
        /* « Versión estenográfica » only says it is a record: the event is the kind */
        CHECK_STR(d->kind, "Conferencia de prensa");
        CHECKF(d->nspeakers >= 1 && d->speakers[0].role && strcmp(d->speakers[0].role, "secretario de Hacienda") == 0,
               "%zu speakers, the first's role %s", d->nspeakers, d->nspeakers ? d->speakers[0].role : "");
    }
    hd_doc_free(d);
    /* a ministry's long name is no title; a kind in capitals names the chapter as the
     * list writes it */
    const char *fr = "COMMUNIQU\xC3\x89 DE PRESSE\n\nMinist\xC3\xA8re de l'\xC3\x89" "conomie, des Finances et de la "
                     "Souverainet\xC3\xA9 industrielle\n\nParis, le 3 juillet 2025\n\n"
                     "Lancement de l'appel \xC3\xA0 projets Industrie verte\n\nLe ministre annonce ce jour le lancement de l'appel.\n";
    CHECK_INT(hd_doc_parse(fr, strlen(fr), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Lancement de l'appel \xC3\xA0 projets Industrie verte");
        CHECKF(d->nchapters == 2 && strcmp(d->chapters[1].title, "Communiqu\xC3\xA9 de presse") == 0, "%zu chapters",
               d->nchapters);
    }
    hd_doc_free(d);
    /* a dateline with an agency's tag in brackets is a header line */
    l = sentence_lines("Comunicado de prensa\n\nEl Gobierno aprueba el plan\n\nMadrid, 15 de octubre de 2025 (MTMS).\n\n"
                       "El Consejo de Ministros ha autorizado hoy una inversi\xC3\xB3n.\n");
    CHECKF(l && strstr(l, "meta:-:Madrid, 15 de octubre de 2025 (MTMS).\n"), "%s", l ? l : "(null)");
    free(l);
    /* an office of one word before the comma */
    l = sentence_lines("Communiqu\xC3\xA9\n\nLe port rouvre\n\nParis, le 4 mars 2025\n\n"
                       "\xC2\xAB Nous avons tenu les d\xC3\xA9lais \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 la maire, Claire Dumont.\n");
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB Nous avons tenu les d\xC3\xA9lais \xC2\xBB,"), "%s", l ? l : "(null)");
    free(l);
}

/* « M. Ruiz » and « Mme Ruiz », "MR. HALE" and "MS. HALE": two people of one surname */
static void test_same_surname(void)
{
    char *l = sentence_lines("Conf\xC3\xA9rence de presse\n\n12 mars 2025\n\nM. Ruiz : Merci.\n\nMme Ruiz : Le calendrier.\n\n"
                             "M. Ruiz : Bien.\n\nMme Ruiz : Oui.\n");
    CHECKF(l && strstr(l, "speech:s1:Merci.") && strstr(l, "speech:s2:Le calendrier.") && strstr(l, "speech:s1:Bien.") &&
               strstr(l, "speech:s2:Oui."),
           "%s", l ? l : "(null)");
    free(l);
    l = sentence_lines("Press conference\n\nMR. HALE: Thanks.\n\nMS. HALE: Indeed.\n\nMR. HALE: Yes.\n\nHALE: Both?\n");
    CHECKF(l && strstr(l, "speech:s1:Thanks.") && strstr(l, "speech:s2:Indeed.") && strstr(l, "speech:s1:Yes."), "%s",
           l ? l : "(null)");
    free(l);
}

static void test_pronoun_attribution(void)
{
    char *l = sentence_lines("Press release\n\nCouncil opens new depot\n\n3 March 2025\n\nTransport Minister Ana Ruiz opened "
                             "the new depot today. It will house 40 buses.\n\n\"This is a great day,\" she said.\n");
    CHECKF(l && strstr(l, "speech:s1:\"This is a great day,\"") && strstr(l, "speech:-:she said."), "%s", l ? l : "(null)");
    free(l);
    l = sentence_lines("Communiqu\xC3\xA9 de presse\n\nUn plan pour les \xC3\xA9leveurs\n\nParis, le 4 mars 2025\n\n"
                       "Le ministre Jean Morel a pr\xC3\xA9sent\xC3\xA9 un plan ce matin.\n\n"
                       "\xC2\xAB Nous serons l\xC3\xA0 \xC2\xBB, a-t-il d\xC3\xA9" "clar\xC3\xA9.\n");
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB Nous serons l\xC3\xA0 \xC2\xBB,") && strstr(l, "speech:-:a-t-il"), "%s", l ? l : "(null)");
    free(l);
    l = sentence_lines("Comunicado de prensa\n\nEl Gobierno aprueba el plan\n\nMadrid, 5 de marzo de 2025\n\n"
                       "La ministra Carmen Vidal ha presentado hoy el plan.\n\n\xC2\xAB" "No podemos esperar\xC2\xBB, ha afirmado.\n");
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB" "No podemos esperar\xC2\xBB,") && strstr(l, "speech:-:ha afirmado."), "%s",
           l ? l : "(null)");
    free(l);
    /* a quotation attributed by office alone, in French */
    l = sentence_lines("Paris, le 3 juin 2025\n\nLa ministre a r\xC3\xA9uni les pr\xC3\xA9" "fets.\n\n"
                       "\xC2\xAB Nous agirons vite \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 la ministre de la Sant\xC3\xA9.\n");
    CHECKF(l && strstr(l, "speech:s1:\xC2\xAB Nous agirons vite \xC2\xBB,") && strstr(l, "speech:-:a d\xC3\xA9"), "%s",
           l ? l : "(null)");
    free(l);
    l = sentence_lines("Press release\n\nCouncil opens new depot\n\n3 March 2025\n\nThe City Council opened the depot today.\n\n"
                       "\"This is a great day,\" she said.\n");
    CHECKF(l && strstr(l, "speech:-:\"This is a great day,\""), "%s", l ? l : "(null)");
    free(l);
}

/* A police appeal's ways of handing a quotation to the officer: a lead-in line ("made
 * the following statement:", "… appeal:"), or "said:" after a long rank and a clause
 * about the person; the release's own text after the quotation is narrated. */
static void test_appeal_attribution(void)
{
    static const char *const leads[] = {"DCI Fiona Gallagher made the following statement:",
                                        "DCI Fiona Gallagher made the following appeal:",
                                        "Detective Sergeant Fiona Gallagher, from the Major Collision Investigation Unit, said:",
                                        "Dr Fiona Gallagher, a researcher and the first author of the study, added:"};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        char text[600];
        snprintf(text, sizeof text, "Appeal after collision\n\n%s\n\n\"I am appealing for anyone with footage to come "
                 "forward.\"\n\nAnyone with information is asked to call 101.\n", leads[k]);
        char *l = sentence_lines(text);
        CHECKF(l && strstr(l, "speech:s1:\"I am appealing") && strstr(l, ":-:Anyone with information"), "%zu: %s", k,
               l ? l : "(null)");
        free(l);
    }
}

/* The room and the publisher in a transcript: "AUDIENCE:" is announced as the
 * audience, not as a question; a header's "Please Note:" is nobody, and the footer
 * after a heading stays the narrator's; "Remarks by the President in State of the
 * Union Address" gives the role "President", not "President in State". */
static void test_room_and_notes(void)
{
    const char *sotu = "Remarks by the President in State of the Union Address\n\nTHE PRESIDENT: Thank you. "
                       "(Applause.)\n\nAUDIENCE: U-S-A! U-S-A!\n\nTHE PRESIDENT: God bless you.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(sotu, strlen(sotu), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK(d->nspeakers >= 2);
        int president = 0, audience = 0;
        for (size_t k = 0; k < d->nspeakers; k++) {
            const st_speaker *sp = &d->speakers[k];
            president += sp->role && strcmp(sp->role, "President") == 0;
            audience += sp->role && strcmp(sp->role, "Audience") == 0;
            if (sp->role && strcmp(sp->role, "Audience") == 0) {
                char *a = spk_announcement(sp);
                CHECK_STR(a, "Audience.");
                free(a);
            }
        }
        CHECK_INT(president, 1);
        CHECK_INT(audience, 1);
    }
    hd_doc_free(d);
    const char *cdc = "Transcript for Telebriefing: Measles Update\n\nWednesday, April 8, 2026\n\n"
                      "Please Note: This transcript is not edited and may contain errors.\n\n"
                      "OPERATOR: Welcome. You may begin.\n\nBERNARD WHITLOCK: Thank you for joining us.\n\n###\n\n"
                      "DEPARTMENT OF HEALTH\n\nThe department works every day to protect the nation's health.\n";
    char *l = sentence_lines(cdc);
    CHECKF(l && strstr(l, ":-:Please Note:") && strstr(l, ":-:The department works"), "%s", l ? l : "(null)");
    free(l);
    /* one recording mark alone on its line is no header line to read ("0 seconds") */
    l = sentence_lines("Virtual press conference\n\n00:00:00\n\nLV\tHello and welcome.\n\nTAG\tThank you.\n");
    CHECKF(l && !strstr(l, "00:00") && strstr(l, "Hello and welcome"), "%s", l ? l : "(null)");
    free(l);
    d = NULL;
    CHECK_INT(hd_doc_parse(cdc, strlen(cdc), NULL, &d, NULL), HD_OK);
    for (size_t k = 0; d && k < d->nspeakers; k++)
        CHECKF(!d->speakers[k].name || !strstr(d->speakers[k].name, "Note"), "speaker %s", d->speakers[k].name);
    hd_doc_free(d);
}

/* Where the header ends and the speech does, and where the speech ends: a greeting
 * under the title is the speaker's first sentence; "Delivered in Parliament." is a
 * header line; "Delivered by X, Chair" names X, the Chair; after "ENDS", "Issued by:"
 * and a company's registration are the narrator's. */
static void test_speech_edges(void)
{
    char *l = sentence_lines("Chair's Address\n\nCheck against delivery\n\nGood morning, and welcome to the Annual "
                             "General Meeting.\n\nIt is a pleasure to see you.\n");
    CHECKF(l && strstr(l, "speech:s1:Good morning, and welcome"), "%s", l ? l : "(null)");
    free(l);
    l = sentence_lines("PM at the Debate on the President's Address\n\nPrime Minister Lim Wei Jie | 22 April 2026\n\n"
                       "Delivered in Parliament.\n\nMr Speaker, Sir, I rise in support.\n");
    CHECKF(l && strstr(l, ":-:Delivered in Parliament.") && strstr(l, "speech:s1:Mr Speaker, Sir"), "%s", l ? l : "(null)");
    free(l);
    const char *agm = "Northgate Minerals plc\n\nAnnual General Meeting 2026 - Chair's Address\n\nDelivered by Sir "
                      "Geoffrey Nkemelu, Chair\n\nGood morning, ladies and gentlemen.\n\nThank you.\n\nENDS\n\n"
                      "Northgate Minerals plc. Registered in Scotland No. SC123456.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(agm, strlen(agm), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers >= 1);
    if (d && d->nspeakers >= 1) {
        CHECK_STR(d->speakers[0].name, "Sir Geoffrey Nkemelu");
        CHECK_STR(d->speakers[0].role, "Chair");
    }
    hd_doc_free(d);
    l = sentence_lines(agm);
    CHECKF(l && strstr(l, ":s1:Thank you.") && strstr(l, ":-:Registered in Scotland"), "%s", l ? l : "(null)");
    free(l);
    /* a court transcript's caption is a form, not words; the date under it still the header's */
    const char *court = "IN THE SUPREME COURT OF THE UNITED STATES\n- - - - - - - - - - - - - - - x\n"
                        "HARLAN D. MERCER,                  :\n               Petitioner,          :\n"
                        "          v.                        :  No. 24-1187\nOAKRIDGE COUNTY, OHIO,             :\n"
                        "               Respondent.          :\n- - - - - - - - - - - - - - - x\nWashington, D.C.\n"
                        "Tuesday, March 3, 2026\nCHIEF JUSTICE HOLLOWAY: We'll hear argument first this morning.\n";
    l = sentence_lines(court);
    CHECKF(l && !strstr(l, "Petitioner") && !strstr(l, "- - -") && !strstr(l, "24-1187") &&
               strstr(l, "speech:s1:We'll hear argument"), "%s", l ? l : "(null)");
    free(l);
    d = NULL;
    CHECK_INT(hd_doc_parse(court, strlen(court), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->date, "2026-03-03");
    hd_doc_free(d);
    l = sentence_lines("Address by President Themba Mahlangu on Youth Day\n\n16 June 2026\n\nFellow South Africans,\n\n"
                       "We will not rest.\n\nI thank you.\n\nIssued by: The Presidency\nContact: Vuyani Sithole - "
                       "Spokesperson\n");
    CHECKF(l && strstr(l, ":s1:I thank you.") && strstr(l, ":-:Issued by: The Presidency"), "%s", l ? l : "(null)");
    free(l);
}

/* A statement published in English, then in French under a header of its own
 * (Canada's way): the statement is English (its header's date read as such), the
 * French half's paragraphs are marked French, its header lines are the narrator's and
 * its quotations the Prime Minister's; a statement in one language marks nothing. */
static void test_bilingual(void)
{
    const char *both = "Statement by the Prime Minister on National Indigenous Peoples Day\n\nJune 21, 2026\nOttawa, Ontario\n\n"
                       "The Prime Minister, \xC3\x89lise Tremblay-Hart, issued the following statement today:\n\n"
                       "\"Today we celebrate the heritage and the cultures of First Nations, Inuit, and M\xC3\xA9tis Peoples.\n\n"
                       "\"Through Budget 2026, we are investing $2.8 billion over five years in housing.\"\n\n"
                       "D\xC3\xA9" "claration de la premi\xC3\xA8re ministre \xC3\xA0 l'occasion de la Journ\xC3\xA9" "e nationale des peuples autochtones\n\n"
                       "Le 21 juin 2026\nOttawa (Ontario)\n\n"
                       "La premi\xC3\xA8re ministre, \xC3\x89lise Tremblay-Hart, a fait aujourd'hui la d\xC3\xA9" "claration suivante :\n\n"
                       "\xC2\xAB Aujourd'hui, nous c\xC3\xA9l\xC3\xA9" "brons le patrimoine et les cultures des Premi\xC3\xA8res Nations, des Inuit et des M\xC3\xA9tis.\n\n"
                       "\xC2\xAB Dans le budget de 2026, nous investissons 2,8 milliards de dollars sur cinq ans dans le logement. \xC2\xBB\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(both, strlen(both), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->lang, 0);
        CHECK_STR(d->date, "2026-06-21");
        CHECK(d->nspeakers == 1);
        if (d->nspeakers == 1) {
            CHECK_STR(d->speakers[0].name, "\xC3\x89lise Tremblay-Hart");
            CHECK_STR(d->speakers[0].role, "Prime Minister");
        }
        int french_quote = 0, french_head = 0, english_marked = 0;
        for (size_t i = 0; i < d->nblocks; i++) {
            const st_block *k = &d->blocks[i];
            const char *t = d->src + k->start;
            if (strncmp(t, "\xC2\xAB Dans le budget", 16) == 0)
                french_quote = k->lang == 1 && k->speaker == 0;
            if (strncmp(t, "D\xC3\xA9" "claration de la", 16) == 0)
                french_head = k->lang == 1 && k->speaker < 0 && k->kind == ST_META;
            if (strncmp(t, "\"Through Budget", 15) == 0)
                english_marked = k->lang != -1;
        }
        CHECK(french_quote);
        CHECK(french_head);
        CHECK(!english_marked);
    }
    hd_doc_free(d);
    /* one language only: nothing marked */
    const char *fr = "Communiqu\xC3\xA9 de presse\n\nParis, le 4 mars 2025\n\nLe ministre a pr\xC3\xA9sent\xC3\xA9 un plan pour les "
                     "\xC3\xA9leveurs ce matin. Il sera mis en \xC5\x93uvre d\xC3\xA8s le mois prochain dans toutes les r\xC3\xA9gions.\n\n"
                     "The plan was welcomed.\n\nLes agriculteurs pourront d\xC3\xA9poser leur demande en ligne avant la fin de l'ann\xC3\xA9" "e.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(fr, strlen(fr), NULL, &d, NULL), HD_OK);
    for (size_t i = 0; d && i < d->nblocks; i++)
        CHECKF(d->blocks[i].lang == -1, "block %zu marked %d", i, d->blocks[i].lang);
    if (d)
        CHECK_INT(d->lang, 1);
    hd_doc_free(d);
    /* an English briefing with a question asked in French, and a release quoting a
     * French sentence: English statements (what they quote does not make them French),
     * the French paragraph read as French */
    const char *asked = "Press briefing\n\nSPOKESPERSON: Talks resume on 15 April at 10:30.\n\n"
                        "Correspondent: (in French) Est-ce que le Secr\xC3\xA9taire g\xC3\xA9n\xC3\xA9ral ira \xC3\xA0 Gen\xC3\xA8ve ? "
                        "Combien de personnes sont dans le camp ?\n\nSPOKESPERSON: About 2,300 people.\n";
    const char *quoting = "Press release\n\nThe Mayor said: \xC2\xAB Nous sommes tr\xC3\xA8s fiers de ce projet pour la ville et "
                          "pour les habitants de la r\xC3\xA9gion. \xC2\xBB\n\nWork on the new bridge over the river starts in May.\n";
    for (int t = 0; t < 2; t++) {
        d = NULL;
        CHECK_INT(hd_doc_parse(t ? quoting : asked, strlen(t ? quoting : asked), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        CHECK_INT(d->lang, 0);
        int french = 0, other = 0;
        const char *est = strstr(d->src, "Est-ce");
        size_t at = est ? (size_t)(est - d->src) : d->len;
        for (size_t i = 0; i < d->nblocks; i++) {
            const st_block *k = &d->blocks[i];
            if (k->start <= at && at < k->end)
                french += k->lang == 1;
            else
                other += k->lang != -1;
        }
        CHECK_INT(french, !t);
        CHECK_INT(other, 0);
        hd_doc_free(d);
    }
}

/* A results release's figure lines ("GAAP EPS: $1.07; …") are no speaker's labels nor
 * headings; a header sentence that reports an event its subject chaired names no one
 * who speaks (the dispatch is narrated). */
static void test_figures_and_chairs(void)
{
    char *l = sentence_lines("Acme Reports Results\n\nAcme today reported results for the quarter.\n\n"
                             "GAAP EPS: $1.07; Non-GAAP EPS: $1.46\n\nRevenue: 12% higher\n\n"
                             "\"We delivered a record quarter,\" said Jane Roe, Chief Executive Officer.\n\n"
                             "The call is at 2 p.m.\n");
    CHECKF(l && strstr(l, "speech:-:GAAP EPS: $1.07; Non-GAAP EPS: $1.46") && strstr(l, "speech:-:The call is") &&
               !strstr(l, "heading:"), "%s", l ? l : "(null)");
    free(l);
    const char *cab = "CABINET DISPATCH\n\nHis Excellency President Jomo Kariuki chaired a meeting of the Cabinet "
                      "today. The meeting made the following resolutions:\n\nCabinet approved the Housing Bill.\n";
    l = sentence_lines(cab);
    CHECKF(l && strstr(l, ":-:Cabinet approved the Housing Bill."), "%s", l ? l : "(null)");
    free(l);
    /* a hearing's witness heading in capitals, however long, is a heading, not the
     * chair's words */
    l = sentence_lines("OVERSIGHT OF BROADBAND GRANTS\n\nHEARING\n\n    The Chairman. Our witness is Mr. Calvin Rusk. "
                       "Mr. Rusk.\n\n  STATEMENT OF CALVIN J. RUSK, ADMINISTRATOR, NATIONAL TELECOMMUNICATIONS AND "
                       "INFORMATION ADMINISTRATION, U.S. DEPARTMENT OF COMMERCE\n\n    Mr. Rusk. Thank you, Chairman.\n"
                       "    The Chairman. Senator Brashear.\n    Senator Brashear. Mr. Rusk, how many?\n");
    CHECKF(l && strstr(l, "heading:-:STATEMENT OF CALVIN J. RUSK") && strstr(l, ":s2:Thank you, Chairman."), "%s",
           l ? l : "(null)");
    free(l);
    /* but a release's lead that hands over to the remarks stays the narrator's, and
     * gives them to the person */
    l = sentence_lines("Governor Alvarez Delivers 2026 State of the State Address\n\nJanuary 13, 2026\n\n"
                       "CARSON CITY, NV - Governor Teresa Alvarez today delivered her third State of the State address "
                       "to a joint session of the Legislature. Below are her remarks as prepared for delivery:\n\n"
                       "Mr. President, Madam Speaker, members of the Legislature.\n\nThree years ago I stood here.\n");
    CHECKF(l && strstr(l, ":-:CARSON CITY") && strstr(l, "speech:s1:Three years ago I stood here."), "%s",
           l ? l : "(null)");
    free(l);
    /* a paragraph of sentences ending by opening what follows is the body's */
    l = sentence_lines("CABINET DISPATCH\n\nCabinet met at State House, Nairobi, today. The meeting made the following "
                       "resolutions:\n\nCabinet approved maize imports.\n");
    CHECKF(l && strstr(l, "speech:-:Cabinet met at State House, Nairobi, today.\n") &&
               strstr(l, "speech:-:The meeting made the following resolutions:\n"), "%s", l ? l : "(null)");
    free(l);
    /* its numbered resolutions in capitals are headings, their numbers read */
    l = sentence_lines("CABINET DISPATCH\n\nCabinet met today.\n\n1. AFFORDABLE HOUSING PROGRAMME\n\n"
                       "Cabinet noted that 124,560 units are under construction.\n\n2. FOOD SECURITY\n\n"
                       "Cabinet approved maize imports.\n");
    CHECKF(l && strstr(l, "heading:-:1. AFFORDABLE HOUSING PROGRAMME\n") && strstr(l, "heading:-:2. FOOD SECURITY\n"),
           "%s", l ? l : "(null)");
    free(l);
}

/* Lines over a headline that title nothing: an office in capitals and its holder
 * (an Australian doorstop's masthead, which names the Prime Minister), a governor's
 * masthead with her name, a release's number field. */
static void test_office_mastheads(void)
{
    const char *au = "PRIME MINISTER\nTHE HON. GRAHAM TULLOCH MP\nTRANSCRIPT\nDOORSTOP INTERVIEW\nTOWNSVILLE, QLD\n\n"
                     "PRIME MINISTER: Good morning.\n\nJOURNALIST: Prime Minister, when?\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(au, strlen(au), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK(d->title && strcmp(d->title, "PRIME MINISTER") != 0 && !strstr(d->title, "TULLOCH"));
        CHECK(d->nspeakers >= 1);
        if (d->nspeakers >= 1) {
            CHECK_STR(d->speakers[0].name, "Graham Tulloch");
            CHECK_STR(d->speakers[0].role, "Prime Minister");
        }
    }
    hd_doc_free(d);
    const char *ny = "FOR IMMEDIATE RELEASE: 7/22/2025\n\nGOVERNOR ROSALIND MERCADO-HAYES\n\n"
                     "GOVERNOR MERCADO-HAYES ANNOUNCES $85 MILLION FOR WATER INFRASTRUCTURE\n\n"
                     "Governor Rosalind Mercado-Hayes today announced $85 million for 41 projects.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(ny, strlen(ny), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->title, "GOVERNOR MERCADO-HAYES ANNOUNCES $85 MILLION FOR WATER INFRASTRUCTURE");
    hd_doc_free(d);
    /* a headline in capitals that opens with an office is still a headline */
    const char *mourns = "PRESIDENT MOURNS JOURNALIST\n\nThe President expressed sorrow at the death of the journalist.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(mourns, strlen(mourns), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->title, "PRESIDENT MOURNS JOURNALIST");
    hd_doc_free(d);
    const char *hansard = "House of Commons Debates\nVOLUME 152 NUMBER 041 | 1st SESSION | 45th PARLIAMENT\n"
                          "Thursday, November 20, 2025\n\nThe Speaker: Order.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(hansard, strlen(hansard), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK(!d->title || !strstr(d->title, "VOLUME"));
    hd_doc_free(d);
    const char *grad = "Commencement Address to the Class of 2025\nDr. Adaeze Whitford-Lamb, President, Carrow University\n"
                       "Delivered May 18, 2025\n\nThank you, Provost.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(grad, strlen(grad), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_STR(d->date, "2025-05-18");
    hd_doc_free(d);
    const char *fema = "FEMA\nRelease Number: 112\nRelease Date: August 30, 2025\n\n"
                       "Hurricane Delphine Recovery Update: Week Three\n\n"
                       "BATON ROUGE, La. - More than 58,000 households have been approved for assistance.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(fema, strlen(fema), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_STR(d->title, "Hurricane Delphine Recovery Update: Week Three");
        CHECK_STR(d->date, "2025-08-30");
    }
    hd_doc_free(d);
}

/* Who speaks a speech whose header names no one by "by": a person line ("Name MP,
 * Role") under or over the title, a byline in capitals, and, when nothing names
 * anyone, remarks that open in the speaker's own voice ("I", a greeting) go to an
 * unnamed speaker, while a third-person opening, an organisation's "we" and a printer's
 * "BY AUTHORITY OF" stay the narrator's. */
static void test_unnamed_and_person_lines(void)
{
    static const struct {
        const char *text, *name, *role; /* the one speaker, or NULL: none */
        const char *line;               /* a sentence line that must be there */
    } cases[] = {
        {"Remarks at the Harbour Forum\n\n12 March 2025\n\nThank you all for coming. I am glad to be here.\n\n"
         "When I took up this post, I promised a new sea wall. We kept that promise together.\n",
         NULL, "Speaker", "speech:s1:I am glad to be here.\n"},
        {"Speech to Autumn Conference\n\nThank you, conference.\n\nA year ago we had fifteen seats in the chamber, "
         "and today we have seventy-two of them. I thank every one of you.\n",
         NULL, "Speaker", "speech:s1:Thank you, conference.\n"},
        {"Speech to Autumn Conference\n\nEleanor Marsh MP, Leader of the Liberal Democrats\n\n"
         "Thank you, conference. I am glad to be here with you all today.\n",
         "Eleanor Marsh", "Leader of the Liberal Democrats", "meta:-:Eleanor Marsh MP, Leader of the Liberal Democrats\n"},
        {"Ana Ruiz, Minister for Coastal Affairs\nRemarks at the Harbour Forum\n\nThank you, all. I am glad to be here.\n",
         "Ana Ruiz", "Minister for Coastal Affairs", "title:-:Remarks at the Harbour Forum\n"},
        {"SPEECH BY THE PRESIDENT ANA RUIZ AT THE HARBOUR FORUM\n\nI am delighted to be here today to open the new quay.\n",
         "Ana Ruiz", "President", "speech:s1:I am delighted to be here today to open the new quay.\n"},
        /* a kind with its delivery note, and a person line in capitals */
        {"REMARKS AS PREPARED FOR DELIVERY\n\nSECRETARY OF COMMERCE DANIEL R. HOLLOWAY\nREMARKS AT THE HARBOUR SUMMIT\n\n"
         "Thank you, Maria. I am glad to be here.\n",
         "Daniel R. Holloway", "Secretary of Commerce", "title:-:REMARKS AT THE HARBOUR SUMMIT\n"},
        /* an office in capitals over the name */
        {"Check against delivery\n\nMINISTER OF STATE FOR HEALTH\nProfessor Aisling Moran TD\n\n"
         "Address to the Nursing Congress\n\nChair, colleagues, friends,\n\nI am glad to be here with you.\n",
         "Aisling Moran", "Minister of State for Health", "title:-:Address to the Nursing Congress\n"},
        /* the title's subject after "on the", whatever its capitals, is no one's name;
         * the signature under the statement names the minister, read by the narrator */
        {"Statement by the Minister for Transport on the Harbour Line Upgrade\n\n12 March 2025\n\n"
         "Work on the line will begin in May. The upgrade adds four trains an hour.\n\n"
         "Hon. Priya Castellan MP\nMinister for Transport\n",
         "Priya Castellan", "Minister for Transport", "meta:-:Minister for Transport\n"},
        {"Statement by the Minister for Health on the New Hospital Plan\n\nWe will open it next year.\n",
         NULL, "Minister for Health", "speech:s1:We will open it next year.\n"},
        {"Minister Okafor's statement on the Westbrook plant\n\nToday's news is devastating for 640 workers.\n\n"
         "Grace Okafor\nMinister for Industry\n",
         "Grace Okafor", "Minister", "speech:s1:Today's news is devastating for 640 workers.\n"},
        /* "from" and "of" before the person, with where and on what after the name */
        {"Statement from Mayor Jane Doe on the Riverside Flooding\n\nMy heart goes out to every family affected.\n",
         "Jane Doe", "Mayor", "speech:s1:My heart goes out to every family affected.\n"},
        {"Remarks of Commissioner Elena Brightwater at the Fisheries Summit\n\nThank you all for being here.\n",
         "Elena Brightwater", "Commissioner", "speech:s1:Thank you all for being here.\n"},
        /* no header at all */
        {"Thank you all for coming this evening. I know it is a Tuesday, so I will keep this short.\n\n"
         "When I started this charity, we had one van and a kitchen table.\n",
         NULL, "Speaker", "speech:s1:Thank you all for coming this evening.\n"},
        /* the narrator's */
        {"Northvale Health Board\n\nUpdate: cyber incident affecting Northvale hospitals\n\n"
         "Our hospitals remain open, but some services are running more slowly than usual this week.\n\n"
         "We are working with national partners to restore the systems as quickly as we can.\n",
         NULL, NULL, "speech:-:Our hospitals remain open, but some services are running more slowly than usual this week.\n"},
        {"Audience with rural catechists\n\nThis morning, in the great hall, the Bishop received the participants "
         "of the congress for a short audience.\n\nDear friends, I thank you for your work in the villages and the "
         "small towns where you serve.\n",
         NULL, NULL, "speech:-:This morning, in the great hall, the Bishop received the participants of the congress for a short audience.\n"},
        {"PROOF COMMITTEE HANSARD\n\nBY AUTHORITY OF THE SENATE\n\nThe transcripts of the public hearings are made "
         "available on the internet when the committee has authorised them.\n",
         NULL, NULL, "speech:-:The transcripts"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        if (cases[i].name || cases[i].role) {
            CHECKF(d->nspeakers == 1, "case %zu: %zu speakers", i, d->nspeakers);
            if (d->nspeakers >= 1) {
                CHECK_STR(d->speakers[0].name, cases[i].name);
                CHECK_STR(d->speakers[0].role, cases[i].role);
            }
        } else {
            CHECKF(d->nspeakers == 0, "case %zu: %zu speakers, the first %s", i, d->nspeakers,
                   d->nspeakers && d->speakers[0].role ? d->speakers[0].role : "");
        }
        hd_doc_free(d);
        char *l = sentence_lines(cases[i].text);
        CHECKF(l && strstr(l, cases[i].line), "case %zu:\n%s", i, l ? l : "(null)");
        free(l);
    }
    hd_doc *rd = NULL;
    const char *rt = "REMARKS AS PREPARED FOR DELIVERY\n\nREMARKS AT THE HARBOUR SUMMIT\n\nThank you. I am glad to be here.\n";
    CHECK_INT(hd_doc_parse(rt, strlen(rt), NULL, &rd, NULL), HD_OK);
    if (rd) {
        CHECK_STR(rd->kind, "Remarks");
        CHECK_STR(rd->delivery, "AS PREPARED FOR DELIVERY");
        CHECK_STR(rd->title, "REMARKS AT THE HARBOUR SUMMIT");
    }
    hd_doc_free(rd);
    /* a meeting's name in capitals is no person ("EXECUTIVE" is a role's word) */
    char *mt = sentence_lines("EXECUTIVE BUSINESS MEETING\nCommittee on Harbours\n\nThe CHAIR. Good morning. We come to order.\n\n"
                              "Senator KOWALSKI. Thank you, Madam Chair.\n");
    CHECKF(mt && strstr(mt, "title:-:EXECUTIVE BUSINESS MEETING\n"), "%s", mt ? mt : "(null)");
    free(mt);
    /* a record's opening under a header line that names its presiding officer is the
     * record's, not hers */
    char *l = sentence_lines("Debates of the Harbour Council\n\nThursday, February 13, 2025\n\n"
                       "The Honourable Lucienne Brassard, Speaker\n\n"
                       "The Council met at 2 p.m., the Speaker in the chair.\n\nPrayers.\n\n"
                       "Hon. Margaret Doyle: Honourable councillors, I rise today to speak about the ferry.\n\n"
                       "Hon. Julien Arsenault: Honourable councillors, I pay tribute to the volunteers.\n");
    CHECKF(l && strstr(l, "stage:-:The Council met at 2 p.m., the Speaker in the chair.\n") &&
               strstr(l, "meta:-:The Honourable Lucienne Brassard, Speaker\n") && strstr(l, ":Honourable councillors, I rise"),
           "%s", l ? l : "(null)");
    free(l);
    /* French: "je" speaks, an initial before a stop ("J.-C.") does not */
    l = sentence_lines("Discours\n\nMerci \xC3\xA0 tous d'\xC3\xAAtre venus. Je suis heureuse d'\xC3\xAAtre parmi vous "
                             "ce matin pour ouvrir le port.\n");
    CHECKF(l && strstr(l, "speech:s1:Je suis heureuse"), "%s", l ? l : "(null)");
    free(l);
    l = sentence_lines("D\xC3\xA9" "claration\n\nLes pays du Sud sont concern\xC3\xA9s depuis 300 av. J.-C. selon le rapport "
                       "publi\xC3\xA9 hier par la commission.\n");
    CHECKF(l && strstr(l, "speech:-:Les pays du Sud"), "%s", l ? l : "(null)");
    free(l);
}

static void test_french(void)
{
    const char *conf =
        "Conf\xC3\xA9rence de presse\navec M. Carlos Ruiz, secr\xC3\xA9taire g\xC3\xA9n\xC3\xA9ral de l'Organisation, "
        "et Mme Amina Okafor, commissaire aux affaires portuaires\nBruxelles, 12 mars 2025\n\n"
        "Mod\xC3\xA9ratrice : Bonsoir \xC3\xA0 toutes et \xC3\xA0 tous.\n\n"
        "M. Ruiz\xE2\x80\xAF: Merci beaucoup. Le plan est adopt\xC3\xA9.\n\n"
        "Question (Agence Alpha)\xC2\xA0: Qu'est-ce qui a chang\xC3\xA9 ?\n\n"
        "Mme Okafor : Le calendrier est ambitieux.\n\nSecr\xC3\xA9taire g\xC3\xA9n\xC3\xA9ral : Merci.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(conf, strlen(conf), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->lang, 1);
        CHECK_STR(d->kind, "Conf\xC3\xA9rence de presse");
        CHECK_STR(d->date, "2025-03-12");
        CHECK(d->byline && strncmp(d->byline, "avec M. Carlos Ruiz", 19) == 0);
        CHECK(d->nspeakers >= 4);
        if (d->nspeakers >= 4) {
            CHECK_STR(d->speakers[1].name, "M. Carlos Ruiz");
            CHECK_STR(d->speakers[2].outlet, "Agence Alpha");
            CHECK_STR(d->speakers[3].name, "Mme Amina Okafor");
            CHECK_STR(d->speakers[3].role, "commissaire aux affaires portuaires");
        }
    }
    hd_doc_free(d);
    char *t = sentence_lines(conf);
    CHECKF(t && strstr(t, "speech:s1:Bonsoir") && strstr(t, "speech:s2:Merci beaucoup.\n") &&
               strstr(t, "speech:s3:Qu'est-ce qui a chang\xC3\xA9 ?\n") && strstr(t, "speech:s4:Le calendrier est ambitieux.\n") &&
               strstr(t, "speech:s2:Merci.\n"),
           "%s", t);
    free(t);
    /* a speech "de" its speaker, a delivery note, salutations in the speaker's voice */
    const char *speech = "Discours de Mme H\xC3\xA9l\xC3\xA8ne Duroc, pr\xC3\xA9sidente du conseil r\xC3\xA9gional\n"
                         "Saint-Aur\xC3\xA8le, le vendredi 14 novembre 2025\nSeul le prononc\xC3\xA9 fait foi\n\n"
                         "Monsieur le Pr\xC3\xA9" "fet,\nMesdames et Messieurs,\n\nMerci d'\xC3\xAAtre venus si nombreux.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(speech, strlen(speech), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->lang, 1);
        CHECK_STR(d->kind, "Discours");
        CHECK_STR(d->date, "2025-11-14");
        CHECK_STR(d->delivery, "Seul le prononc\xC3\xA9 fait foi");
        CHECK(d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Mme H\xC3\xA9l\xC3\xA8ne Duroc") == 0);
    }
    hd_doc_free(d);
    t = sentence_lines(speech);
    CHECKF(t && strstr(t, "speech:s1:Monsieur le Pr\xC3\xA9" "fet, Mesdames et Messieurs,\n"), "%s", t);
    free(t);
    /* --lang wins over the words; an unknown language is refused */
    hd_parse_options o = hd_parse_options_default();
    o.lang = "en";
    d = NULL;
    CHECK_INT(hd_doc_parse(speech, strlen(speech), &o, &d, NULL), HD_OK);
    if (d)
        CHECK_INT(d->lang, 0);
    hd_doc_free(d);
    o.lang = "xx";
    d = NULL;
    hd_diag dg = {0};
    CHECK_INT(hd_doc_parse(speech, strlen(speech), &o, &d, &dg), HD_ERR_ARG);
    CHECK(strstr(dg.message, "unknown language") != NULL);
    /* a Spanish press conference: the language, the date with "de", labels ended by
     * ".-" as Spanish records print them, "Moderadora:" and "Periodista (Agencia X):" */
    const char *es = "Rueda de prensa conjunta\ndel ministro de Asuntos Exteriores, Tom\xC3\xA1s Ruiz\n"
                     "Bruselas, 17 de marzo de 2025\n\nModeradora: Buenas tardes. Damos comienzo a la rueda de prensa.\n\n"
                     "Sr. Ruiz: Muchas gracias. Hoy hemos cerrado una reuni\xC3\xB3n muy \xC3\xBAtil.\n\n"
                     "P.- \xC2\xBF" "Cu\xC3\xA1ndo llegar\xC3\xA1n los militares?\n\nR.- En junio.\n\n"
                     "Secretario de Estado de Comunicaci\xC3\xB3n.- \xC3\x9Altima pregunta.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(es, strlen(es), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->lang, 2);
        CHECK_STR(d->date, "2025-03-17");
        CHECK_STR(d->kind, "Rueda de prensa conjunta");
    }
    hd_doc_free(d);
    t = sentence_lines(es);
    CHECKF(t && strstr(t, "speech:s1:Buenas tardes.\n") && strstr(t, "speech:s2:Muchas gracias.\n") &&
               strstr(t, "speech:s3:\xC2\xBF" "Cu\xC3\xA1ndo llegar\xC3\xA1n los militares?\n") && strstr(t, "speech:s2:En junio.\n") &&
               strstr(t, "speech:s4:\xC3\x9Altima pregunta.\n"),
           "%s", t);
    free(t);
    /* "Last updated" sets when it changed, and dates a statement that has no date of
     * its own; a date of its own wins, before or after it */
    static const struct {
        const char *text, *date, *updated;
    } upd[] = {
        {"Statement\n\nLast updated: 20 June 2025\nPublished: 18 June 2025\n\nThe plan is on track, and we are glad.\n",
         "2025-06-18", "2025-06-20"},
        {"Board update\n\nLast updated: 14:30, Tuesday 11 March 2025\n\nOur hospitals remain open, and we thank staff.\n",
         "2025-03-11", "2025-03-11T14:30"},
    };
    for (size_t k = 0; k < sizeof upd / sizeof *upd; k++) {
        d = NULL;
        CHECK_INT(hd_doc_parse(upd[k].text, strlen(upd[k].text), NULL, &d, NULL), HD_OK);
        if (d) {
            CHECK_STR(d->date, upd[k].date);
            CHECK_STR(d->updated, upd[k].updated);
        }
        hd_doc_free(d);
    }
    /* a role ends where the occasion begins (« à l'issue de … », "tras …"); footers
     * (« Liens connexes », « Suivez-nous sur X ») are not read */
    const char *occ = "Discours de Mme Claire Vasseur, ministre de l'Europe, \xC3\xA0 l'issue de la r\xC3\xA9union des ministres\n\n"
                      "Mesdames et Messieurs, nous avons travaill\xC3\xA9 pour la paix et pour le dialogue.\n\nLiens connexes\n\n"
                      "Suivez-nous sur X\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(occ, strlen(occ), NULL, &d, NULL), HD_OK);
    if (d && d->nspeakers == 1)
        CHECK_STR(d->speakers[0].role, "ministre de l'Europe");
    else
        CHECKF(0, "speakers: %zu", d ? d->nspeakers : 0);
    hd_doc_free(d);
    t = sentence_lines(occ);
    CHECKF(t && !strstr(t, "Liens") && !strstr(t, "Suivez"), "%s", t);
    free(t);
    /* « Q - » / « R - »: a French ministry's interview, the answers the byline's person's */
    const char *qr = "Entretien de Mme Claire Vasseur, ministre de l'Europe, avec Radio Nord\n\nParis, le 4 mars 2025\n\n"
                     "Q - Madame la Ministre, pourquoi maintenant ?\n\nR - Parce que la situation l'exige.\n\n"
                     "Q - Et la suite ?\n\nR. - Nous verrons la semaine prochaine.\n";
    t = sentence_lines(qr);
    CHECKF(t && strstr(t, "speech:s1:Madame la Ministre, pourquoi maintenant ?\n") &&
               strstr(t, "speech:s2:Parce que la situation l'exige.\n") && strstr(t, "speech:s2:Nous verrons la semaine prochaine.\n"),
           "%s", t);
    free(t);
    /* quotations in « » attributed after the closing mark and its comma */
    const char *frq = "Communiqu\xC3\xA9 de presse\n\nLa ministre a pr\xC3\xA9sent\xC3\xA9 le plan.\n\n"
                      "\xC2\xAB Nous agirons vite \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 la ministre Claire Vasseur.\n";
    t = sentence_lines(frq);
    CHECKF(t && strstr(t, "speech:s1:\xC2\xAB Nous agirons vite \xC2\xBB,\n") &&
               strstr(t, "speech:-:a d\xC3\xA9" "clar\xC3\xA9 la ministre Claire Vasseur.\n"),
           "%s", t);
    free(t);
    const char *esq = "Comunicado de prensa\n\nEl Gobierno ha aprobado hoy el plan para los regantes del valle.\n\n"
                      "\xC2\xAB" "Actuaremos r\xC3\xA1pido\xC2\xBB, ha afirmado la ministra Carmen Vidal.\n";
    t = sentence_lines(esq);
    CHECKF(t && strstr(t, "speech:s1:\xC2\xAB" "Actuaremos r\xC3\xA1pido\xC2\xBB,\n"), "%s", t);
    free(t);
    /* datelines with an article (« Paris, le 3 mars 2025 » after the title, « Ottawa
     * (Ontario), le 3 mars 2025 — » and "Madrid, 3 de marzo de 2025.-" opening the body) */
    static const struct {
        const char *text, *date;
    } dl[] = {
        {"Communiqu\xC3\xA9 de presse\n\nLe ministre annonce un nouveau plan pour les transports\n\nParis, le 3 mars 2025\n\n"
         "Le ministre a annonc\xC3\xA9 aujourd'hui un plan pour les transports.\n", "2025-03-03"},
        {"Communiqu\xC3\xA9 de presse\n\nLe gouvernement investit dans le transport\n\n"
         "Ottawa (Ontario), le 4 mars 2025 \xE2\x80\x94 Le gouvernement du Canada a annonc\xC3\xA9 un investissement.\n",
         "2025-03-04"},
        {"Comunicado de prensa\n\nMadrid, 5 de marzo de 2025.- El Gobierno ha aprobado hoy el plan para los regantes del valle.\n",
         "2025-03-05"},
        /* hunt 94 d08: a period's end in a header line ("TRADING STATEMENT FOR THE YEAR
         * ENDED 28 FEBRUARY 2026") is no date of the statement; the date at its foot is */
        {"UMBONO HOLDINGS LIMITED\n(Incorporated in the Republic of South Africa)\nShare code: UMB   ISIN: ZAE000123456\n\n"
         "TRADING STATEMENT FOR THE YEAR ENDED 28 FEBRUARY 2026\n\nShareholders are advised that results for the year "
         "ended 28 February 2026 will differ by at least 20% from those of the previous period.\n\nJohannesburg\n"
         "12 May 2026\n",
         "2026-05-12"},
        /* hunt 91 d13: an event's date in the title ("… at Changi Airport on 3 August
         * 2024") gives way to the date the release was issued, at its foot; a title's
         * own date stays ("Weekly Media Briefing (August 21, 2025)") */
        {"MEDIA RELEASE\n\nFinal Report on the Serious Incident involving a Boeing 777-300ER at Changi Airport on 3 "
         "August 2024\n\nThe Transport Safety Investigation Bureau has released its final report.\n\n"
         "TRANSPORT SAFETY INVESTIGATION BUREAU\nSINGAPORE\n23 October 2025\n",
         "2025-10-23"},
        {"Weekly Media Briefing (August 21, 2025)\n\nThe minister spoke to reporters.\n\nMINISTRY OF HEALTH\n"
         "SINGAPORE\n22 August 2025\n",
         "2025-08-21"},
        {"Final Report on the Serious Incident involving a Boeing 777-300ER at Changi Airport on 3 August 2024\n\n"
         "The Bureau has released its final report.\n",
         "2024-08-03"},
        /* a wire's spaced double dashes around the dateline's date (hunt 98 d09) */
        {"Apex Wireless Announces Q3 Network Upgrades\n\nDALLAS, TX (BUSINESS WIRE) -- Oct. 7, 2025 -- Apex Wireless "
         "today announced that its network now reaches 310M people.\n",
         "2025-10-07"},
        /* the release's date under the contacts at the body's head (hunt 98 d07) */
        {"Cedar Valley Health System\n\nNews Release\n\nContact: Mark Ellison\nPhone: (319) 555-2230\n\nFor Immediate "
         "Release: Jan. 22, 2025\n\nCedar Valley Health System performs state's first robotic kidney transplant\n\n"
         "WATERLOO, Iowa - Surgeons have performed Iowa's first fully robotic kidney transplant.\n",
         "2025-01-22"},
        /* an event's date between spaced double dashes in a sentence dates nothing (a
         * review) */
        {"Apex to report third-quarter results\n\nDALLAS (BUSINESS WIRE) -- Apex Corp. (NYSE: APX) will report its "
         "third-quarter results on Thursday -- Nov. 6, 2025 -- after the market closes.\n",
         NULL},
    };
    for (size_t k = 0; k < sizeof dl / sizeof *dl; k++) {
        d = NULL;
        CHECK_INT(hd_doc_parse(dl[k].text, strlen(dl[k].text), NULL, &d, NULL), HD_OK);
        if (d)
            CHECK_STR(d->date, dl[k].date);
        hd_doc_free(d);
    }
    /* Spanish capitals: the office first, a comma, then the name */
    const char *mx = "Conferencia de prensa matutina\n\n5 de marzo de 2025\n\n"
                     "DIRECTOR GENERAL DEL INFONAVIT, OCTAVIO ROMERO OROPEZA: Buenos d\xC3\xAD" "as. Hemos entregado las viviendas.\n\n"
                     "INTERLOCUTORA: \xC2\xBF" "Cu\xC3\xA1ntas faltan?\n\n"
                     "SECRETARIO DE SEGURIDAD Y PROTECCI\xC3\x93N CIUDADANA, OMAR GARC\xC3\x8D" "A HARFUCH: Gracias.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(mx, strlen(mx), NULL, &d, NULL), HD_OK);
    if (d && d->nspeakers >= 1) {
        CHECK_STR(d->speakers[0].name, "Octavio Romero Oropeza");
        /* its small words in small letters, as a person writes it */
        CHECK_STR(d->speakers[0].role, "Director General del Infonavit");
    } else
        CHECKF(0, "no speaker");
    int found = 0;
    for (size_t k = 0; d && k < d->nspeakers; k++)
        found |= d->speakers[k].role && strcmp(d->speakers[k].role, "Secretario de Seguridad y Protecci\xC3\xB3n Ciudadana") == 0;
    CHECKF(found, "no 'Secretario de Seguridad y Protección Ciudadana'");
    hd_doc_free(d);
    /* English text stays English */
    const char *en = "Statement by the Minister\n\nThe Minister met the Governor and said that the plan is on track.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(en, strlen(en), NULL, &d, NULL), HD_OK);
    if (d)
        CHECK_INT(d->lang, 0);
    hd_doc_free(d);
}

int main(void)
{
    test_unnamed_and_person_lines();
    test_french();
    test_french_capitals();
    test_french_office_byline();
    test_site_headers();
    test_credit_lines();
    test_pronoun_attribution();
    test_appeal_attribution();
    test_room_and_notes();
    test_speech_edges();
    test_bilingual();
    test_figures_and_chairs();
    test_office_mastheads();
    test_office_comma_name();
    test_same_surname();
    test_byline();
    test_statement();
    test_plain_and_empty();
    test_markers();
    test_inaudible();
    test_labels_notes_stage();
    test_long_labels();
    test_role_short();
    test_written_question();
    test_header_titles();
    test_defined_acronyms();
    test_closing_lines();
    test_label_people();
    test_byline_person();
    test_body_dates();
    test_page_matter_round4();
    test_parliament_records();
    test_spanish_connectives();
    test_attribution_forms();
    test_site_and_signature();
    test_bold_interview_and_credit();
    test_speech_interjections();
    test_issued_statements();
    test_contacts();
    test_release_shape();
    test_copied_page();
    test_delivery_salutation();
    test_attributions();
    test_records();
    test_heading_chapters();
    test_heading_before_first_turn();
    test_time_coded();
    test_title_not_cue();
    test_lead_in();
    test_kind_in_title();
    test_portfolios_and_records();
    test_short_language();
    test_date_and_delivery();
    test_issuer_release();
    test_communique_and_chrome();
    test_declaration();
    test_attribution_after_phrase();
    test_briefing_and_release_quotes();
    test_mastheads();
    test_reading_six();
    test_reading_seven();
    test_reading_seven_guards();
    test_closing_dates();
    test_two_language_kinds();
    test_speech_people();
    test_office_of_body();
    test_not_the_deceased();
    test_surname_bank();
    return h_report("test_statement");
}
