/* Tests of speakers.c: reading cues, splitting people into role and name, resolving
 * identities across a statement. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "speakers.h"

static void test_cues(void)
{
    static const struct {
        const char *line;
        int is_cue;
        spk_cue_kind kind;
        int strong;
        const char *label, *outlet, *text;
    } cases[] = {
        {"Spokesperson Ana Ruiz: Good afternoon.", 1, CUE_NAMED, 1, "Spokesperson Ana Ruiz", "", "Good afternoon."},
        {"Secretary General: About 40 million.", 1, CUE_NAMED, 1, "Secretary General", "", "About 40 million."},
        {"MS. RUIZ:  Good afternoon.", 1, CUE_NAMED, 1, "MS. RUIZ", "", "Good afternoon."},
        {"THE PRESIDENT: Thank you.", 1, CUE_NAMED, 1, "THE PRESIDENT", "", "Thank you."},
        /* a role whose second word is in lower case, as sports clubs write them
         * (look-alikes: a written answer's heading, a sentence's possessive) */
        {"Press officer: Good evening and welcome.", 1, CUE_NAMED, 1, "Press officer", "", "Good evening and welcome."},
        {"Head coach: We were good.", 1, CUE_NAMED, 1, "Head coach", "", "We were good."},
        {"Bus services: Rural areas", 0, CUE_NAMED, 0, "", "", ""},
        /* a transcript's contents: no label ends in a join */
        {"ORAL ARGUMENT OF: PAGE", 0, CUE_NAMED, 0, "", "", ""},
        {"REBUTTAL ARGUMENT OF: PAGE", 0, CUE_NAMED, 0, "", "", ""},
        {"Our spokesperson: We were good.", 0, CUE_NAMED, 0, "", "", ""},
        {"Q    Thanks, Ana.", 1, CUE_QUESTION, 1, "Q", "", "Thanks, Ana."},
        {"Q: When?", 1, CUE_QUESTION, 1, "Q", "", "When?"},
        {"Question [Agence Nord]: How much?", 1, CUE_QUESTION, 1, "Question", "Agence Nord", "How much?"},
        {"Question (Radio Delta): Will it?", 1, CUE_QUESTION, 1, "Question", "Radio Delta", "Will it?"},
        /* who asks, bracketed after the label's colon (the UN's noon briefings) */
        {"Question: [Nadia Lamarre, Agence Globe] Has the SG spoken?", 1, CUE_QUESTION, 1, "Question",
         "Nadia Lamarre, Agence Globe", "Has the SG spoken?"},
        {"Question: (Ken Osei, Pan-African Wire) And Geneva?", 1, CUE_QUESTION, 1, "Question", "Ken Osei, Pan-African Wire",
         "And Geneva?"},
        {"Question: (inaudible) And Geneva?", 1, CUE_QUESTION, 1, "Question", "", "(inaudible) And Geneva?"},
        {"Question (retranslated): Reuters. Will it?", 1, CUE_QUESTION, 1, "Question", "", "Reuters. Will it?"},
        {"Question 2: Was it unanimous?", 1, CUE_QUESTION, 1, "Question", "", "Was it unanimous?"},
        {"QUESTION 14: And then?", 1, CUE_QUESTION, 1, "QUESTION", "", "And then?"},
        {"Q (Kestrel Wire): One more.", 1, CUE_QUESTION, 1, "Q", "Kestrel Wire", "One more."},
        {"Q [Radio Delta]:  And then?", 1, CUE_QUESTION, 1, "Q", "Radio Delta", "And then?"},
        {"Question from ITV: Prime Minister?", 1, CUE_QUESTION, 1, "Question", "ITV", "Prime Minister?"},
        {"Question from the ABC:", 1, CUE_QUESTION, 1, "Question", "ABC", ""},
        {"Question \xE2\x80\x93 Sky News:", 1, CUE_QUESTION, 1, "Question", "Sky News", ""},
        {"Q from ITV: And you?", 1, CUE_QUESTION, 1, "Q", "ITV", "And you?"},
        {"Q from the ABC:", 1, CUE_QUESTION, 1, "Q", "ABC", ""},
        {"Q \xE2\x80\x93 ITV:", 1, CUE_QUESTION, 1, "Q", "ITV", ""},
        {"Folks, I'll be honest: we have work to do.", 0, CUE_NAMED, 0, "", "", ""},
        {"(Reporter) Nikkei, Yamada: What is the outlook?", 1, CUE_QUESTION, 1, "Reporter", "Nikkei, Yamada",
         "What is the outlook?"},
        {"(Reporter) What is it?", 1, CUE_QUESTION, 1, "Reporter", "", "What is it?"},
        {"A: Because.", 1, CUE_ANSWER, 1, "A", "", "Because."},
        {"Interviewer: Welcome.", 1, CUE_INTERVIEWER, 1, "Interviewer", "", "Welcome."},
        {"Moderator: Two questions.", 1, CUE_MODERATOR, 1, "Moderator", "", "Two questions."},
        {"Dr. Ruiz: Measure.", 1, CUE_NAMED, 1, "Dr. Ruiz", "", "Measure."},
        {"President Ruiz: Thank you.", 1, CUE_NAMED, 1, "President Ruiz", "", "Thank you."},
        {"Ana Ruiz: Hello.", 1, CUE_NAMED, 0, "Ana Ruiz", "", "Hello."},
        {"Secretary General Ola Berg:", 1, CUE_NAMED, 1, "Secretary General Ola Berg", "", ""},
        {"ANA RUIZ, KESTREL RADIO HOST: Good morning.", 1, CUE_NAMED, 1, "ANA RUIZ, KESTREL RADIO HOST", "", "Good morning."},
        {"Journalist, Kestrel Radio: Minister?", 1, CUE_QUESTION, 1, "Journalist", "Kestrel Radio", "Minister?"},
        {"Ana Ruiz (Spokesperson): Welcome.", 1, CUE_NAMED, 1, "Ana Ruiz", "Spokesperson", "Welcome."},
        {"Tom Hale (Kestrel Radio): Welcome.", 1, CUE_INTERVIEWER, 1, "Tom Hale", "Kestrel Radio", "Welcome."},
        {"Nordic media: A question.", 1, CUE_QUESTION, 1, "Nordic media", "Nordic media", "A question."},
        /* (a rank in retirement, and ranks without stops, as India's briefings write
         * them; hunt 95 d06, d38) */
        {"Lt. Gen. (Retd.) Anil Menon: Good evening.", 1, CUE_NAMED, 1, "Lt. Gen. (Retd.) Anil Menon", "",
         "Good evening."},
        {"Lt Gen R.K. Menon, Member, NDMA: Good evening.", 1, CUE_NAMED, 0, "Lt Gen R.K. Menon, Member, NDMA", "",
         "Good evening."},
        /* (a prize's category and its language: no one's label; hunt 95 d04) */
        {"Fiction (English): \"The Weight of Rain\" by Wanjiru Kamau", 0, CUE_NAMED, 0, "", "", ""},
        {"Ruiz (Moderator): Welcome.", 1, CUE_NAMED, 1, "Ruiz", "Moderator", "Welcome."},
        /* (a masthead's word in lower case names no outlet: a gallery's hours; hunt 95 d01) */
        {"Opening times: Daily 10am to 6pm.", 0, CUE_NAMED, 0, "", "", ""},
        {"THE TIMES: When will it open?", 1, CUE_QUESTION, 1, "THE TIMES", "THE TIMES", "When will it open?"},
        {"Kestrel Radio: Minister, welcome.", 1, CUE_QUESTION, 1, "Kestrel Radio", "Kestrel Radio", "Minister, welcome."},
        {"Ana Ruiz (00:22):", 1, CUE_NAMED, 1, "Ana Ruiz", "", ""},
        {"Ana Ruiz: (00:22) Good evening.", 1, CUE_NAMED, 1, "Ana Ruiz", "", "Good evening."},
        {"Speaker 3 (1:03:05): Governor?", 1, CUE_NAMED, 1, "Speaker 3", "", "Governor?"},
        {"Q. Are you accusing anyone?", 1, CUE_QUESTION, 1, "Q", "", "Are you accusing anyone?"},
        {"Chairman FENWICK. The subcommittee will come to order.", 1, CUE_NAMED, 1, "Chairman FENWICK", "", "The subcommittee will come to order."},
        /* hunt 92 d04: a name opening with an ʻokina (a turned comma, a left quotation
         * mark or an apostrophe), as Tongan and Hawaiian names do */
        {"Director \xE2\x80\x98Ofa Fa\xE2\x80\x98" "anunu: We are forecasting a surge.", 1, CUE_NAMED, 1,
         "Director \xE2\x80\x98Ofa Fa\xE2\x80\x98" "anunu", "", "We are forecasting a surge."},
        {"\xCA\xBB" "Akilisi Pohiva: Thank you.", 1, CUE_NAMED, 0, "\xCA\xBB" "Akilisi Pohiva", "", "Thank you."},
        /* a title of two words before the surname in capitals */
        {"Ranking Member FIELDING. Thank you, Mr. Chairman.", 1, CUE_NAMED, 1, "Ranking Member FIELDING", "", "Thank you, Mr. Chairman."},
        {"Vice Chair OKORO. The gentleman yields back.", 1, CUE_NAMED, 1, "Vice Chair OKORO", "", "The gentleman yields back."},
        /* (a sentence that opens with the words is no cue) */
        {"Ranking Member Fielding asked about the dams.", 0, 0, 0, NULL, NULL, NULL},
        /* a programme's lead-in, a note in brackets after it: no one's label */
        {"Programme (subject to change):", 0, 0, 0, NULL, NULL, NULL},
        {"Provisional Programme:", 0, 0, 0, NULL, NULL, NULL},
        /* (a person with a note in brackets stays one) */
        {"Ana Ruiz (via video link): Good morning.", 1, CUE_NAMED, 1, "Ana Ruiz", "", "Good morning."},
        /* hunt 108 d01: a surname that ends a kind of more words ("Town hall") names a
         * person; the kind whole is no one */
        {"SARAH HALL: Good afternoon.", 1, CUE_NAMED, 1, "SARAH HALL", "", "Good afternoon."},
        {"Andrew Call: Thanks.", 1, CUE_NAMED, 0, "Andrew Call", "", "Thanks."},
        {"Ms. OKAFOR. Thank you.", 1, CUE_NAMED, 1, "Ms. OKAFOR", "", "Thank you."},
        {"The CHAIRMAN. Without objection.", 1, CUE_NAMED, 1, "The CHAIRMAN", "", "Without objection."},
        {"The PRESIDING OFFICER. The Senator from Oregon.", 1, CUE_NAMED, 1, "The PRESIDING OFFICER", "", "The Senator from Oregon."},
        {"HR/VP Fenwick: Good morning.", 1, CUE_NAMED, 1, "HR/VP Fenwick", "", "Good morning."},
        {"STAFF: Last question.", 1, CUE_MODERATOR, 1, "STAFF", "", "Last question."},
        /* how the question came, in brackets, is no outlet */
        {"Q (As interpreted): Why now?", 1, CUE_QUESTION, 1, "Q", "", "Why now?"},
        {"QUESTION (Through interpreter): And the budget?", 1, CUE_QUESTION, 1, "QUESTION", "", "And the budget?"},
        /* a committee's question numbers: a range, or a space after the Q */
        {"Q102-103 Chair: What happened?", 1, CUE_NAMED, 1, "Chair", "", "What happened?"},
        {"Q 104 Chair: And since then?", 1, CUE_NAMED, 1, "Chair", "", "And since then?"},
        /* an earnings call's answer, named after the dash */
        {"A - Victor Asante: No single customer.", 1, CUE_NAMED, 1, "Victor Asante", "", "No single customer."},
        {"A - France does not pay ransoms.", 1, CUE_ANSWER, 0, "A", "", "France does not pay ransoms."},
        /* a label in capitals and a stop before a direction */
        {"CHAIR HARMON. [Laughter] It's very early days.", 1, CUE_NAMED, 1, "CHAIR HARMON", "",
         "[Laughter] It's very early days."},
        {"CHAIR HARMON. (Laughter.) Yes.", 1, CUE_NAMED, 1, "CHAIR HARMON", "", "(Laughter.) Yes."},
        /* not cues */
        {"Department Press Briefings : Department Press Briefing", 0, 0, 0, NULL, NULL, NULL},
        {"TOWN HALL: Doors open at seven.", 0, 0, 0, NULL, NULL, NULL},
        {"Earnings Call: Doors open at seven.", 0, 0, 0, NULL, NULL, NULL},
        {"We have news: good news.", 0, 0, 0, NULL, NULL, NULL},
        {"The EU. That is all.", 0, 0, 0, NULL, NULL, NULL},
        /* weak: a printed record's label only where such labels come back */
        {"Mr. Hale. He spoke.", 1, CUE_NAMED, 0, "Mr. Hale", "", "He spoke."},
        {"Note: the figures are provisional.", 0, 0, 0, NULL, NULL, NULL},
        /* a label ending in a word that names a notice or section, or a word alone
         * that names a section by its ending; a preposition opening a sentence
         * (look-alikes: a person's label, a surname) */
        {"Visa Services Update: Interview Waiver Changes Effective Today", 0, 0, 0, NULL, NULL, NULL},
        {"Exemptions: Applicants for A-1 visas remain eligible.", 0, 0, 0, NULL, NULL, NULL},
        {"Under PM Surya Ghar: Muft Bijli Yojana, over 10 lakh homes have solar.", 0, 0, 0, NULL, NULL, NULL},
        {"Consul General Ana Ruiz: Good morning.", 1, CUE_NAMED, 1, "Consul General Ana Ruiz", "", "Good morning."},
        {"Stevens: Good morning.", 1, CUE_NAMED, 0, "Stevens", "", "Good morning."},
        {"Our goal: safer rivers.", 0, 0, 0, NULL, NULL, NULL},
        {"He said: we will act.", 0, 0, 0, NULL, NULL, NULL},
        {"Kunal, on the students: we are in touch.", 0, 0, 0, NULL, NULL, NULL},
        {"Mr Gareth Pryce (Monmouth West) (Con): I thank the Minister.", 1, CUE_NAMED, 1,
         "Mr Gareth Pryce", "Monmouth West", "I thank the Minister."},
        {"LB\tHello and welcome.", 1, CUE_NAMED, 1, "LB", "", "Hello and welcome."},
        {"QUESTION SCHULTE: Ms Weiss, when?", 1, CUE_QUESTION, 1, "SCHULTE", "", "Ms Weiss, when?"},
        {"Unidentified Reporter: Is it true?", 1, CUE_QUESTION, 1, "Unidentified Reporter", "", "Is it true?"},
        {"US\tand more", 0, 0, 0, NULL, NULL, NULL},
        {"Tom Hale, correspondent: Thank you.", 1, CUE_NAMED, 0, "Tom Hale, correspondent", "", "Thank you."},
        {"Thank you, Jonas: it was good.", 0, 0, 0, NULL, NULL, NULL},
        {"Time: 10:30", 0, 0, 0, NULL, NULL, NULL},
        {"Queen Street is closed.", 0, 0, 0, NULL, NULL, NULL},
        {"Quality matters: always.", 0, 0, 0, NULL, NULL, NULL},
        {"See https://example.org: it explains.", 0, 0, 0, NULL, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *s = cases[i].line;
        spk_cue c;
        int got = spk_read_cue(s, 0, strlen(s), &c);
        CHECKF(got == cases[i].is_cue, "'%s': cue %d, want %d", s, got, cases[i].is_cue);
        if (!got || !cases[i].is_cue)
            continue;
        CHECKF(c.kind == cases[i].kind, "'%s': kind %d, want %d", s, c.kind, cases[i].kind);
        CHECKF(c.strong == cases[i].strong, "'%s': strong %d", s, c.strong);
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s", (int)(c.label_end - c.label_start), s + c.label_start);
        CHECK_STR(buf, cases[i].label);
        snprintf(buf, sizeof buf, "%.*s", (int)(c.outlet_end - c.outlet_start), s + c.outlet_start);
        CHECK_STR(buf, cases[i].outlet);
        CHECK_STR(s + c.text_start, cases[i].text);
    }
}

static void test_split(void)
{
    static const struct {
        const char *in, *role, *name;
    } cases[] = {
        {"Spokesperson Ana Ruiz", "Spokesperson", "Ana Ruiz"},
        /* an academic's title, then where the person teaches (hunt 102 d12) */
        {"Professor Kenneth Hale, University of Leeds", "Professor, University of Leeds", "Kenneth Hale"},
        {"Professor Kenneth Hale, London", "Professor", "Kenneth Hale"},
        /* the description's own comma before what the statement is about (hunt 100 d10) */
        {"the Special Rapporteur on torture, Gina Romero-Valdez, at the end of her visit", "Special Rapporteur on torture",
         "Gina Romero-Valdez"},
        /* a park's ranger, his rank before (hunt 101 d05) */
        {"Senior Ranger Tom Ashby", "Senior Ranger", "Tom Ashby"},
        {"Chief Ranger Lucia Ortega", "Chief Ranger", "Lucia Ortega"},
        /* after an office's comma, a given name and a surname that is an office's word
         * too is the person */
        {"Secretary of the Guild, Professor Nicola Warden", "Secretary of the Guild", "Professor Nicola Warden"},
        {"Director, Senior Ranger", "Director, Senior Ranger", NULL},
        /* two capitals before one surname are initials, not a role (hunt 101 d06);
         * a role's letters stay the role */
        {"RJ Scarborough", NULL, "RJ Scarborough"},
        {"TJ Okafor", NULL, "TJ Okafor"},
        {"MP Ruiz", "MP", "Ruiz"},
        {"CS Duale", "CS", "Duale"},
        {"SM Krishna", NULL, "SM Krishna"},
        {"HC Verma", NULL, "HC Verma"},
        {"PS Muthoni", "PS", "Muthoni"},
        /* a form of address before a given name and an office's word as the surname
         * (the review of hunt 101's rules) */
        {"Professor Nicola Ranger", "Professor", "Nicola Ranger"},
        {"Dr Nicola Constable", NULL, "Dr Nicola Constable"},
        /* a Malaysian style after a byline's office: no "by" in the role (hunt 101 d03) */
        {"by Minister of Tourism, Datuk Seri Haris Ibrahim", "Minister of Tourism", "Datuk Seri Haris Ibrahim"},
        {"by the Minister of Tourism Datuk Seri Haris Ibrahim", "Minister of Tourism", "Datuk Seri Haris Ibrahim"},
        /* Malaysia's styles open the name (hunt 100 d09) */
        {"Group Managing Director Tan Sri Lim Wei Keat", "Group Managing Director", "Tan Sri Lim Wei Keat"},
        {"Dato' Sri Aminah Yusof, Chairman", "Chairman", "Dato' Sri Aminah Yusof"},
        {"Chairman Tan Wei Ming", "Chairman", "Tan Wei Ming"},
        /* an "and" inside the office's brackets joins no one (hunt 98) */
        {"Mr. Tan Wei Jie, Director-General (Telecoms and Post)", "Director-General (Telecoms and Post)", "Mr. Tan Wei Jie"},
        {"Tan Wei Jie, Director (Policy and Planning)", "Director (Policy and Planning)", "Tan Wei Jie"},
        /* an office whose portfolio is in lower case, then the name (hunt 95 d07) */
        {"Chair of judges Alasdair Finlay", "Chair of judges", "Alasdair Finlay"},
        {"Head of research Ana Ruiz", "Head of research", "Ana Ruiz"},
        /* a unit's number after its name is the role's (hunt 95 d08) */
        {"Beth Ordway, Captain, Engine 42", "Captain, Engine 42", "Beth Ordway"},
        /* hunt 93 d09: a name of four words after the office's comma; look-alike: a
         * place there is where the office is held */
        {"the Minister of Health, Jane Ruth Aceng Ocero", "Minister of Health", "Jane Ruth Aceng Ocero"},
        {"the Chief Constable, West Yorkshire", "Chief Constable, West Yorkshire", NULL},
        /* hunt 92 d09: a title after the office's comma goes with the name */
        {"the Chairperson of the Electoral Commission, Justice (Rtd) Amelia Banda", "Chairperson of the Electoral Commission",
         "Justice (Rtd) Amelia Banda"},
        {"the General Secretary of the Royal College of Nursing, Professor Nicola Ranger",
         "General Secretary of the Royal College of Nursing", "Professor Nicola Ranger"},
        /* hunt 92 d11: a body's name ("… Workers' Federation") is no person's */
        {"the General Secretary of the Transport and General Workers' Federation, Kofi Mensah-Bonsu",
         "General Secretary of the Transport and General Workers' Federation", "Kofi Mensah-Bonsu"},
        {"the Rector of Laval-Riviere University", "Rector of Laval-Riviere University", NULL},
        /* hunt 92 d12: two given names and a middle initial (Philippine names); an
         * office's last word after its "of" is no given name */
        {"Comelec Chairman George Erwin M. Garcia", "Comelec Chairman", "George Erwin M. Garcia"},
        {"Spokesperson John Rex C. Laudiangco", "Spokesperson", "John Rex C. Laudiangco"},
        {"Secretary of the Navy Robert T. Hale", "Secretary of the Navy", "Robert T. Hale"},
        {"Director \xE2\x80\x98Ofa Fa\xE2\x80\x98" "anunu", "Director", "\xE2\x80\x98Ofa Fa\xE2\x80\x98" "anunu"},
        {"Premier \xCA\xBB" "Akilisi Pohiva", "Premier", "\xCA\xBB" "Akilisi Pohiva"},
        {"Ms. Ruiz", NULL, "Ms. Ruiz"},
        {"The President", "President", NULL},
        {"President Ruiz", "President", "Ruiz"},
        {"by the High Representative for Maritime Affairs Lena Holt", "High Representative for Maritime Affairs", "Lena Holt"},
        {"the Minister of Transport of Portugal, Rui Almeida", "Minister of Transport of Portugal", "Rui Almeida"},
        {"with Dr. Ana Ruiz, Chief Scientist of the Coastal Observatory", "Chief Scientist of the Coastal Observatory", "Dr. Ana Ruiz"},
        {"by the Director of the Harbour Museum Tomas Eriksen", "Director of the Harbour Museum", "Tomas Eriksen"},
        {"by the Governor in a press gaggle", "Governor", NULL},
        {"by President Ruiz at the European Parliament Plenary", "President", "Ruiz"},
        {"Secretary of State Blinken", "Secretary of State", "Blinken"},
        {"by President Hale Before Departing for the Summit", "President", "Hale"},
        {"by President Laura M. Hill in Address to the Nation", "President", "Laura M. Hill"},
        {"by Vice President Ana Ruiz on Coastal Safety", "Vice President", "Ana Ruiz"},
        {"by the Special Rapporteur on Water Ana Ruiz", "Special Rapporteur on Water", "Ana Ruiz"},
        {"by the Prime Minister on Storm Brenna", "Prime Minister", NULL},
        {"by the Governor at Port Calder", "Governor", NULL},
        {"by the Kingdom of Valdoria on a Strategic Partnership", "Kingdom of Valdoria", NULL},
        {"by the Minister for Foreign Affairs Ana Ruiz", "Minister for Foreign Affairs", "Ana Ruiz"},
        /* "and" inside a portfolio, not between two people */
        {"Minister for Trade and Industry Ana Ruiz", "Minister for Trade and Industry", "Ana Ruiz"},
        {"Secretary of State for Health and Social Care Tom Hale", "Secretary of State for Health and Social Care",
         "Tom Hale"},
        {"Minister for Sustainability and the Environment Grace Lim",
         "Minister for Sustainability and the Environment", "Grace Lim"},
        {"Minister for Trade and Ana Ruiz", "Minister for Trade", NULL},
        /* (the portfolio to the end, as Hansard's labels have it before the holder's
         * name in brackets) */
        {"The Secretary of State for Health and Social Care", "Secretary of State for Health and Social Care", NULL},
        /* a participle's phrase before the subject of "said" */
        {"Speaking at the Secretariat, the Chief Minister", "Chief Minister", NULL},
        {"Acting Director Ana Ruiz", "Acting Director", "Ana Ruiz"},
        /* one word, "and", then what the person is in lower case: one person */
        {"Driver and workplace rep Tasha Benyon", "Driver and workplace rep", "Tasha Benyon"},
        /* a rank before the name is the person's, not the office's; a rank alone is the role */
        {"Pentagon Press Secretary Col. Dana R. Whitfield", "Pentagon Press Secretary", "Col. Dana R. Whitfield"},
        {"Chief of Staff Lt. Gen. Mark Hale", "Chief of Staff", "Lt. Gen. Mark Hale"},
        {"Maj. Gen. Colin Bremer", "Maj. Gen.", "Colin Bremer"},
        {"by High Representative Dario Fenwick upon arrival at the Council", "High Representative", "Dario Fenwick"},
        {"The Rt Hon Ana Ruiz MP", NULL, "Ana Ruiz"},
        {"A. Ruiz", NULL, "A. Ruiz"},
        {"HR/VP Fenwick", "HR/VP", "Fenwick"},
        {"Co-Chair Ana Ruiz", "Co-Chair", "Ana Ruiz"},
        /* found in review: an office of one word after the comma stays; "at the" is a
         * topic's join; capitals whose lower case is shorter ("ẞ") */
        {"Minister for Trade, Vice-President Ana Ruiz", "Minister for Trade, Vice-President", "Ana Ruiz"},
        {"Chair of the Finance Committee, Senator Ana Ruiz", "Chair of the Finance Committee, Senator", "Ana Ruiz"},
        {"the Governor at the White House", "Governor", NULL},
        {"ANNA \xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E"
         "\xE1\xBA\x9E\xE1\xBA\x9E, REPORTER", "REPORTER", "ANNA \xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E"
         "\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E\xE1\xBA\x9E"},
        /* a name, its comma, an office; in capitals as in mixed case */
        {"INGRID FALK, TEAM PRINCIPAL", "Team Principal", "Ingrid Falk"},
        {"Danielle Pryor, Reporter", "Reporter", "Danielle Pryor"},
        {"Senior Curator Ana Ruiz", "Senior Curator", "Ana Ruiz"},
        /* "of the" before a name is no topic's join */
        {"Republic of the Philippines, Department of Foreign Affairs",
         "Republic of the Philippines, Department of Foreign Affairs", NULL},
        /* an office, a comma, then the person with the title or style the office says
         * already; an office of its own after the comma stays; two people stay two */
        {"Chief Rabbi of the Federation of Coastal Congregations, Rabbi Eliezer Hartman",
         "Chief Rabbi of the Federation of Coastal Congregations", "Eliezer Hartman"},
        {"Chief Rabbi, Rabbi Eliezer Hartman", "Chief Rabbi", "Eliezer Hartman"},
        {"Archbishop of Westhaven, the Most Revd Dr Paul Okoro", "Archbishop of Westhaven", "Dr Paul Okoro"},
        {"Minister of Finance, Deputy Prime Minister Ana Ruiz", "Minister of Finance, Deputy Prime Minister", "Ana Ruiz"},
        {"the Chair of the Federation of Coastal Towns, Ann Hale", "Chair of the Federation of Coastal Towns", "Ann Hale"},
        {"Governor Ingrid Holm, Deputy Governor Tomas Okonjo", "Governor", "Ingrid Holm"},
        /* an office numbered (background briefings): the number is the office's */
        {"Senior State Department Official One", "Senior State Department Official One", NULL},
        {"Senior Administration Official 2", "Senior Administration Official 2", NULL},
        {"Pope John Paul Two", "Pope", "John Paul Two"},
        /* an office, a comma, then a style before the name: the style goes; a comma
         * that closed the apposition too */
        {"The Prime Minister, Rt Hon Rowan Hale MP,", "Prime Minister", "Rowan Hale"},
        {"Chancellor, The Rt Hon Ann Lee MP", "Chancellor", "Ann Lee"},
        {"Minister for Trade, Hon Ann Lee", "Minister for Trade", "Ann Lee"},
        /* a group's and a country's letters in brackets: where she sits */
        {"Rapporteur Ana Petrescu (EPP, RO)", "Rapporteur", "Ana Petrescu"},
        /* a label's role, then the person's style: the style is hers */
        {"Guest Hon. Claire Dufresne, Minister of Housing", "Guest", "Claire Dufresne"},
        {"Ann Lee (S&D, DE)", NULL, "Ann Lee"},
        {"Ana Ruiz (Spokesperson)", "Spokesperson", "Ana Ruiz"},
        /* "at" an occasion is no part of the office, nor its capitals a name; "at" a
         * department is */
        {"the President at a Reception for Black History Month", "President", NULL},
        {"the Taoiseach at the Launch of the National Housing Plan", "Taoiseach", NULL},
        {"the President at Arlington National Cemetery", "President", NULL},
        {"Minister of State at the Department of Health Ana Ruiz", "Minister of State at the Department of Health",
         "Ana Ruiz"},
        /* a byline's "by" and an office whose word comes later go */
        {"by the Transport Secretary, Rt Hon Marcus Odenwald MP", "Transport Secretary", "Marcus Odenwald"},
        /* after a form of address, an office's word that is also a given name is his
         * name; a judge's style stays an office */
        {"Mr. Dean Harlan", NULL, "Mr. Dean Harlan"},
        {"Ms Earl Okafor", NULL, "Ms Earl Okafor"},
        {"Mr Justice Harlan", "Mr Justice", "Harlan"},
        {"Dean Ana Ruiz", "Dean", "Ana Ruiz"},
        {"Mr. President", "Mr. President", NULL},
        /* (hunt 66) "on" or "at" after a whole office: the topic or the place, in
         * capitals too; a surname's particles after an office; "En Route" */
        {"the Secretary of Commerce on Quarterly Trade Data", "Secretary of Commerce", NULL},
        {"the Secretary-General on Drought", "Secretary-General", NULL},
        {"Governor of the Central Bank of Ireland at the Dublin Economic Workshop",
         "Governor of the Central Bank of Ireland", NULL},
        {"Principal Deputy Press Secretary Harrison Fields En Route Palm Beach, Florida",
         "Principal Deputy Press Secretary", "Harrison Fields"},
        {"President von der Leyen", "President", "von der Leyen"},
        /* a peer's title is the name Hansard labels them by; a Lord's office is not */
        {"Lord Khan of Burnley", NULL, "Lord Khan of Burnley"},
        {"The Earl of Kinnoull", NULL, "The Earl of Kinnoull"},
        {"Lord Chancellor", "Lord Chancellor", NULL},
        {"Lord Mayor of London", "Lord Mayor of London", NULL},
        /* a parliamentarian's style and letters around a name: a name, whatever its
         * last word; a given name before an office's word that is also a surname is a
         * person (look-alikes: the office after its own modifiers) */
        /* two forms of address before a name are both the name's */
        {"Professor Sir Stephen Darrow, NHS National Medical Director", "NHS National Medical Director",
         "Professor Sir Stephen Darrow"},
        {"Dr Dame Ann Lee, Chief Nurse", "Chief Nurse", "Dr Dame Ann Lee"},
        {"THE HON HELEN BISHOP MP", NULL, "Helen Bishop"},
        {"The Hon. Alan King MLA", NULL, "Alan King"},
        {"The Rt Hon Keir Starmer KCB KC MP", NULL, "Keir Starmer"},
        {"The Hon. Justice Ana Ruiz", "Hon. Justice", "Ana Ruiz"},
        {"HELEN BISHOP", NULL, "Helen Bishop"},
        {"Ana Dean", NULL, "Ana Dean"},
        {"District Judge", "District Judge", NULL},
        {"Crown Prince", "Crown Prince", NULL},
        {"Auxiliary Bishop", "Auxiliary Bishop", NULL},
        {"Deputy Speaker", "Deputy Speaker", NULL},
        {"Lord Mayor", "Lord Mayor", NULL},
        {"London Mayor", "London Mayor", NULL},
        /* an office for a body, after an article or not, names no one; "our" is no part
         * of an office (look-alike: a name between the office and "of") */
        {"A spokesperson for Coral Sky Airlines", "Spokesperson for Coral Sky Airlines", NULL},
        {"Spokesperson for Harbour Transit", "Spokesperson for Harbour Transit", NULL},
        {"A spokesperson for the Ministry of Health", "Spokesperson for the Ministry of Health", NULL},
        {"Commissioner of the Police Ana Ruiz", "Commissioner of the Police", "Ana Ruiz"},
        {"Our Chief Operating Officer, Marcus Tenney", "Chief Operating Officer", "Marcus Tenney"},
        {"Special Agent in Charge Dana Roe of the Westbrook Field Office", "Special Agent in Charge", "Dana Roe"},
        /* a name's degrees after its comma are no office; a dash between the name and
         * the office is a comma */
        {"Dr. Samuel Reyes-Whitaker, MD, MPH, County Health Officer", "County Health Officer",
         "Dr. Samuel Reyes-Whitaker"},
        {"Dr. Kaja Nieminen \xE2\x80\x93 State Epidemiologist", "State Epidemiologist", "Dr. Kaja Nieminen"},
        /* a short title, then the unit it heads after a second comma (look-alikes: a
         * second person after it; an outlet's name; French keeps its own rules) */
        {"Dana Whitfield, Director, Emergency Management", "Director, Emergency Management", "Dana Whitfield"},
        {"Adaeze Brennan, Vice President, Investor Relations", "Vice President, Investor Relations",
         "Adaeze Brennan"},
        {"Mary Bill, Chair, Riverside Residents Association", "Chair, Riverside Residents Association", "Mary Bill"},
        {"Ana Ruiz, Director, Tom Hale", "Director", "Ana Ruiz"},
        {"Tom Hale, Host, Kestrel Radio", "Host", "Tom Hale"},
        /* an office whose department's name holds commas is one role (look-alike: a
         * role and a place after it) */
        {"The Minister of State, Foreign, Commonwealth and Development Office", "Minister of State, Foreign, "
         "Commonwealth and Development Office", NULL},
        {"Parliamentary Under-Secretary of State, Department for Environment, Food and Rural Affairs",
         "Parliamentary Under-Secretary of State, Department for Environment, Food and Rural Affairs", NULL},
        /* GOV.UK's "From:": a department, then the minister by her style */
        {"HM Treasury and The Rt Hon Rachel Reeves MP", NULL, "Rachel Reeves"},
        {"Department for Environment, Food & Rural Affairs and The Rt Hon Steve Reed MP", NULL, "Steve Reed"},
        /* this session's: two offices joined before the name; an administrator; a
         * portfolio's word after the office's; four words after a form of address; an
         * office of a body whose last word is a body's */
        {"FPL President and CEO Armando Pimentel", "FPL President and CEO", "Armando Pimentel"},
        {"WSDOT Program Administrator Omar Jepperson", "WSDOT Program Administrator", "Omar Jepperson"},
        {"The Minister for National Development", "Minister for National Development", NULL},
        {"Mr Louis Ng Kok Kwang", NULL, "Mr Louis Ng Kok Kwang"},
        {"General Secretary of the All India Trade Union Congress", "General Secretary of the All India Trade Union "
         "Congress", NULL},
        {"Chief Executive Officer, National Association of Community Health Centers",
         "Chief Executive Officer, National Association of Community Health Centers", NULL},
        /* look-alikes: two people joined; a surname after a secretary of state */
        {"President Ana Ruiz and CEO Tom Hale", "President", "Ana Ruiz"},
        {"Secretary of State Rubio", "Secretary of State", "Rubio"},
        /* look-alikes: an office's own "on", "of" */
        {"Special Rapporteur on Water", "Special Rapporteur on Water", NULL},
        {"Secretary of Defense", "Secretary of Defense", NULL},
        {"Minister of Economy, Trade and Industry Kenji Muto", "Minister of Economy, Trade and Industry", "Kenji Muto"},
        {"Minister of Economy, Trade and Industry", "Minister of Economy, Trade and Industry", NULL},
        /* hunt 107: a law firm's office */
        {"Managing Partner Robert Kane", "Managing Partner", "Robert Kane"},
        /* hunt 113, review 128: a peer's style after an office's word is the name's; an
         * office shorter than the style (read past its start under ASan once) */
        {"Science Minister Lord Vallance", "Science Minister", "Lord Vallance"},
        {"First Lady Obama", "First Lady", "Obama"},
        {"Rep. Hale", "Rep.", "Hale"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *role = NULL, *name = NULL;
        CHECK_INT(spk_split_person(cases[i].in, &role, &name), HD_OK);
        CHECKF((!role && !cases[i].role) || (role && cases[i].role && !strcmp(role, cases[i].role)),
               "'%s': role [%s], want [%s]", cases[i].in, role ? role : "(null)",
               cases[i].role ? cases[i].role : "(null)");
        CHECKF((!name && !cases[i].name) || (name && cases[i].name && !strcmp(name, cases[i].name)),
               "'%s': name [%s], want [%s]", cases[i].in, name ? name : "(null)",
               cases[i].name ? cases[i].name : "(null)");
        free(role);
        free(name);
    }
}

/* Who speaks each sentence, through the whole parser. */
static void test_identities(void)
{
    const char *text =
        "Joint press conference\n\n"
        "by the Secretary General Ola Berg and Spokesperson Ana Ruiz after the meeting\n\n"
        "Spokesperson Ana Ruiz: Good afternoon. Over to you, Ola.\n\n"
        "Secretary General Ola Berg: Thank you, Ana. We agreed.\n\n"
        "Question [Agence Nord]: How much?\n\n"
        "Secretary General: Forty million.\n\n"
        "Berg is a name here: not a cue.\n\n"
        "Question (Radio Delta): Who pays?\n\n"
        "Q: And when?\n\n"
        "Question [Agence Nord]: One more?\n\n"
        "MR. BERG: Next year.\n"
        "And that is all.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    static const char *const want[] = {
        "s1", "s1",             /* Ruiz, first heard: s1 */
        "s2", "s2",             /* Berg */
        "s3",                   /* Agence Nord */
        "s2",                   /* role only: Berg */
        "s2",                   /* unlabelled: the last speaker */
        "s4",                   /* Radio Delta */
        "s5",                   /* Q */
        "s3",                   /* Agence Nord again: the same journalist */
        "s2", "s2",             /* surname only: Berg, and the line after */
    };
    size_t n = hd_doc_sentence_count(d);
    CHECK_INT(n, sizeof want / sizeof *want + 2); /* title, byline */
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof want / sizeof *want; i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        if (strcmp(s.kind, "speech") != 0)
            continue;
        CHECKF(s.speaker && strcmp(s.speaker, want[k]) == 0, "sentence '%s': speaker %s, want %s",
               s.text, s.speaker ? s.speaker : "null", want[k]);
        /* The label is never part of the speech. */
        CHECKF(!strstr(s.text, "Question") && !strstr(s.text, "MR. BERG"), "label spoken: %s", s.text);
        k++;
    }
    CHECK_INT(d->nspeakers, 5);
    if (d->nspeakers == 5) {
        CHECK_STR(d->speakers[1].name, "Ola Berg");
        CHECK_STR(d->speakers[1].role, "Secretary General");
        CHECK_STR(d->speakers[2].outlet, "Agence Nord");
        CHECK_STR(d->speakers[4].role, "Questioner");
    }
    hd_doc_free(d);

    /* Without any strong cue, a name-like label is text; used twice, it is a cue. */
    const char *once = "Statement\n\nby the Mayor Lena Holt\n\nAna Ruiz: a friend of the city.\n\nWe thank her.\n";
    CHECK_INT(hd_doc_parse(once, strlen(once), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->nspeakers, 1);
        hd_sentence s;
        hd_doc_sentence(d, 2, &s);
        CHECK(strstr(s.text, "Ana Ruiz:") == s.text);
        hd_doc_free(d);
    }
    const char *twice = "Interview\n\nAna Ruiz: Hello.\n\nTom Berg: Hi.\n\nAna Ruiz: Bye.\n";
    CHECK_INT(hd_doc_parse(twice, strlen(twice), NULL, &d, NULL), HD_OK);
    if (d) {
        CHECK_INT(d->nspeakers, 2);
        hd_doc_free(d);
    }
}

/* Press releases: a quotation is voiced by the person it is attributed to. */
static void test_quotations(void)
{
    const char *text =
        "PRESS RELEASE\n\nFor immediate release: 2 April 2025\n\n"
        "Harbour opens new berths\n\n"
        "The harbour opened twenty berths today. \"It is a good day,\" said Gov. Lena Holt. "
        "\"Boats need room.\"\n\n"
        "\xE2\x80\x9CWe will keep going,\xE2\x80\x9D added Dr. Ines Varga, who leads the works.\n\n"
        "Visitors called it \"a fine place\" on Sunday.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    static const struct {
        const char *text, *speaker;
    } want[] = {
        {"The harbour opened twenty berths today.", NULL},
        {"\"It is a good day,\"", "s1"},
        {"said Gov. Lena Holt.", NULL},
        {"\"Boats need room.\"", "s1"},
        {"\xE2\x80\x9CWe will keep going,\xE2\x80\x9D", "s2"},
        /* the apposition stays with the attribution: no pause inside it */
        {"added Dr. Ines Varga, who leads the works.", NULL},
        {"Visitors called it \"a fine place\" on Sunday.", NULL},
    };
    size_t k = 0;
    for (size_t i = 0; i < hd_doc_sentence_count(d) && k < 7; i++) {
        hd_sentence s;
        hd_doc_sentence(d, i, &s);
        if (strcmp(s.kind, "speech") != 0)
            continue;
        CHECK_STR(s.text, want[k].text);
        CHECK_STR(s.speaker, want[k].speaker);
        k++;
    }
    CHECK_INT(k, 7);
    CHECK_INT(d->nspeakers, 2);
    if (d->nspeakers == 2) {
        CHECK_STR(d->speakers[0].name, "Lena Holt");
        CHECK_STR(d->speakers[0].role, "Gov.");
        CHECK_STR(d->speakers[1].name, "Dr. Ines Varga");
    }
    hd_doc_free(d);
}

/* A speaker known as "Mr. Hale" or "Secretary Ruiz" gets the full name the text gives
 * once; two people of the surname leave it as it is. */
static void test_complete_names(void)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Press Briefing\n\nMS. RUIZ: I will bring up Tom Hale, our adviser.\n\n"
         "MR. HALE: Thanks.\n", "Tom Hale"},
        {"Press Briefing\n\nMS. RUIZ: Tom Hale and Sara Hale are here.\n\n"
         "MR. HALE: Thanks.\n", "Mr. Hale"},
        {"HEARING\n\nSTATEMENT OF LAURA M. HILL, ADMINISTRATOR\n\n"
         "MR. HALE. Welcome.\n\nMs. HILL. Thank you.\n", "Laura M. Hill"},
        {"Press Briefing\n\nMS. RUIZ: Thank you, Mr. Hale.\n\nMR. HALE: Thanks.\n", "Mr. Hale"},
        {"Press Briefing\n\nMS. RUIZ: On Monday Hale said so.\n\nMR. HALE: Thanks.\n", "Mr. Hale"},
        /* a name never runs over a line's end ("Global Affairs Harbourland" over "The
         * Honourable …") */
        {"Statement\n\nGlobal Affairs Harbourland\n\nThe Honourable Clara Hollis, Minister of "
         "Coasts, today issued the following statement:\n\n\xE2\x80\x9CWe will keep working.\xE2\x80\x9D\n",
         "Clara Hollis"},
        /* the family name first, in capitals, as some governments write names */
        {"Press Conference\n\nPress Secretary HAYASE Koji held a press conference.\n\n"
         "PRESS SECRETARY HAYASE: Good afternoon.\n\nQ: Thank you.\n", "HAYASE Koji"},
    };
    /* a role-only speaker who says who they are */
    static const struct {
        const char *text, *want;
    } intro[] = {
        {"Press Conference\n\nMODERATOR: Good afternoon. I'm Dario Fenwick from the press "
         "office.\n\nMS. RUIZ: Thank you.\n", "Dario Fenwick"},
        {"Press Conference\n\nMODERATOR: Good afternoon. I am Dario Fenwick.\n\n"
         "MS. RUIZ: Thank you.\n", "Dario Fenwick"},
        {"Press Conference\n\nMODERATOR: I'm Glad you came. This is Tuesday.\n\n"
         "MS. RUIZ: Thank you.\n", NULL},
        {"Press Conference\n\nMODERATOR: Welcome.\n\nMS. RUIZ: I'm Ana Ruiz.\n\n"
         "MODERATOR: I'm Dario Fenwick, but that is for later.\n", "Dario Fenwick"},
    };
    /* initials and a tab mark the turns; the names in the text say whose */
    const char *who = "Press conference\n\nLB\tHello and welcome. My name is Lotte Brennan. With us is "
                      "Dr Samuel Ngata.\n\nSN\tThank you, Lotte.\n\nLB\tThank you.\n";
    hd_doc *wd = NULL;
    CHECK_INT(hd_doc_parse(who, strlen(who), NULL, &wd, NULL), HD_OK);
    CHECK(wd && wd->nspeakers == 2);
    if (wd && wd->nspeakers == 2) {
        CHECK_STR(wd->speakers[0].name, "Lotte Brennan");
        CHECK_STR(wd->speakers[1].name, "Samuel Ngata");
    }
    hd_doc_free(wd);
    /* a questioner by name, asking again */
    const char *gov = "Government press conference\n\nSPOKESMAN KRAMER: Good afternoon.\n\n"
                      "QUESTION SCHULTE: When will it come?\n\nSPOKESMAN KRAMER: Soon.\n\n"
                      "ADDITIONAL QUESTION SCHULTE: How soon?\n";
    CHECK_INT(hd_doc_parse(gov, strlen(gov), NULL, &wd, NULL), HD_OK);
    CHECK(wd && wd->nspeakers == 2);
    if (wd && wd->nspeakers == 2) {
        CHECK_STR(wd->speakers[1].name, "Schulte");
        CHECK(wd->speakers[1].asks);
    }
    hd_doc_free(wd);
    /* a role, and in brackets who holds it */
    const char *mea = "Media Briefing\n\nOfficial Spokesperson (Shri Rohan Vashisht): Good afternoon.\n\n"
                      "Question: Thank you.\n";
    CHECK_INT(hd_doc_parse(mea, strlen(mea), NULL, &wd, NULL), HD_OK);
    CHECK(wd && wd->nspeakers == 2);
    if (wd && wd->nspeakers == 2) {
        CHECK_STR(wd->speakers[0].name, "Rohan Vashisht");
        CHECK_STR(wd->speakers[0].role, "Official Spokesperson");
    }
    hd_doc_free(wd);
    for (size_t i = 0; i < sizeof intro / sizeof *intro; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(intro[i].text, strlen(intro[i].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        const char *got = NULL;
        for (size_t k = 0; k < d->nspeakers; k++)
            if (d->speakers[k].role && strcmp(d->speakers[k].role, "Moderator") == 0)
                got = d->speakers[k].name;
        CHECKF(intro[i].want ? got && strcmp(got, intro[i].want) == 0 : !got,
               "intro %zu: %s, want %s", i, got ? got : "(none)", intro[i].want ? intro[i].want : "(none)");
        hd_doc_free(d);
    }
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[i].text, strlen(cases[i].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        const char *got = NULL;
        for (size_t k = 0; k < d->nspeakers; k++)
            if (d->speakers[k].name && strstr(d->speakers[k].name, "H"))
                got = d->speakers[k].name;
        CHECKF(got && strcmp(got, cases[i].want) == 0, "case %zu: %s, want %s", i,
               got ? got : "(none)", cases[i].want);
        hd_doc_free(d);
    }
}

static void test_stage(void)
{
    static const struct {
        const char *in;
        int want;
    } cases[] = {
        {"(Applause)", 1}, {"(Applause.)", 1}, {"(Laughter.)", 1}, {"[inaudible]", 1},
        {"[Crosstalk]", 1}, {"(Speaks in French)", 1}, {"(see annex)", -1}, {"(2023)", -1},
        {"[sic]", -1}, {"(applauding)", -1}, {"We agreed (see annex).", 0},
        /* GPO hearing placeholders: bracketed groups and a reference */
        {"[GRAPHIC] [TIFF OMITTED] T5512.001", -1}, {"[GRAPHIC] [TIFF OMITTED]", 1},
        {"[GRAPHIC] [TIFF OMITTED] see the annex", 0}, {"[a] [b", 0}, {"[Applause] [Laughter]", 1},
        {"Thanks [Applause]", 0},
    };
    /* 1: a stage direction anywhere; -1: only as a line of its own; 0: never */
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = strlen(cases[i].in);
        CHECKF(spk_is_stage(cases[i].in, 0, n, 0) == (cases[i].want == 1), "'%s'", cases[i].in);
        CHECKF(spk_is_stage(cases[i].in, 0, n, 1) == (cases[i].want != 0), "'%s' alone",
               cases[i].in);
    }
}

/* The casting index finds the same entry as trying every entry with spk_matches. */
static void test_cast_index(void)
{
    static const char *const whos[] = {
        "s2", "Ruiz", "Ana Ruiz", "Luis Ruiz", "Secretary General", "General", "Agence Nord",
        "agence nord", "Dr. Ana Ruiz", "Berg", "Ola Berg", "Minister", "Foreign Minister",
        "Deputy Foreign Minister of Estland", "ruiz", "Nord", "S3", "Ana", "Press Officer"};
    st_speaker sps[] = {
        {(char *)"s1", (char *)"Ana Ruiz", (char *)"Spokesperson", NULL, 0},
        {(char *)"s2", (char *)"Ola Berg", (char *)"Secretary General", NULL, 0},
        {(char *)"s3", NULL, (char *)"Journalist", (char *)"Agence Nord", 1},
        {(char *)"s4", (char *)"Ruiz", NULL, NULL, 0},
        {(char *)"s5", (char *)"Mr. Luis Ruiz", (char *)"Deputy Foreign Minister of Estland", NULL, 0},
        {(char *)"s6", (char *)"Ana", (char *)"Press Officer", NULL, 0},
        {(char *)"s7", NULL, (char *)"Moderator", NULL, 0},
    };
    size_t nw = sizeof whos / sizeof *whos;
    for (size_t cut = 1; cut <= nw; cut++) {
        spk_cast_index *ix = spk_cast_index_new(whos, cut);
        CHECK(ix != NULL);
        for (size_t k = 0; ix && k < sizeof sps / sizeof *sps; k++) {
            long want = -1;
            for (size_t c = 0; c < cut; c++)
                if (spk_matches(&sps[k], whos[c]))
                    want = (long)c;
            CHECKF(spk_cast_find(ix, &sps[k]) == want, "speaker %s with %zu entries: %ld, want %ld",
                   sps[k].id, cut, spk_cast_find(ix, &sps[k]), want);
        }
        spk_cast_index_free(ix);
    }
}

/* Labels in capitals with accented letters, in any script's case: turns, names in
 * title case ("BELTRÁN" -> "Beltrán"), a surname alone linked to its full name. */
static void test_accented_labels(void)
{
    const char *text = "Interview\n\n\xC3\x89LODIE TREMBLAY, HOST: Hello.\n\nJOS\xC3\x89 \xC3\x81LVAREZ: Hi.\n\n"
                       "TREMBLAY: Bye.\n\n\xC3\x81LVAREZ: Bye.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 2);
    if (d && d->nspeakers == 2) {
        CHECK_STR(d->speakers[0].name, "\xC3\x89lodie Tremblay");
        CHECK_STR(d->speakers[1].name, "Jos\xC3\xA9 \xC3\x81lvarez");
        int turns[4] = {0, 1, 0, 1}, k = 0;
        for (size_t i = 0; i < d->nblocks && k < 4; i++)
            if (d->blocks[i].kind == ST_SPEECH)
                CHECKF(d->blocks[i].speaker == turns[k], "turn %d: speaker %d", k, d->blocks[i].speaker), k++;
        CHECK_INT(k, 4);
    }
    hd_doc_free(d);
}

/* Initials after full names are those people, not new speakers; a speaker key gives
 * the names of initials. */
static void test_initials_merge(void)
{
    const char *text = "Interview with Chancellor Rowan Ashdown\n\nLaura Kessel: Chancellor, welcome.\n\n"
                       "Rowan Ashdown: Morning, Laura.\n\nLK: Will taxes rise?\n\nRA: No.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 2) {
        CHECK_STR(d->speakers[1].id, "s2");
        CHECK_STR(d->speakers[1].role, "Chancellor");
        int want[4] = {0, 1, 0, 1}, k = 0;
        for (size_t i = 0; i < d->nblocks && k < 4; i++)
            if (d->blocks[i].kind == ST_SPEECH)
                CHECKF(d->blocks[i].speaker == want[k], "turn %d: speaker %d", k, d->blocks[i].speaker), k++;
        CHECK_INT(k, 4);
    }
    hd_doc_free(d);
    text = "Virtual press conference\n\nSpeaker key:\nCL Carla Lindqvist\nMK Dr Mira Kovacs\n\n"
           "CL\tWelcome. Dr Kovacs, the floor is yours.\n\nMK\tThank you, Carla.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 2);
    if (d && d->nspeakers == 2) {
        CHECK_STR(d->speakers[0].name, "Carla Lindqvist");
        CHECK_STR(d->speakers[1].name, "Mira Kovacs");
    }
    hd_doc_free(d);
    /* WHO's way: one space after the initials, in the key and in the turns; the key
     * itself is not read, and a key's name that is no person's is a role */
    text = "Virtual press conference - 9 October 2025\n\nSpeaker key:\nCL Carla Lindqvist\nTAG Dr Tadesse Abera "
           "Gebru\nUM Unidentified male speaker\n\n00:00:00\n\nCL Welcome. Dr Tadesse, the floor is yours.\n\n"
           "00:01:12\n\nTAG Thank you, Carla. EU ministers meet today.\n\nUM Can you hear us?\n\nCL Yes.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 3) {
        CHECK_STR(d->speakers[0].name, "Carla Lindqvist");
        CHECK_STR(d->speakers[1].name, "Tadesse Abera Gebru");
        CHECK_STR(d->speakers[2].role, "Unidentified male speaker");
        int want[4] = {0, 1, 2, 0}, k = 0;
        for (size_t i = 0; i < d->nblocks; i++) {
            const char *t = d->src + d->blocks[i].start;
            CHECKF(strncmp(t, "CL Carla", 8) != 0 && strncmp(t, "Speaker key", 11) != 0, "the key read: %.30s", t);
            if (d->blocks[i].kind == ST_SPEECH && k < 4)
                CHECKF(d->blocks[i].speaker == want[k], "turn %d: speaker %d", k, d->blocks[i].speaker), k++;
        }
        CHECK_INT(k, 4);
    }
    hd_doc_free(d);
    /* initials with no key stay initials ("TAG", not the word "Tag"); initials after a
     * name in capitals are that person */
    text = "Virtual press conference\n\nLV\tHello and welcome.\n\nTAG\tThank you.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 2);
    if (d && d->nspeakers == 2)
        CHECK_STR(d->speakers[1].name, "TAG");
    hd_doc_free(d);
    text = "Post-match press conference\n\nHead coach Marko Lindqvist spoke after the win.\n\nQ: How did you see it?\n\n"
           "MARKO LINDQVIST: We were poor.\n\nQ: And after?\n\nML: Better.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 2)
        CHECK_STR(d->speakers[1].name, "Marko Lindqvist");
    hd_doc_free(d);
}

/* One person, one voice: "Spokesman:" is the spokesperson the briefing's lead names;
 * "Harriet Lowe:" is the journalist who asked as "Harriet Lowe, Financial Times:";
 * a header field "Spokesperson for …: Lucia Ferreira" names who speaks, and "Press"
 * from "Press briefing notes" is no one. */
static void test_one_person_one_voice(void)
{
    const char *t1 = "Daily Press Briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by "
                     "Tobias Renner, Spokesperson for the Secretary-General.\n\nGood afternoon.\n\n"
                     "Question: Has he spoken to the general?\n\nSpokesman: Not in the last week.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(t1, strlen(t1), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    const char *t2 = "Moderator: First, Harriet.\n\nHarriet Lowe, Financial Times: Governor, is that reasonable?\n\n"
                     "Oliver Ashcombe: Yes.\n\nHarriet Lowe: And the split?\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(t2, strlen(t2), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    const char *t3 = "Press briefing notes on Veridania\n\nSpokesperson for the UN High Commissioner for Human Rights: "
                     "Lucia Ferreira\nLocation: Geneva\nDate: 17 October 2025\n\nWe are deeply alarmed by the arrests.\n";
    d = NULL;
    CHECK_INT(hd_doc_parse(t3, strlen(t3), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 1) {
        CHECK_STR(d->speakers[0].name, "Lucia Ferreira");
        CHECK(!d->speakers[0].role || strcmp(d->speakers[0].role, "Press") != 0);
    }
    hd_doc_free(d);
}

/* Who gives a speech whose header names them in ways beyond "by": letters after the
 * name with stops ("Jane Doyle T.D."), a name line with the office under the title,
 * a message "From the Most Rev. Dr. …, Archbishop of …" or "From Archbishop …". */
static void test_header_givers(void)
{
    static const struct {
        const char *text, *name, *role;
    } cases[] = {
        {"Speech by Jane Doyle T.D.\n\nPublished on 3 April 2025\n\nMinister, I am delighted to be here.\n",
         "Jane Doyle", NULL},
        {"Commencement Address to the Class of 2025\nDr. Adaeze Whitford-Lamb, President, Carrow University\n"
         "Delivered May 18, 2025\n\nThank you, Provost.\n",
         "Dr. Adaeze Whitford-Lamb", "President, Carrow University"},
        {"EASTER MESSAGE 2025\n\nFrom the Most Rev. Dr. Tobias Ferris, Archbishop of Westmarch\n\nChrist is risen!\n",
         "Dr. Tobias Ferris", "Archbishop of Westmarch"},
        /* an office and its holder's full name alone under the title */
        {"2025 State of the City Address\nMayor Raymond T. Ostrowski\nDelivered Thursday, February 20, 2025\n\n"
         "Good evening. The state of our city is strong.\n",
         "Raymond T. Ostrowski", "Mayor"},
        {"EASTER MESSAGE 2025\n\nFrom Archbishop Tobias Ferris, Primate of the Church of the Isles\n\nChrist is risen!\n",
         "Tobias Ferris", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[k].text, strlen(cases[k].text), NULL, &d, NULL), HD_OK);
        CHECKF(d && d->nspeakers == 1, "%zu: %zu speakers", k, d ? d->nspeakers : 0);
        if (d && d->nspeakers == 1) {
            CHECK_STR(d->speakers[0].name, cases[k].name);
            if (cases[k].role)
                CHECK_STR(d->speakers[0].role, cases[k].role);
            int spoken = 0;
            for (size_t i = 0; i < d->nblocks; i++)
                spoken |= d->blocks[i].kind == ST_SPEECH && d->blocks[i].speaker == 0;
            CHECKF(spoken, "%zu: the speech is the narrator's", k);
        }
        hd_doc_free(d);
    }
}

/* Label conventions of interviews and exported transcripts: Q. and A., Markdown bold,
 * a name line with the transcription service's time code, "Speaker 3". */
static void test_label_forms(void)
{
    static const struct {
        const char *text;
        int turns[4];
    } cases[] = {
        {"Interview with Minister Ana Ruiz\n\nQ. How are the talks going?\n\n"
         "A. Slowly, but they are moving.\n\nQ. Thank you.\n\nA. Thank you.\n", {0, 1, 0, 1}},
        {"Interview with Minister Ana Ruiz\n\n**Tom Hale:** How are the talks going?\n\n"
         "**Ana Ruiz:** Slowly.\n\n**Tom Hale**: Thank you.\n\n**Ana Ruiz**: Thanks.\n", {0, 1, 0, 1}},
        {"Town hall on the levy\n\nAna Ruiz  0:04\nGood evening.\n\nTom Hale  0:31\nThanks, Ana.\n\n"
         "Ana Ruiz  1:02\nQuestions?\n\nSpeaker 3  1:10\nWhy now?\n", {0, 1, 0, 2}},
        /* the European Parliament's verbatim report: name, what they speak as, a stop, a dash */
        {"Verbatim report of proceedings\n\nPresident. \xE2\x80\x93 The next item is the statement.\n\n"
         "Agnieszka Wrobel, on behalf of the PPE Group. \xE2\x80\x93 Madam President, our fishers ask for fair rules.\n\n"
         "President. \xE2\x80\x93 Thank you.\n\n"
         "Fiona Gallagher (Renew), blue-card answer. \xE2\x80\x93 Yes, if necessary.\n", {0, 1, 0, 2}},
        /* a ministry's Q and A with dashes; a committee's numbered questions */
        {"Statement by the Spokesperson\n\nThe minister condemns the kidnapping.\n\nQ - Was a ransom paid?\n\n"
         "A - France does not pay ransoms.\n\nQ - Will talks resume?\n\nA - Yes.\n", {0, 1, 0, 1}},
        {"Oral evidence: Coastal flooding\n\nQ1 Chair: Good morning.\n\nNadia Osei: I am the engineer.\n\n"
         "Q2 Chair: Thank you.\n\nNadia Osei: Next year.\n", {0, 1, 0, 1}},
        /* the printed record of a hearing, in mixed case */
        {"HEARING ON RURAL BROADBAND\n\nThe Chairman. Good morning. We come to order.\n\n"
         "Senator Okafor. Thank you, Madam Chairman.\n\nThe Chairman. Thank you. Senator Okafor.\n\n"
         "Senator Okafor. How many homes remain unserved?\n", {0, 1, 0, 1}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        hd_doc *d = NULL;
        CHECK_INT(hd_doc_parse(cases[c].text, strlen(cases[c].text), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        int k = 0;
        for (size_t i = 0; i < d->nblocks && k < 4; i++)
            if (d->blocks[i].kind == ST_SPEECH) {
                CHECKF(d->blocks[i].speaker == cases[c].turns[k], "case %zu turn %d: speaker %d", c, k,
                       d->blocks[i].speaker);
                k++;
            }
        CHECKF(k == 4, "case %zu: %d turns", c, k);
        for (size_t i = 0; i < d->nsents; i++)
            CHECKF(!strchr(d->sents[i].text, '*') && !strstr(d->sents[i].text, "0:04") &&
                       strncmp(d->sents[i].text, "A. ", 3) != 0,
                   "case %zu reads %s", c, d->sents[i].text);
        hd_doc_free(d);
    }
}

/* Questioners labelled by their outlet alone ("AFP:"), or outlet then name ("NHK,
 * Sato:"); a name, a comma and a role of several words ("Official Spokesperson"). */
static void test_outlets_roles(void)
{
    const char *text = "Regular press conference\n\nShri Rohan Mehra, Official Spokesperson: Good afternoon.\n\n"
                       "AFP: Will the minister travel?\n\nShri Rohan Mehra, Official Spokesperson: Yes.\n\n"
                       "NHK, Sato: And the talks?\n\nShri Rohan Mehra, Official Spokesperson: Next week.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 3) {
        CHECK_STR(d->speakers[0].role, "Official Spokesperson");
        CHECK_STR(d->speakers[1].outlet, "AFP");
        CHECK(d->speakers[1].asks && !d->speakers[1].name);
        CHECK_STR(d->speakers[2].outlet, "NHK");
        CHECK_STR(d->speakers[2].name, "Sato");
    }
    hd_doc_free(d);
}

/* The outlet, then the journalist's name in brackets; a role joined by a hyphen; a
 * portfolio with "and" before a form of address. */
static void test_bracketed_journalists(void)
{
    const char *text = "Joint press point\n\nNATO Spokesperson Allison Carvery: First, Reuters.\n\n"
                       "Reuters [Bartosz Lenk]: How many ships?\n\nNATO Spokesperson Allison Carvery: Next, ERR.\n\n"
                       "ERR [Maarja Tamm]: Will Estovia host a battalion?\n\n"
                       "Executive Vice-President Novotn\xC3\xA1: We adopted the package.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 4, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 4) {
        CHECK_STR(d->speakers[1].name, "Bartosz Lenk");
        CHECK_STR(d->speakers[1].outlet, "Reuters");
        CHECK_STR(d->speakers[2].name, "Maarja Tamm");
        CHECK_STR(d->speakers[2].outlet, "ERR");
        CHECK_STR(d->speakers[3].name, "Novotn\xC3\xA1");
        CHECK_STR(d->speakers[3].role, "Executive Vice-President");
    }
    hd_doc_free(d);
    /* initials no text resolves stay initials; an adjective of an office is the office's */
    const char *t3 = "Opening remarks at the media briefing\n\nGood morning. Christian, back to you.\n\n"
                     "CL: Thank you. Hamid, please.\n\nHS: Is there a vaccine?\n\nCL: Next.\n";
    CHECK_INT(hd_doc_parse(t3, strlen(t3), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers >= 2, "%zu speakers", d ? d->nspeakers : 0);
    for (size_t k = 0; d && k < d->nspeakers; k++)
        CHECKF(!d->speakers[k].name || (strcmp(d->speakers[k].name, "Cl") != 0 && strcmp(d->speakers[k].name, "Hs") != 0),
               "speaker %zu named %s", k, d->speakers[k].name);
    hd_doc_free(d);
    const char *t4 = "Conferencia de prensa del Vocero Presidencial, Mart\xC3\xADn Echeverr\xC3\xAD" "a, en Casa Rosada\n\n"
                     "VOCERO.- Buen d\xC3\xAD" "a a todos.\n\nPERIODISTA.- \xC2\xBFSe confirma?\n\nVOCERO.- S\xC3\xAD.\n";
    CHECK_INT(hd_doc_parse(t4, strlen(t4), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers >= 1, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers >= 1) {
        CHECK_STR(d->speakers[0].name, "Mart\xC3\xADn Echeverr\xC3\xAD" "a");
        CHECK_STR(d->speakers[0].role, "Vocero Presidencial");
    }
    hd_doc_free(d);
    /* a party's tag after the byline's person; a company's form is no name */
    const char *t5 = "Opening Statement of Chairman Delbert K. Amsel (R-Neb.)\n\n[As Prepared for Delivery]\n\n"
                     "Good morning. The subcommittee will come to order.\n";
    CHECK_INT(hd_doc_parse(t5, strlen(t5), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Delbert K. Amsel") == 0,
           "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    const char *t6 = "Pipeline commissioned\n\nThe Group Chief Executive Officer of NNPC Ltd., Bayo Ojuolape, said the "
                     "pipeline had created jobs.\n\n\"We finished early,\" he said.\n";
    CHECK_INT(hd_doc_parse(t6, strlen(t6), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1 && d->speakers[0].name && strcmp(d->speakers[0].name, "Bayo Ojuolape") == 0,
           "%zu speakers", d ? d->nspeakers : 0);
    hd_doc_free(d);
    const char *t2 = "Ministerial Statement by Minister for Sustainability and the Environment Ms Gwendolyn Teo on the Incident\n\n"
                     "Mr Speaker, Sir, there were no injuries.\n";
    CHECK_INT(hd_doc_parse(t2, strlen(t2), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 1, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 1)
        CHECK_STR(d->speakers[0].role, "Minister for Sustainability and the Environment");
    hd_doc_free(d);
}

/* A family name first in capitals is one person with "Minister Kameda"; an initial
 * and surname find the full name; "(spoke in French)" is no part of a label. */
static void test_name_forms(void)
{
    const char *text = "Press Conference by Foreign Minister KAMEDA Hiroshi\n\n"
                       "Mr. KAMEDA Hiroshi, Minister for Foreign Affairs: I will visit Manila.\n\n"
                       "Yomiuri Shimbun, Mori: What is your view?\n\nMinister Kameda: It is regrettable.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 2, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 2) {
        CHECK_STR(d->speakers[0].name, "KAMEDA Hiroshi");
        CHECK_STR(d->speakers[1].name, "Mori");
        CHECK_STR(d->speakers[1].outlet, "Yomiuri Shimbun");
    }
    hd_doc_free(d);
    text = "Meeting with Governor Ana Ruiz\n\nThe President met with Governor of the Tarsk Region Ana Ruiz.\n\n"
           "V. Ostrov: Mrs Ruiz, how is the harvest?\n\nA. Ruiz: Good afternoon, Mr President.\n\nV. Ostrov: Good.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 2);
    if (d && d->nspeakers == 2)
        CHECK_STR(d->speakers[1].name, "Ana Ruiz");
    hd_doc_free(d);
    text = "Security Council meeting\n\nThe President: I give the floor to Ms. Adeyemi.\n\n"
           "Ms. Adeyemi (Lunaria) (spoke in French): Lunaria welcomes the briefing.\n\n"
           "The President: I thank Ms. Adeyemi.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 2);
    for (size_t i = 0; d && i < d->nsents; i++)
        CHECKF(!strstr(d->sents[i].text, "spoke in"), "reads %s", d->sents[i].text);
    hd_doc_free(d);
    /* a doorstop: a minister's full portfolio in the first label, "(in Mandarin)" after
     * an outlet; the later "Minister Lim" is the same person */
    text = "Transcript of Minister Grace Lim's doorstop interview on 9 March 2025\n\n"
           "Minister for Sustainability and the Environment Grace Lim: Good morning.\n\n"
           "Journalist (Harbour Daily): Is it enough?\n\nMinister Lim: It is a start.\n\n"
           "Journalist (Lianhe Bao) (in Mandarin): Will there be subsidies?\n\n"
           "Minister Lim (in Mandarin): Not this year.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    if (d && d->nspeakers == 3) {
        CHECK_STR(d->speakers[0].name, "Grace Lim");
        CHECK_STR(d->speakers[0].role, "Minister for Sustainability and the Environment");
        CHECK_STR(d->speakers[2].outlet, "Lianhe Bao");
    }
    for (size_t i = 0; d && i < hd_doc_sentence_count(d); i++) {
        hd_sentence st;
        hd_doc_sentence(d, i, &st);
        CHECKF(!strstr(st.text, "Mandarin"), "reads %s", st.text);
        if (strcmp(st.text, "Not this year.") == 0)
            CHECKF(st.speaker && strcmp(st.speaker, d->speakers[0].id) == 0, "said by %s", st.speaker);
    }
    hd_doc_free(d);
}

/* A magazine's Q&A: the title names who answers, the byline who asks, and the
 * introduction about the interviewee is the narrator's. */
static void test_magazine_qa(void)
{
    const char *text = "\xE2\x80\x9CWe Can Build\xE2\x80\x9D: A Conversation With Mayor Ines Castillo\n\n"
                       "By Jonah Reyes\nMarch 6, 2025\n\n"
                       "Mayor Ines Castillo has run Porto Verde since 2021. We spoke at City Hall.\n\n"
                       "Q. Is the housing plan working?\n\nA. Slower than I'd like.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    if (!d)
        return;
    int want[3] = {-2, -1, -1};
    for (size_t k = 0; k < d->nspeakers; k++) {
        if (d->speakers[k].name && strcmp(d->speakers[k].name, "Jonah Reyes") == 0 && d->speakers[k].asks)
            want[1] = (int)k;
        if (d->speakers[k].name && strcmp(d->speakers[k].name, "Ines Castillo") == 0 && !d->speakers[k].asks)
            want[2] = (int)k;
    }
    CHECK(want[1] >= 0 && want[2] >= 0);
    want[0] = -1;
    int k = 0;
    for (size_t i = 0; i < d->nblocks && k < 3; i++)
        if (d->blocks[i].kind == ST_SPEECH) {
            CHECKF(d->blocks[i].speaker == want[k], "block %d: speaker %d, want %d", k, d->blocks[i].speaker, want[k]);
            k++;
        }
    CHECK_INT(k, 3);
    hd_doc_free(d);
}

/* Officials numbered on a background call; a headline after a country; a number's
 * label. */
static void test_numbered_officials(void)
{
    const char *text = "BACKGROUND PRESS CALL BY SENIOR ADMINISTRATION OFFICIALS\n\n"
                       "MODERATOR: Thanks, everyone, for joining.\n\n"
                       "SENIOR ADMINISTRATION OFFICIAL #1: Great, thanks. The President departs Thursday.\n\n"
                       "SENIOR ADMINISTRATION OFFICIAL #2: And on security, the leaders will talk.\n\n"
                       "SENIOR ADMINISTRATION OFFICIAL #1: That is all.\n\n"
                       "Press Release Number: 25-117\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECKF(d && d->nspeakers == 3, "%zu speakers", d ? d->nspeakers : 0);
    for (size_t i = 0; d && i < d->nsents; i++)
        CHECKF(!strstr(d->sents[i].text, "OFFICIAL #"), "reads %s", d->sents[i].text);
    hd_doc_free(d);
    text = "PUBLIC STATEMENT\n\nVELDORIA: RELEASE DETAINED JOURNALISTS NOW\n\n"
           "The authorities must release the journalists held since March.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 0);
    hd_doc_free(d);
}

/* Regressions found by a fourth reading: ranks before a name, a heading in capitals
 * with an abbreviation, a department's name with commas before the minister's. */
static void test_hunt_regressions(void)
{
    const char *text = "Department Press Briefing\n\nSTAFF: Good afternoon.\n\n"
                       "MAJ. GEN. COLIN BREMER: All right, thanks.\n\nQ: General, when?\n\nGEN. BREMER: Soon.\n";
    hd_doc *d = NULL;
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    int bremer = -1;
    for (size_t k = 0; d && k < d->nspeakers; k++)
        if (d->speakers[k].name && strcmp(d->speakers[k].name, "Colin Bremer") == 0)
            bremer = (int)k;
    CHECK(bremer >= 0);
    for (size_t i = 0; d && i < d->nsents; i++) {
        CHECKF(!strstr(d->sents[i].text, "MAJ."), "reads %s", d->sents[i].text);
        if (strcmp(d->sents[i].text, "All right, thanks.") == 0)
            CHECK_INT(d->blocks[d->sents[i].block].speaker, bremer);
    }
    hd_doc_free(d);
    text = "HEARING ON RURAL BROADBAND\n\nOPENING STATEMENT OF HON. ELLEN MARROW, U.S. SENATOR FROM IDAHO\n\n"
           "The CHAIRMAN. Good morning.\n\nSenator OKAFOR. Thank you.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    for (size_t k = 0; d && k < d->nspeakers; k++)
        CHECKF(!d->speakers[k].name || !strstr(d->speakers[k].name, "Opening"), "speaker %s", d->speakers[k].name);
    hd_doc_free(d);
    text = "Speech\nForeign Secretary's speech at the Harbour Forum\n"
           "Foreign Secretary Harriet Collingwood set out the UK's approach to maritime security.\n"
           "From: Foreign, Commonwealth & Development Office and The Rt Hon Harriet Collingwood MP\n"
           "Published 3 March 2025\n\nGood morning, everyone.\n";
    CHECK_INT(hd_doc_parse(text, strlen(text), NULL, &d, NULL), HD_OK);
    CHECK(d && d->nspeakers == 1);
    if (d && d->nspeakers == 1)
        CHECK_STR(d->speakers[0].name, "Harriet Collingwood");
    hd_doc_free(d);
}

/* People from a text that is empty, a figure alone, or a date: no one, and nothing
 * read outside the text (found by ASan: the date cut read past an empty string). */
static void test_people_edges(void)
{
    static const char *const texts[] = {"", "5", "(6 March 2025)", "on 12 February 2025", " 2025", "by"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        hd_doc *d = NULL;
        const char *src = "Statement\n\nWe met.\n";
        CHECK_INT(hd_doc_parse(src, strlen(src), NULL, &d, NULL), HD_OK);
        if (!d)
            continue;
        size_t before = d->npeople;
        CHECK_INT(spk_add_people(d, texts[i], 0), HD_OK);
        CHECKF(d->npeople == before, "'%s' named someone", texts[i]);
        hd_doc_free(d);
    }
}

/* Labels alone on their line: a name and its office after a dash typed short, as
 * scraped earnings calls have it; never one word that opens sentences, as a PDF's
 * text a word a line has it. */
static void test_line_labels(void)
{
    spk_cue c;
    const char *t = "Victor Asante - Chief Executive Officer";
    CHECK(spk_line_cue(t, 0, strlen(t), &c));
    CHECKF(c.label_end - c.label_start == 13 && strncmp(t + c.label_start, "Victor Asante", 13) == 0 &&
               c.office_end > c.office_start && strncmp(t + c.office_start, "Chief Executive Officer", 23) == 0,
           "label '%.*s'", (int)(c.label_end - c.label_start), t + c.label_start);
    /* a name in capitals, its comma and an office (public radio's first mention); in
     * mixed case a quotation's credit, no label */
    t = "MATTEO GRANDE, HOST";
    CHECK(spk_line_cue(t, 0, strlen(t), &c));
    CHECKF(c.label_end - c.label_start == 13 && strncmp(t + c.label_start, "MATTEO GRANDE", 13) == 0 &&
               c.office_end - c.office_start == 4,
           "label '%.*s'", (int)(c.label_end - c.label_start), t + c.label_start);
    t = "Anna Berg, Chief Executive";
    CHECK(!spk_line_cue(t, 0, strlen(t), &c));
    static const char *const words[] = {"I", "That", "The", "We"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        CHECKF(!spk_line_cue(words[i], 0, strlen(words[i]), &c), "'%s' is a label", words[i]);
}

int main(void)
{
    test_line_labels();
    test_people_edges();
    test_hunt_regressions();
    test_numbered_officials();
    test_magazine_qa();
    test_name_forms();
    test_outlets_roles();
    test_label_forms();
    test_accented_labels();
    test_initials_merge();
    test_one_person_one_voice();
    test_header_givers();
    test_cast_index();
    test_cues();
    test_split();
    test_identities();
    test_quotations();
    test_complete_names();
    test_stage();
    test_bracketed_journalists();
    return h_report("test_speakers");
}
