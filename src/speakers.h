/* speakers: part of the statement stage. Speaker cues at the start of a line
 * ("Spokesperson Ana Ruiz:", "MS. RUIZ:", "Q", "Question [Agence X]:") and who they
 * are: a later role-only or surname-only label is the person named in full earlier or
 * in the byline. */
#ifndef HD_SPEAKERS_H
#define HD_SPEAKERS_H

#include <stddef.h>
#include "herald.h"
#include "statement.h"

typedef enum spk_cue_kind {
    CUE_NAMED,       /* a name, a role, or both */
    CUE_QUESTION,    /* Q, Question, Question [Outlet] */
    CUE_ANSWER,      /* A */
    CUE_INTERVIEWER, /* Interviewer */
    CUE_MODERATOR    /* Moderator, Host */
} spk_cue_kind;

typedef struct spk_cue {
    spk_cue_kind kind;
    size_t label_start, label_end;   /* the label, without brackets or colon */
    size_t outlet_start, outlet_end; /* "Agence X" in Question [Agence X], or empty */
    size_t text_start;               /* where the speech after the cue starts */
    int strong;                      /* 0: only a name-like label, no role or title */
    int timed;                       /* a line cue marked as one: a time code after the name,
                                      * a role after a dash, a seat in brackets */
    int marked;                      /* of those, the forms that make a name line a turn's
                                      * label even heard once: a time code after it
                                      * ("Wes Kaluza  0:10"), a dash and a role
                                      * ("Dale Okafor -- Chief Executive Officer") */
    int period;                      /* "Senator Okafor.", "CHAIR OKAFOR.": a label ended by a stop */
    int initials;                    /* "LV<TAB>Hello": initials, kept in capitals */
    int kind_ended;                  /* its last word ends kinds of more words only
                                      * ("ANDREW HALL", "SITUATION REPORT") */
    size_t office_start, office_end; /* "The Prime Minister (Keith Harlow)" over a turn:
                                      * the office before the bracketed name, or empty */
} spk_cue;

/* The initials a statement's speaker key defines ("Speaker key:" over "LV Leonie
 * Vasseur" lines) and the names it gives them, for this thread's parse: with them a
 * line "LV Hello …" is Leonie Vasseur's turn though one space alone follows the
 * initials. spk_key_clear forgets them. */
void spk_key_add(const char *s, size_t n, const char *name, size_t nn);
void spk_key_clear(void);

/* The length of a word that joins a kind to who speaks, with its space ("by ", "with ",
 * French "par ", "avec "), at the start of s[0, n); 0 when none. */
size_t spk_by_word(const char *s, size_t n);

/* "Q - Raj Bhatnagar" alone on the line s[a, b): who asks (or, "A - …", answers),
 * named; the turn is on the lines under it. 1 and *c filled, or 0. */
int spk_qa_name_cue(const char *s, size_t a, size_t b, spk_cue *c);
int spk_answer_letter(const char *s, size_t a, size_t b, int after_q, spk_cue *c);

/* Reads a speaker cue at the start of the line s[a, b). Returns 1 and fills *c, or 0
 * when the line does not start with one. */
int spk_read_cue(const char *s, size_t a, size_t b, spk_cue *c);

/* The cue spk_read_cue turns down only because a figure follows a named label ("Tom
 * Bell: 40 at least.", "Revenue: 12%", "MS. REID: £5 each."): 1 and *c, and *titled 1
 * when the label addresses a person by a title ("MS. REID", "Sen. Hale"). Whether it
 * is a turn the statement decides (its label heard as one elsewhere, or a title). */
int spk_read_figure_cue(const char *s, size_t a, size_t b, spk_cue *c, int *titled);

/* Reads the line s[a, b) as a label standing alone ("Laura M. Hill", "Audience
 * member"), as panel transcripts put a speaker's name over each turn: returns 1 and
 * fills *c (text_start at the line's end) when it could be one. Whether it is one the
 * statement decides (the same names over several turns). */
int spk_line_cue(const char *s, size_t a, size_t b, spk_cue *c);

/* 1 when s[a, b) is the name of a person the header names. */
int spk_known_person(const hd_doc *d, const char *s, size_t a, size_t b);

/* 1 when the cue names the person who speaks unlabelled text before any cue (the
 * header's first person who does not ask). */
int spk_cue_is_default(const hd_doc *d, const spk_cue *c);

/* Splits a person's description ("by the NATO Secretary General Jens Stoltenberg
 * together with …", "Spokesperson Ana Ruiz", "THE PRESIDENT") into role and name, new
 * strings, either of which may be NULL. HD_ERR_NOMEM. */
/* Where s[0, n) ends without the letters after a name and their comma ("Margaret
 * Ellison, Ph.D.": after "Ellison"). */
size_t spk_name_end(const char *s, size_t n);
/* Whether w[0, n) is letters written after a name (data/en/post-nominals.txt: "OBE",
 * "K.C.", "GCMG"). */
int spk_post_nominal(const char *w, size_t n);
/* Whether s[a, b) is an office alone, as a line under a signature's name gives it
 * ("Minister for Industry", "Chief Executive Officer"): no name, no sentence. */
int spk_office_line(const char *s, size_t a, size_t b);

hd_status spk_split_person(const char *text, char **role, char **name);

/* A header line in capitals that is a role and a name, nothing else ("SECRETARY OF
 * COMMERCE DANIEL R. HOLLOWAY"): 1, and the line as a label in capitals is read (its
 * small words small) in a new *text, or 0. */
int spk_caps_person(const char *s, size_t a, size_t b, char **text);

/* s[0, n) as a label in capitals is read: title case, its small words small ("MINISTER
 * OF STATE FOR HEALTH": "Minister of State for Health"). A new string, NULL on oom. */
char *spk_title_case(const char *s, size_t n);

/* Reads the people a byline names into doc->people. HD_ERR_NOMEM. */
hd_status spk_byline_people(hd_doc *d);

/* Adds the people a header text names ("Secretary of Defense Ana Ruiz and Gen. Tom
 * Hale", "The Rt Hon Ana Ruiz MP"), cut at joins, to doc->people, merging with those
 * known (same person, or the same role); offices and places are not people. With
 * asks_after_by, in "with X by Y" the people of Y ask. HD_ERR_NOMEM. */
hd_status spk_add_people(hd_doc *d, const char *text, int asks_after_by);

/* The speaker a cue names: an existing speaker, a person of the byline now heard, or a
 * new speaker. `last` is the speaker before the cue (-1 if none). HD_ERR_NOMEM. */
hd_status spk_resolve(hd_doc *d, const spk_cue *c, int last, int *speaker);

/* The speaker a quotation is attributed to when s[a, b) starts with an attribution
 * ("said Councillor Ana Ruiz.", "according to the Mayor"): *speaker gets the speaker
 * (added if new) and *end where the attribution ends, or *speaker is -1.
 * HD_ERR_NOMEM. */
hd_status spk_attribution(hd_doc *d, size_t a, size_t b, int *speaker, size_t *end);

/* The speaker for a person named by name and/or role, added if new. HD_ERR_NOMEM. */
hd_status spk_person(hd_doc *d, const char *name, const char *role, int *speaker);

/* The unnamed questioner of a transcript (as "Q:" gives), added if new. HD_ERR_NOMEM. */
hd_status spk_questioner(hd_doc *d, int *speaker);

/* The interviewer, by name when one is given (NULL: unnamed), added if new.
 * HD_ERR_NOMEM. */
hd_status spk_interviewer(hd_doc *d, const char *name, int *speaker);

/* Whether s[a, b), after a quotation, attributes it to someone ("… , the chief
 * officer of the league said."), known or not. */
int spk_said_after(const hd_doc *d, size_t a, size_t b);

/* The speaker a quotation at q is attributed to when the text before it, from a,
 * ends with the person and the verb ("Deputy Mayor Priya Anand said:", "… Ruiz
 * added,"); *speaker is -1 when it does not. HD_ERR_NOMEM. */
hd_status spk_attribution_before(hd_doc *d, size_t a, size_t q, int *speaker);

/* The known person a sentence of s[a, b) reports as saying something, the latest
 * first ("Mr Rewiti said the programme would …"): capitalised words that open the
 * sentence, then a verb of data/en/attribution.txt. *speaker -1 when none.
 * HD_ERR_NOMEM. */
hd_status spk_reported(hd_doc *d, size_t a, size_t b, int *speaker);

/* Whether s[a, b) after a quotation attributes it with no name: "she said", « a-t-il
 * déclaré », « …», añadió. */
int spk_pronoun_said(const hd_doc *d, size_t a, size_t b);

/* The person a sentence of s[lo, q) names as its subject, the latest first ("Minister
 * Ana Ruiz opened …", « Le ministre Jean Morel a présenté … »): a role and a name,
 * then a verb in lower case. *speaker -1 when none. HD_ERR_NOMEM. */
hd_status spk_subject_before(hd_doc *d, size_t lo, size_t q, int *speaker);

/* Completes speakers known only as "Mr. Hale" or "Ms. Hill" (from cues such as
 * "MR. HALE:"), or by a role and surname ("Secretary Ruiz"), with the full name the
 * statement gives ("… bring up Tom Hale, our adviser"), when it names one person of
 * that surname. Statements of more than 64 speakers are left as they are (each search
 * reads the whole text). HD_ERR_NOMEM. */
hd_status spk_complete_names(hd_doc *d);

/* Whether s[a, b) ends with a colon and holds a lead-in (data/en/lead-ins.txt: "made
 * the following statement:", "her remarks as delivered:"). */
int spk_lead_in_line(const char *s, size_t a, size_t b);

/* A lead-in: when the paragraph s[a, b) ends with a colon and holds a phrase of
 * data/en/lead-ins.txt ("Below is a transcript of her remarks as delivered:"), the
 * person it hands the text to, the last role and name in s[from, b) ("Senator Maren
 * Tolliver"), as *speaker (added if new); else -1, or SPK_JOINT when two people give
 * it together ("Jo Bell, Mayor of Eastport, and Tim Agu, …"): no one's voice, not
 * even the header's. HD_ERR_NOMEM. */
#define SPK_JOINT (-2)
hd_status spk_lead_in(hd_doc *d, size_t a, size_t b, size_t from, int *speaker);

/* The speaker of unlabelled text before any cue: the byline's first person, or -1. */
hd_status spk_default(hd_doc *d, int *speaker);

/* Frees a document's index of speakers and people. Accepts NULL. */
void spk_index_free(struct spk_index *ix);

/* Casting entries ("who" strings) indexed, so that finding the last entry that
 * names a speaker (as spk_matches decides) costs a few lookups, not one per entry. */
typedef struct spk_cast_index spk_cast_index;
/* NULL on oom. */
spk_cast_index *spk_cast_index_new(const char *const *who, size_t n);
/* The last entry (index into who[]) that names the speaker, or -1. */
long spk_cast_find(const spk_cast_index *ix, const st_speaker *sp);
void spk_cast_index_free(spk_cast_index *ix);

/* 1 when `who` names the speaker: its id, name (or surname), role, or outlet. */
int spk_matches(const st_speaker *sp, const char *who);

/* What the narrator says to introduce a speaker ("Ana Ruiz, Spokesperson.",
 * "Question from Agence Nord."), new; NULL on oom. */
/* Whether an asker's role is the room ("Audience", "Audience member", "Crowd"):
 * announced as itself, not as a question. */
int spk_is_room(const char *role);

/* Whether one of the words of s[a, b) (between spaces and commas) is a role's word of
 * data/en/roles.txt: capitalised as written, or in any case when any_case ("chief
 * executive of the Harbour Trust"). */
int spk_role_word_in(const char *s, size_t a, size_t b, int any_case);
/* Whether the word at s[a] and the text after the colon, s[t, end), are a prize's
 * category and its work ("Fiction (English): “The Weight of Rain” by …"). */
int spk_prize_category(const char *s, size_t a, size_t t, size_t end);

/* Whether the word w[0, n) is a form of address ("Mr", "Dr.", "Dame"). */
int spk_honorific(const char *w, size_t n);
/* An office that stands as a title before a person's name ("Cllr", "President"). */
int spk_personal_office(const char *w, size_t n);

/* Whether w[0, n) is, in any case, the role of one who asks in an interview or a
 * broadcast (Interviewer, Host, Presenter, Moderator, Anchor, Reporter). */
int spk_asking_role(const char *w, size_t n);
char *spk_announcement(const st_speaker *sp);

/* 1 when s[a, b) is a time code as transcripts write it: "00:22", "(01:05)",
 * "[1:02:17]". */
int spk_time_code(const char *s, size_t a, size_t b);

/* Where a bracketed text stands, for spk_is_stage. */
enum { SPK_INSIDE, SPK_ALONE, SPK_BETWEEN };

/* The one test of a stage direction: 1 when the bracketed text s[a, b) ("(Applause.)",
 * "[inaudible 00:03:21]") starts with a stage word of data/en/stage.txt; when it
 * stands `where` SPK_ALONE, as a whole line, whatever it says ("(The President
 * departs.)"); SPK_BETWEEN sentences, when it has the shape of an editor's note on
 * what happens ("(Speaks Spanish.)", "(Mic off.)", "[Video plays]"): a capital first,
 * one to six words, no digits, no word of the first or second person, and in
 * parentheses no lone acronym ("(NATO)"). */
int spk_is_stage(const char *s, size_t a, size_t b, int where);

/* 1 when the bracketed text is a stage direction a listener must hear even inside a
 * sentence ("[inaudible]", "[crosstalk]"). */
int spk_stage_heard(const char *s, size_t a, size_t b);


#endif
