/* Tests of speech.c: the text handed to espeak-ng, one case per line, by family. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "dates.h"
#include "harness.h"
#include "speech.h"
#include "synth.h"

static const struct {
    const char *family, *in;
    st_kind kind;
    const char *want;
} cases[] = {
    {"symbols", "The limit is 50 km / h here.", ST_SPEECH, "The limit is 50 kilometres / h here."},
    {"symbols", "And / or we stop.", ST_SPEECH, "And or we stop."},
    /* an acronym opening with A after "of", "at", "for": the letter's sound, not "a" */
    {"acronyms", "The staff of AFP agreed.", ST_SPEECH, "The staff of [[,eI]] F.P agreed."},
    /* bullets and middle dots between a list's items: a pause */
    {"symbols", "Ada Quill \xE2\x80\xA2 Brass Lantern \xC2\xB7 Feral Choir", ST_META, "Ada Quill, Brass Lantern, Feral Choir"},
    {"abbr", "We met Mx. Oleander and Ms. Ruiz.", ST_SPEECH, "We met Mix Oleander and Miz Ruiz."},
    /* a spaced en dash between two amounts of money, two numbers or two dates: a range;
     * not between an address's number and its postcode, nor before an aside */
    {"ranges", "The outlook is $1.62 billion \xE2\x80\x93 $1.64 billion.", ST_SPEECH,
     "The outlook is 1.62 billion dollars to 1.64 billion dollars."},
    {"ranges", "It ran from 1 December 2024 \xE2\x80\x93 31 May 2025 in 90 countries.", ST_SPEECH,
     "It ran from the 1st of December 2024 to the 31st of May 2025 in 90 countries."},
    {"ranges", "Office hours 09.00 \xE2\x80\x93 12.30 daily.", ST_SPEECH, "Office hours 9 o'clock to 12 30 daily."},
    {"ranges", "Rue de la Loi 175 \xE2\x80\x93 B 1048 Brussels.", ST_SPEECH, "Rue de la Loi 175, B 1048 Brussels."},
    {"ranges", "It will cost $2.96 billion \xE2\x80\x93 64% more than planned.", ST_SPEECH,
     "It will cost 2.96 billion dollars, 64 percent more than planned."},
    /* units of oil and gas, inches only with their stop, a unit's stop before a number,
     * spans of fiscal years, military clock times */
    {"units", "Output was 39.7 mb/d and 1.2 bcm/yr.", ST_SPEECH,
     "Output was 39.7 million barrels a day and 1.2 billion cubic metres per year."},
    {"units", "He is 6 ft. 2 in. tall and it rained 2 in Paris.", ST_SPEECH,
     "He is 6 feet 2 inches tall and it rained 2 in Paris."},
    {"spans", "It covers FY24\xE2\x80\x93" "FY28 and FY2024-FY2026.", ST_SPEECH,
     "It covers fiscal years 24 to 28 and fiscal years 2024 to 2026."},
    {"times", "At 0610H and again at 0610 hrs the vessels came.", ST_SPEECH,
     "At oh 6 10 hours and again at oh 6 10 hours the vessels came."},
    {"abbr", "A skinny 17 y/o kid and a 9 y.o. girl.", ST_SPEECH, "A skinny 17 year-old kid and a 9 year-old girl."},
    /* an outline's roman numeral opening a heading: its number; an initial is none */
    {"roman", "II. Current Programs", ST_HEADING, "2, Current Programs"},
    {"roman", "IV. Conclusion", ST_HEADING, "4, Conclusion"},
    {"roman", "I. M. Pei Lecture", ST_HEADING, "I M Pei Lecture"},
    {"roman", "V. Raghavan attended.", ST_SPEECH, "V Raghavan attended."},
    /* a slash set apart between words: two names of one thing, a pause; "and / or" */
    {"symbols", "Medecins Sans Frontieres / Doctors Without Borders met at 10 a.m. PT / 1 p.m. ET and / or later.",
     ST_SPEECH, "Medecins Sans Frontieres, Doctors Without Borders met at 10 AM Pacific Time, 1 PM Eastern Time and or later."},
    /* abbreviations: titles, months, days, Latin, No., St., Gov., U.S. */
    {"abbr", "It was Jan. 5 then, and we met Mr. Ruiz.", ST_SPEECH, "It was January 5th then, and we met Mister Ruiz."},
    {"abbr", "Lt Gen Tom Hale and Maj Gen Ana Ruiz met Gen Z voters.", ST_SPEECH,
     "Lieutenant General Tom Hale and Major General Ana Ruiz met Gen Z voters."},
    {"abbr", "Growth was 4% y-o-y. E&OE.", ST_SPEECH, "Growth was 4 percent year on year, errors and omissions excepted."},
    {"abbr", "We are sorry, esp. to our members.", ST_SPEECH, "We are sorry, especially to our members."},
    {"abbr", "H.E. the Ambassador met Maj.-Gen. Tom Hale before the game v Northgate in Winnipeg, Man. on Friday.", ST_SPEECH,
     "His Excellency the Ambassador met Major General Tom Hale before the game versus Northgate in Winnipeg, Manitoba on Friday."},
    {"abbr", "It opened at 1401 E. 34th St. and Ruiz vs. Hale was heard.", ST_SPEECH,
     "It opened at 14 oh 1 East 34th Street and Ruiz versus Hale was heard."},
    {"abbr", "Cite grant no. IOS-2210457 under Resolution No. R-2025-88.", ST_SPEECH,
     "Cite grant number I.O.S 2 2 1 0 4 5 7 under Resolution number R-2025-88."},
    {"roman", "The patient got 10 mg IV daily. An IV drip. Artemis II flew.", ST_SPEECH,
     "The patient got 10 milligrams I.V daily, An I.V drip, Artemis 2 flew."},
    {"money", "They set up a $900-million fund and announced $1.2 billion in grants.", ST_SPEECH,
     "They set up a 900 million dollar fund and announced 1.2 billion dollars in grants."},
    {"money", "EPS was $1.07, versus $0.81 a year ago; the fare is \xC2\xA3" "4.05.", ST_SPEECH,
     "E.P.S was 1 dollar and 7 cents, versus 81 cents a year ago, the fare is 4 pounds and 5 pence."},
    {"brackets", "See paragraphs [34]-[41] and [12]. It grew in 2025.[1]", ST_SPEECH,
     "See paragraphs 34 to 41 and 12, It grew in 2025."},
    {"range", "Questions 1 - 6 were answered on Tue, 04/08/2025 - 11:30.", ST_SPEECH,
     "Questions 1 to 6 were answered on Tuesday, the 4th of August 2025, 11 30."},
    /* a spaced en dash between weekdays or clock times is a range; elsewhere a pause */
    {"range", "Call Monday \xE2\x80\x93 Friday, 8:00 AM \xE2\x80\x93 5:00 PM, or 9am - 5pm.", ST_SPEECH,
     "Call Monday to Friday, 8 AM to 5 PM, or 9 AM to 5 PM."},
    {"range", "It ran 11:08 A.M. \xE2\x80\x93 11:46 A.M.; sales rose \xE2\x80\x93 Friday was busy.", ST_SPEECH,
     "It ran 11 oh 8 AM to 11 46 AM, sales rose, Friday was busy."},
    /* a range on the 24-hour clock is said on it at both ends */
    {"time", "Visiting times remain 11:00\xE2\x80\x93" "20:00 daily, 9:00-17:30 and 14:00 \xE2\x80\x93 15:30.", ST_SPEECH,
     "Visiting times remain 11 hundred to 20 hundred daily, 9 hundred to 17 30 and 14 hundred to 15 30."},
    /* a figure in brackets that repeats the number in words is said once */
    {"number", "Within sixty (60) days, Two (2) cases and twenty-one (21) more; Phase two (2020).", ST_SPEECH,
     "Within sixty days, Two cases and twenty-one more, Phase two, 2020."},
    {"units", "From 1 hr 50 min to 1hr 12mins; 3 yrs in prison; 6 ct; 1,500 Bq/L at 0930hrs.", ST_SPEECH,
     "From 1 hour 50 minutes to 1 hour 12 minutes, 3 years in prison, 6 count, 1,500 becquerels per litre "
     "at oh 9 30 hours."},
    /* aircraft types as crews say them, not ranges */
    {"aircraft", "The Boeing 737-800, the 787-9, an A350-900, an A321neo, the Airbus A320, an ATR 72-600; "
     "pages 100-200.", ST_SPEECH,
     "The Boeing 7 3 7 800, the 7 8 7 9, an A3 50 900, an A3 21 neo, the Airbus A3 20, an A.T.R 72 600, "
     "pages 100 to 200."},
    /* a lone C, D, L or M after a counting word is a letter; an en dash between
     * weekdays or letters a range */
    {"roman", "Medicare Part D, Schedule C and Class C, but Title IX; open Mon\xE2\x80\x93Sat, Bands B\xE2\x80\x93" "D.",
     ST_SPEECH, "Medicare Part D, Schedule C and Class C, but Title 9, open Monday to Saturday, Bands B to D."},
    /* codes digit by digit after their word; caps NO. before an identifier; capital
     * scales before a word; a numeric date after a weekday */
    {"code", "The vessel, IMO 9384712, and ORDINANCE NO. 2026-07; 4.8M viewers and 2.3K posts; "
     "storms hit on Saturday, 11/1.", ST_SPEECH,
     "The vessel, I.M.O 9 3 8 4 7 1 2, and ORDINANCE number 2026 dash 07, 4.8 million viewers and 2.3 thousand posts, "
     "storms hit on Saturday, the 11th of January."},
    /* a price range per unit of time; a British road's number; weekdays written short
     * before a date; Ed.D., (Rtd), tel. */
    {"money", "They save $230\xE2\x80\x93$310/yr on the B3417 and the A1079 near the A39 from Tue 11/4; "
     "Ann Roe, Ed.D., and Justice Kamau (Rtd), tel.: 0800 555 0101.", ST_SPEECH,
     "They save 230 to 310 dollars a year on the B3 4 1 7 and the A1 0 7 9 near the A39 from Tuesday the 11th of April, "
     "Ann Roe, Ed D, and Justice Kamau, retired, telephone, 0 8 0 0, 5 5 5, 0 1 0 1."},
    /* an amount after "a" and an adjective is said in the singular before its noun;
     * a unit alone after "per" */
    {"money", "We face a projected $3.2 billion shortfall and a new $40 million stadium at $0.50 per m\xC2\xB3.",
     ST_SPEECH,
     "We face a projected 3.2 billion dollar shortfall and a new 40 million dollar stadium at 50 cents per cubic metre."},
    /* a spelled acronym's possessive keeps its letters ("the ACCC's" was "akk") */
    {"abbr", "The ACCC's report and the EU's plan.", ST_SPEECH, "The A.C.C.C's report and the EU's plan."},
    /* a list of roman numerals after a counting word in the plural */
    {"roman", "Regions I, II, III and IV, Region IV, Titles II and IX, Parts I to III.", ST_SPEECH,
     "Regions 1, 2, 3 and 4, Region 4, Titles 2 and 9, Parts 1 to 3."},
    /* the hours after a phone number; a word's number sign; Indian grouping after a
     * currency and before a unit */
    {"phone", "Call +46 8 555 230 99 (24 hours) about Lot# 25209A.", ST_SPEECH,
     "Call plus 4 6, 8, 5 5 5, 2 3 0, 9 9, 24 hours, about Lot number 25209A."},
    {"number", "We have 1,46,000 km of road; it costs Rs. 12,50,000.", ST_SPEECH,
     "We have 1 lakh 46 thousand kilometres of road, it costs 12 lakh 50 thousand rupees."},
    /* a compass point between a house number and the street */
    {"address", "Go to 10 S. Kedzie Ave. or 400 N. Lake St. or 1401 E. 34th St.", ST_SPEECH,
     "Go to 10 South Kedzie Avenue or 400 North Lake Street or 14 oh 1 East 34th Street."},
    {"address", "It was near N. Elm St. and Oak St. NW, by Det. Nguyen and Sts. Peter and Paul.", ST_SPEECH,
     "It was near North Elm Street and Oak Street Northwest, by Detective Nguyen and Saints Peter and Paul."},
    {"address", "They met on Fri. Jan. 9 in St. Louis.", ST_SPEECH, "They met on Friday, January 9th in Saint Louis."},
    /* units joined to their noun, after "per", after "N+"; a case number after "#" */
    {"unit", "A 1.5-km line, a 20-MW farm, the 10-yr yield, 30 cents per kWh and $2 per kg.", ST_SPEECH,
     "A 1.5 kilometre line, a 20 megawatt farm, the 10 year yield, 30 cents per kilowatt hour and 2 dollars per kilogram."},
    {"unit", "We drove 20+ km for 500+ families at $3.89/gal. today.", ST_SPEECH,
     "We drove 20 plus kilometres for 500 plus families at 3 dollars and 89 cents per gallon, today."},
    {"identifier", "Case #: 25-004512 was filed.", ST_SPEECH, "Case number, 25 dash 004512 was filed."},
    /* a scale of a scale ("lakh crore"), a four-digit hotline after "call", US
     * abbreviations, the Philippine peso's code */
    {"money", "It costs \xE2\x82\xB9" "11.2 lakh crore and Rs 5 lakh crore.", ST_SPEECH,
     "It costs 11.2 lakh crore rupees and 5 lakh crore rupees."},
    {"phone", "Please call 1799 now, or dial 1800 for help.", ST_SPEECH, "Please call 1 7 9 9 now, or dial 1 8 0 0 for help."},
    {"phone", "Ring the toll-free line on 1800 255 0000.", ST_SPEECH, "Ring the toll-free line on 1 8 0 0, 2 5 5, 0 0 0 0."},
    /* a number a few words after the word that dials it ("call the SES on …"), in
     * groups; not one that a noun after it counts, nor "call on" itself */
    {"phone", "Call the flood line on 132 500 or ring us on 13 27 01 today.", ST_SPEECH,
     "Call the flood line on 1 3 2, 5 0 0 or ring us on 13 27 01 today."},
    {"phone", "We call on 25 000 volunteers to ring 100 000 homes.", ST_SPEECH,
     "We call on 25000 volunteers to ring 100000 homes."},
    {"phone", "Volunteers will phone 12 000 Victorians, or call 132 500 Monday to Friday.", ST_SPEECH,
     "Volunteers will phone 12000 Victorians, or call 1 3 2, 5 0 0 Monday to Friday."},
    /* a call's code after "is", and the key that ends it */
    {"phone", "The conference ID is 4471 9902, passcode 774210#.", ST_SPEECH,
     "The conference I.D is 4 4 7 1, 9 9 0 2, passcode 7 7 4 2 1 0 #."},
    {"phone", "The webinar number is 845 1123 7789; your reference code is 4471 9902; access code 552 019#.", ST_SPEECH,
     "The webinar number is 8 4 5, 1 1 2 3, 7 7 8 9, your reference code is 4 4 7 1, 9 9 0 2, access code 5 5 2, 0 1 9 #."},
    /* a North American number with its groups a space apart */
    {"phone", "Call the Office of Coastal Services on 916 845 8510 or dial 1 800 555 0199.", ST_SPEECH,
     "Call the Office of Coastal Services on 9 1 6, 8 4 5, 8 5 1 0 or dial 1, 8 0 0, 5 5 5, 0 1 9 9."},
    /* an endnote's mark opening the note; a regnal number in capitals */
    {"note", "[1] Cf. Francis, Encyclical Letter, 48.", ST_NOTE, "Note 1, compare Francis, Encyclical Letter, 48."},
    /* a post's pictographs are not read */
    {"emoji", "We let you down. \xF0\x9F\xA7\xB5 Thank you \xE2\x9C\x88\xEF\xB8\x8F\xE2\x9D\xA4\xEF\xB8\x8F all.", ST_SPEECH,
     "We let you down, Thank you all."},
    /* Catholic books' short names and numbered books */
    {"scripture", "Honour your father (Sir 3:2), mount up (Is 40:31) and be ready (1 Pet 3:15).", ST_SPEECH,
     "Honour your father, Sirach chapter 3, verse 2, mount up, Isaiah chapter 40, verse 31, and be ready, First Peter chapter 3, verse 15."},
    {"regnal", "ADDRESS OF HIS HOLINESS POPE LEO XIV", ST_META, "ADDRESS OF HIS HOLINESS POPE LEO the 14th"},
    {"regnal", "REMARKS BY HENRY FORD III ON WORLD WAR II", ST_META, "REMARKS BY HENRY FORD the 3rd ON WORLD WAR 2"},
    {"abbreviation", "The Wisconsin Propane Gas Assn. and the Govt. agreed.", ST_SPEECH,
     "The Wisconsin Propane Gas Association and the Government agreed."},
    {"money", "The fund holds PHP 4.5 billion.", ST_SPEECH, "The fund holds 4.5 billion pesos."},
    {"money", "Earnings were $0.42/share, up from $1.07/share; fees stay $0.00/hr.", ST_SPEECH,
     "Earnings were 42 cents per share, up from 1 dollar and 7 cents per share, fees stay 0 dollars an hour."},
    /* "est." before a count and before a year; Malaysia's "mil.", "Mdm", "bte"; months */
    {"abbreviation", "An est. 120,000 came; the firm was est. 1990.", ST_SPEECH,
     "An estimated 120,000 came, the firm was established 19 90."},
    {"money", "The RM640 mil. plan helps Mdm Siti Rahimah bte Osman after a 9-mth course.", ST_SPEECH,
     "The 640 million ringgit plan helps Madam Siti Rahimah binte Osman after a 9 month course."},
    /* editors' marks: "(ph)", a copyright sign beside its word; ".edu" and "RT HON" */
    {"marks", "This is Tomas Velez (ph), a captain. Copyright \xC2\xA9 2026 Kestrel Radio.", ST_SPEECH,
     "This is Tomas Velez, a captain, Copyright 2026 Kestrel Radio."},
    {"address", "Write to news@thornbury.edu today.", ST_SPEECH, "Write to news at thornbury dot E D U today."},
    {"title", "INTERVIEW: RT HON DAVID ASHWORTH MP spoke.", ST_SPEECH, "INTERVIEW, Right Honourable DAVID ASHWORTH M.P spoke."},
    {"fraction", "It rose 3\xC2\xBD% in a year.", ST_SPEECH, "It rose 3 and a half percent in a year."},
    {"fraction", "We cut by 1/4 percentage point; a 1/2 point cut and a 3/4 chance.", ST_SPEECH,
     "We cut by one quarter percentage point, a half point cut and a three quarters chance."},
    {"fraction", "They met on 1/4 and again on 3/4.", ST_SPEECH, "They met on the 1st of April and again on the 3rd of April."},
    {"dash", "Not a foregone conclusion\xE2\x80\x94" "far from it.", ST_SPEECH, "Not a foregone conclusion, far from it."},
    {"dash", "Reserve balances\xE2\x80\x94IORB\xE2\x80\x94" "and so on.", ST_SPEECH, "Reserve balances, I.O.R.B, and so on."},
    {"dash", "The Leeds\xE2\x80\x93Manchester line in 2020\xE2\x80\x94" "2021.", ST_SPEECH, "The Leeds Manchester line in 2020 to 2021."},
    {"multiple", "A book-to-bill of 1.3x.", ST_SPEECH, "A book-to-bill of 1.3 times."},
    {"acronym", "WHO/Europe and UNICEF/WHO said so.", ST_SPEECH, "W.H.O Europe and UNICEF W.H.O said so."},
    {"acronym", "The ADP report and HICP figures.", ST_SPEECH, "The A.D.P report and H.I.C.P figures."},
    /* capitals no reader would say as a word are spelled, listed or not; those a reader
     * would say, and a word in capitals for emphasis, are left to espeak-ng */
    {"acronym", "The UDCG, MSME, GCIS, OCBC and CSIR met.", ST_SPEECH, "The U.D.C.G, M.S.M.E, G.C.I.S, O.C.B.C and C.S.I.R met."},
    /* three capitals, a vowel then two consonants that end no English word: spelled,
     * their plural too; the few words so made stay */
    {"acronym", "The EPP and ECR groups, 6.9 million IDPs and the ITV report; ADD ALL the END.", ST_SPEECH,
     "The E.P.P and E.C.R groups, 6.9 million I.D.P's and the I.T.V report, ADD ALL the END."},
    /* plurals of spelled capitals; two letters apart, which espeak-ng reads "E dot V's"
     * when joined by a stop */
    {"acronym", "Sales of EVs and HGVs rose; we issued IDs and ICBMs to MPs.", ST_SPEECH,
     "Sales of E V's and H.G.V's rose, we issued I D's and I.C.B.M's to M P's."},
    {"acronym", "We came FIRST, and BRICS, FEMA, SCOTUS, CARICOM and NASDAQ agreed.", ST_SPEECH,
     "We came FIRST, and BRICS, FEMA, SCOTUS, CARICOM and NASDAQ agreed."},
    {"abbr", "Sr. Anne Bose met John Smith Sr. today; RAdm. Shaked cited (n. 14) and nn. 20-21 and NIS 2.4 billion.", ST_SPEECH,
     "Sister Anne Bose met John Smith Senior today, Rear Admiral Shaked cited, number 14, and numbers 20 to 21 and 2.4 billion shekels."},
    {"contact", "M: 07700 900 312", ST_META, "Mobile, 0 7 7 0 0, 9 0 0, 3 1 2"},
    /* a contact's letter only over a contact's value: "T: Talking." is a letter */
    {"contact", "E: press@harbour.example", ST_META, "Email, press at harbour dot example"},
    {"contact", "T: Talking.", ST_SPEECH, "T, Talking."},
    {"contact", "M: Mentoring for every member.", ST_SPEECH, "M, Mentoring for every member."},
    {"abbr", "Starting with Bldgs. 2210 through 2216. Good morning, Asec. Joey.", ST_SPEECH,
     "Starting with Buildings 2210 through 2216, Good morning, Assistant Secretary Joey."},
    {"place", "ASHCOMBE, ON \xE2\x80\x93 The unit met in Cambridge, MA, and said Hello, OK.", ST_SPEECH,
     "ASHCOMBE, Ontario, The unit met in Cambridge, Massachusetts, and said Hello, OK."},
    /* the codes that are words too, after a town: the state; after a word said to
     * someone, the word */
    /* a funding round that an amount measures: the currency in the singular, in a
     * headline's capitals too */
    {"money", "Northwind Announces $75 Million Series C to Scale.", ST_SPEECH,
     "Northwind Announces 75 million dollar Series C to Scale."},
    /* a generation after a surname and a middle initial: "the third"; a war's or a
     * mission's numeral stays a number */
    {"regnal", "Secretary Lloyd J. Austin III thanked the World War II veterans.", ST_SPEECH,
     "Secretary Lloyd J Austin the 3rd thanked the World War 2 veterans."},
    /* a clock with a stop before "hrs" after a word of time (not a duration); an
     * acting rank written with a slash; week on week */
    {"clock", "The briefing is at 10.30 hrs.", ST_SPEECH, "The briefing is at 10 30 hours."},
    {"abbrev", "He cited fig. 2 on p. 14 and Ref. no. 44.", ST_SPEECH, "He cited figure 2 on page 14 and reference number 44."},
    /* the European Parliament's mark of the language spoken, before a member's words,
     * is not said; look-alike: brackets of another kind are */
    {"tag", "(FR) Madame la Pr\xC3\xA9sidente, our farmers need predictability.", ST_SPEECH,
     "Madame la Pr\xC3\xA9sidente, our farmers need predictability."},
    /* an amount before its noun and a verb, after "the": the noun's size, singular;
     * look-alikes: the amount as the subject, and its scale before the verb */
    {"money", "The $300 rebate starts now.", ST_SPEECH, "The 300 dollar rebate starts now."},
    {"money", "The $300 was paid.", ST_SPEECH, "The 300 dollars was paid."},
    {"money", "The $5 million covers costs.", ST_SPEECH, "The 5 million dollars covers costs."},
    {"title", "H.H. Sheikh Abdullah bin Zayed and H.R.H. Prince Faisal met.", ST_SPEECH,
     "His Highness Sheikh Abdullah bin Zayed and His Royal Highness Prince Faisal met."},
    /* a treaty and a weapon said as words; a declaration's and an application's
     * letters spelled */
    {"acronym", "The 1982 UNCLOS, the DOC, ATACMS and a BLA.", ST_SPEECH,
     "The 19 82 Unclos, the D.O.C, Atacms and a B.L.A."},
    /* an amount and how often, hyphened before a noun; a rate's zeros after its point */
    {"money", "A \xC2\xA3" "40,000-a-year post and a 20-per-day limit.", ST_SPEECH,
     "A 40,000 pounds a year post and a 20 per day limit."},
    {"percent", "The rate stays at 4.00%, up from 3.50% and 3.05%; 100% of it.", ST_SPEECH,
     "The rate stays at 4 percent, up from 3.5 percent and 3.05 percent, 100 percent of it."},
    {"clock", "It lasted 1.25 hours.", ST_SPEECH, "It lasted 1.25 hours."},
    {"rank", "Det A/Insp Tully said cases were up 9% w/w.", ST_SPEECH,
     "Detective Acting Inspector Tully said cases were up 9 percent week on week."},
    /* the US Government Publishing Office's footnote marks: not said after a word; a
     * note opening with one says its number; after a space, as written */
    {"note", "OPENING STATEMENT OF SENATOR OKAFOR\\2\\", ST_META, "OPENING STATEMENT OF SENATOR OKAFOR"},
    {"note", "Costs rose 12%\\3\\ in the year.", ST_SPEECH, "Costs rose 12 percent in the year."},
    {"note", "\\1\\ The letter appears in the Appendix.", ST_NOTE, "Note 1, The letter appears in the Appendix."},
    /* a figure over a larger one alone is a fraction; after a word that dates it, a
     * day and a month as before */
    {"fraction", "Rail carries 1/3 of freight (target: 1/2 by 2035), and road the other 2/3.", ST_SPEECH,
     "Rail carries one third of freight, target, one half by 2035, and road the other two thirds."},
    {"fraction", "We meet on 1/3 and on Tuesday 2/4, with the deadline 3/4.", ST_SPEECH,
     "We meet on the 1st of March and on Tuesday the 2nd of April, with the deadline 3/4."},
    /* Congress's records are identifiers, and "S. Hrg." ends no sentence */
    {"record", "The record is S. Hrg. 119-212 and H. Rept. 118-45; ages 18-25 may apply.", ST_SPEECH,
     "The record is Senate Hearing 119 dash 212 and House Report 118 dash 45, ages 18 to 25 may apply."},
    /* a direct line after an en dash is a group of the number; a clock after it is not */
    {"phone", "Tel. +49 40 123 456 \xE2\x80\x93 78, Fax +49 40 123 456 \xE2\x80\x93 99.", ST_META,
     "Telephone plus 4 9, 4 0, 1 2 3, 4 5 6, 7 8, Fax plus 4 9, 4 0, 1 2 3, 4 5 6, 9 9."},
    {"phone", "Call +49 40 123 456 \xE2\x80\x93 8 pm is late.", ST_SPEECH,
     "Call plus 4 9, 4 0, 1 2 3, 4 5 6 to 8 PM is late."},
    {"code", "Dial in, then PIN 8812# and PIN 4402.", ST_SPEECH, "Dial in, then PIN 8 8 1 2 # and PIN 4 4 0 2."},
    /* a price per a unit of one letter: per tonne */
    {"money", "Coal hit US$60/t, up from A$52/t; a $5/kg rise.", ST_SPEECH,
     "Coal hit 60 US dollars per tonne, up from 52 Australian dollars per tonne, a 5 dollar per kilogram rise."},
    /* words in capitals inside a sentence in lower case, said as words: clusters of
     * consonants English has inside words ("CENTRE", "SAMPLE", "EXTRA") */
    {"caps", "The EVACUATION CENTRE has a SAMPLE of EXTRA supplies; the IOPC agrees.", ST_SPEECH,
     "The EVACUATION CENTRE has a SAMPLE of EXTRA supplies, the I.O.P.C agrees."},
    /* a release's questions and answers read with their labels: said as words */
    {"qa", "Q: How many flights are affected?", ST_SPEECH, "Question, How many flights are affected?"},
    {"qa", "Q. How many flights are affected?", ST_SPEECH, "Question, How many flights are affected?"},
    {"qa", "A: Two flights have been cancelled.", ST_SPEECH, "Answer, Two flights have been cancelled."},
    /* an earthquake's intensity in Roman numerals, a junction's abbreviation */
    {"numeral", "Intensity V was felt in Tacloban and Intensity VI in Palo.", ST_SPEECH,
     "Intensity 5 was felt in Tacloban and Intensity 6 in Palo."},
    {"street", "A cable at Granger Jct was damaged.", ST_SPEECH, "A cable at Granger Junction was damaged."},
    /* a product's dates and codes: a month and a year after "best by", a lot's code;
     * look-alike: a decision's number */
    {"recall", "Boxes marked BEST BY 04/2026 and lot code 2025-118 are affected.", ST_SPEECH,
     "Boxes marked BEST BY April 2026 and lot code 2 0 2 5, 1 1 8 are affected."},
    {"recall", "Decision 04/2026 applies.", ST_SPEECH, "Decision 04/2026 applies."},
    /* an Indian speech's style in capitals */
    {"style", "SPEECH OF HON'BLE GOVERNOR AT THE CONVOCATION", ST_TITLE, "SPEECH OF Honourable GOVERNOR AT THE CONVOCATION"},
    /* titles in capitals with their stops, as in Title Case; look-alikes: a
     * capitals word at a sentence's end, a month before its day */
    {"caps", "TRANSCRIPT: GOV. HART, LT. GOV. SIMMS BRIEF MEDIA", ST_TITLE,
     "TRANSCRIPT, Governor HART, Lieutenant Governor SIMMS BRIEF MEDIA"},
    {"caps", "I thank SEN. OKAFOR and REP. LIN for coming.", ST_SPEECH,
     "I thank Senator OKAFOR and Representative LIN for coming."},
    {"caps", "SHRI Mohan Das and SMT. Devi attended.", ST_SPEECH, "Shree Mohan Das and Shrimati Devi attended."},
    {"caps", "The award went to SHRI VIKRAM ROY of Pune.", ST_SPEECH, "The award went to Shree VIKRAM ROY of Pune."},
    {"caps", "THE VOTE WAS IN THE SEN.", ST_SPEECH, "THE VOTE WAS IN THE SEN."},
    /* a label after its capitalised noun, a screen's resolution: no scale
     * (look-alikes: a count in millions, a sum in thousands) */
    {"label", "Students may stay in Building 4B of Hollis Hall until May.", ST_SPEECH,
     "Students may stay in Building 4B of Hollis Hall until May."},
    {"label", "The new camera shoots 4K video.", ST_SPEECH, "The new camera shoots 4K video."},
    {"label", "The final reached 4.8M viewers.", ST_SPEECH, "The final reached 4.8 million viewers."},
    {"label", "Every buyer gets a $4K trade-in credit.", ST_SPEECH, "Every buyer gets a 4 thousand dollar trade-in credit."},
    /* an emergency number before what it names, or after "call" and an adverb
     * (look-alike: a count) */
    {"service", "Median 911 response time dropped.", ST_SPEECH, "Median 9 1 1 response time dropped."},
    {"service", "If you see something, call 911 right away.", ST_SPEECH, "If you see something, call 9 1 1 right away."},
    {"service", "We had 911 cases.", ST_SPEECH, "We had 911 cases."},
    /* nanometres for a chip, nautical miles at sea */
    {"nm", "Our new N3 chip is built on a 3 nm process.", ST_SPEECH, "Our new N3 chip is built on a 3 nanometre process."},
    {"nm", "The vessel was 12 nm off the coast.", ST_SPEECH, "The vessel was 12 nautical miles off the coast."},
    /* a court's chamber and a sentencing table's category count in Roman numerals
     * (look-alike: a lone I after a counting word in lower case is the pronoun) */
    {"numeral", "Today, Pre-Trial Chamber I issued a warrant.", ST_SPEECH, "Today, Pre-Trial Chamber 1 issued a warrant."},
    {"numeral", "The offense level is 27, criminal history category II.", ST_SPEECH,
     "The offense level is 27, criminal history category 2."},
    {"numeral", "In the next phase I will travel.", ST_SPEECH, "In the next phase I will travel."},
    /* a case's caption in capitals: the Latin and the company's form said, not spelled */
    {"caps", "We hear MEREDITH, ET AL. versus DELMAR FREIGHT, INC.", ST_SPEECH,
     "We hear MEREDITH, et al versus DELMAR FREIGHT, Incorporated."},
    /* a room's, an exhibit's and a point's abbreviations end no sentence */
    {"abbrev", "Sessions will be held in the Student Union, Rm. 204.", ST_SPEECH,
     "Sessions will be held in the Student Union, Room 204."},
    {"abbrev", "The report is marked Ex. 4 in the record.", ST_SPEECH, "The report is marked Exhibit 4 in the record."},
    {"abbrev", "The ferry leaves Pt. Chalmers at 8 a.m.", ST_SPEECH, "The ferry leaves Point Chalmers at 8 AM."},
    /* a British dotted time with its zone (look-alike: a decimal with no zone) */
    {"time", "I will give a further update at 16.00 GMT today.", ST_SPEECH,
     "I will give a further update at 16 hundred Greenwich Mean Time today."},
    {"time", "The index rose 11.30 points.", ST_SPEECH, "The index rose 11.30 points."},
    /* a dateline's state code before the date in brackets */
    {"place", "CHICAGO, IL (Oct. 2, 2025) \xE2\x80\x94 Members voted.", ST_SPEECH,
     "CHICAGO, Illinois, October 2nd, 2025, Members voted."},
    /* items counted in lower-case Roman numerals inside a sentence (look-alike: a
     * lone "(i)" after "(h)" is a letter) */
    {"items", "The factors are (i) your conviction; and (ii) the fact that you fled.", ST_SPEECH,
     "The factors are, 1, your conviction, and, 2, the fact that you fled."},
    {"items", "The criteria are (g) age, (h) health and (i) income.", ST_SPEECH,
     "The criteria are, g, age, h, health and, i, income."},
    /* an amount before the noun it measures, after a possessive or with no article
     * (look-alike: an amount before a preposition is a quantity) */
    {"money", "The Conservancy completed its $14.2 million purchase of the ranch.", ST_SPEECH,
     "The Conservancy completed its 14.2 million dollar purchase of the ranch."},
    {"money", "Voters feel $4 gas and $7 eggs.", ST_SPEECH, "Voters feel 4 dollar gas and 7 dollar eggs."},
    {"money", "She lost $212,000 in savings.", ST_SPEECH, "She lost 212,000 dollars in savings."},
    /* kisses at a note's sign-off (look-alike: a numeral in capitals) */
    {"kisses", "xx Jolie", ST_SPEECH, "kisses Jolie"},
    {"kisses", "Super Bowl XX was played in New Orleans.", ST_SPEECH, "Super Bowl 20 was played in New Orleans."},
    /* a latitude's and a longitude's letters after the degree sign (look-alike: a
     * temperature's) */
    {"degrees", "The epicentre was at 11.82\xC2\xB0N, 125.47\xC2\xB0" "E.", ST_SPEECH,
     "The epicentre was at 11.82 degrees north, 125.47 degrees east."},
    {"degrees", "It was 35\xC2\xB0" "C at noon.", ST_SPEECH, "It was 35 degrees Celsius at noon."},
    /* a state's code after the part of it ("northern CA"); look-alike: a code in a
     * sentence without one ("the CA said") */
    {"place", "The bars were sold in northern CA.", ST_SPEECH, "The bars were sold in northern California."},
    {"place", "The CA said so.", ST_SPEECH, "The C.A said so."},
    /* seconds after a duration's minutes (look-alike: "the 1990s", a lone "s") */
    {"duration", "The one-way light time is 11 min 42 s.", ST_SPEECH,
     "The one-way light time is 11 minutes 42 seconds."},
    {"duration", "Give us 42 s of your time.", ST_SPEECH, "Give us 42 s of your time."},
    /* "Washington, DC" is said as written, as "Washington, D.C." is */
    {"place", "The office in Washington, DC opens today.", ST_SPEECH, "The office in Washington, D.C opens today."},
    {"place", "I honor the town of Millbrook, OR. She works in Bangor, ME. Hello, OH.", ST_SPEECH,
     "I honor the town of Millbrook, Oregon, She works in Bangor, Maine, Hello, OH."},
    {"money", "Mayor Announces $186 Million Investment to Expand Bus Lanes", ST_TITLE,
     "Mayor Announces 186 million dollar Investment to Expand Bus Lanes"},
    {"acronym", "Investigated by IRS-CI and USAO-MD with an AU-led force.", ST_SPEECH,
     "Investigated by I.R.S C.I and U.S.A.O M.D with an A.U led force."},
    {"service", "Call 911 or dial 999 now; call 300 people.", ST_SPEECH, "Call 9 1 1 or dial 9 9 9 now, call 300 people."},
    {"ratio", "Randomized 2:1 by a 3:1 margin at 2:14 pm.", ST_SPEECH, "Randomized 2 to 1 by a 3 to 1 margin at 2 14 PM."},
    /* a long code of figures and capitals, one by one */
    {"code", "LEI 213800ABCDEF12345678 and ISIN GB00B03MLX29; the COVID19 wave.", ST_SPEECH,
     "LEI 2 1 3 8 0 0 [[,eI]] B C D E F 1 2 3 4 5 6 7 8 and ISIN G B 0 0 B 0 3 M L X 2 9, the COVID19 wave."},
    {"call", "Dial in with access code 123456 or participant code 4471882.", ST_SPEECH,
     "Dial in with access code 1 2 3 4 5 6 or participant code 4 4 7 1 8 8 2."},
    {"call", "Conference ID 13754982, Meeting ID 845 2231 9970, passcode 441920.", ST_SPEECH,
     "Conference I.D 1 3 7 5 4 9 8 2, Meeting I.D 8 4 5, 2 2 3 1, 9 9 7 0, passcode 4 4 1 9 2 0."},
    {"money", "Pay rose to $19.50/hr and $35/month.", ST_SPEECH, "Pay rose to 19 dollars and 50 cents an hour and 35 dollars a month."},
    {"phone", "Call +44 (0)20 7946 0958.", ST_SPEECH, "Call plus 4 4, 2 0, 7 9 4 6, 0 9 5 8."},
    {"unit", "400 m\xC2\xB3 of water and 35 \xC2\xB5g/m\xC2\xB3 of dust at 12 mm/h.", ST_SPEECH,
     "400 cubic metres of water and 35 micrograms per cubic metre of dust at 12 millimetres an hour."},
    {"reference", "Quote file number 251116/4471 or Incident number: WP25-118432; number 10 is 4000.", ST_SPEECH,
     "Quote file number 2 5 1 1 1 6, slash, 4 4 7 1 or Incident number, W P 2 5, 1 1 8 4 3 2, number 10 is 4000."},
    {"url", "See apsc.gov.au, ir.harborbank.com and www.bund.de; not example.com or e.g. this.", ST_SPEECH,
     "See apsc dot gov dot A U, ir dot harborbank dot com and bund dot D E, not example.com or for example this."},
    {"street", "Highway 7 (Ferndale Rd) was closed near McAllister Dr and Kerr St overnight.", ST_SPEECH,
     "Highway 7, Ferndale Road, was closed near McAllister Drive and Kerr Street overnight."},
    /* "Dr." after a street's name is Drive; before a name, Doctor */
    {"street", "Send it to 12 Oak Dr. in Salem, where Minister Dr. Ana Ruiz met Dr. Hale.", ST_SPEECH,
     "Send it to 12 Oak Drive in Salem, where Minister Doctor Ana Ruiz met Doctor Hale."},
    {"street", "Officer Dr Jane Smith met Dr Smith.", ST_SPEECH, "Officer Dr Jane Smith met Dr Smith."},
    {"time", "The sitting resumed at 11.52 and rose at 12.05 p.m.", ST_SPEECH,
     "The sitting resumed at 11 52 and rose at 12 oh 5 PM."},
    {"time", "Prices at 3.50 per kilo rose at 11.52 percent.", ST_SPEECH, "Prices at 3.50 per kilo rose at 11.52 percent."},
    {"indian", "It cost 1,84,36,210 rupees and 12,34,567 more, not 1,234,567.", ST_SPEECH,
     "It cost 1 crore 84 lakh 36 thousand 210 rupees and 12 lakh 34 thousand 567 more, not 1,234,567."},
    {"abbr", "MR. HALE met HON. DR. SAMUEL OKAFOR in Bldg 4 with the Charge d Affaires a.i. Ann Roe.", ST_SPEECH,
     "Mister HALE met Honourable Doctor SAMUEL OKAFOR in Building 4 with the Charge d Affaires ad interim Ann Roe."},
    {"scripture", "As Lk 24:15 says, and Matt. 5:9-12 and John 3:16, at 5:30 with Tim.", ST_SPEECH,
     "As Luke chapter 24, verse 15 says, and Matthew chapter 5, verses 9 to 12 and John chapter 3, verse 16, "
     "at 5 30 with Tim."},
    {"date", "The man, born 04.09.96, left; version 2.5.10 and 1.25.10 did not.", ST_SPEECH,
     "The man, born the 4th of September 19 96, left, version 2 point 5 point 10 and 1 point 25 point 10 did not."},
    /* a section's or version's numbers parted by stops, each whole; an internet address
     * with "dot" */
    {"dotted", "Policy 4.2.1, RCW 28B.10.900 and host 192.168.0.1 (build 2.10.3).", ST_SPEECH,
     "Policy 4 point 2 point 1, R.C.W 28B dot 10 dot 900 and host 192 dot 168 dot 0 dot 1, build 2 point 10 point 3."},
    {"code", "Write to postcode 4810, ZIP 20500-0001, ext. 2231 or postal code 75007 by 4810 means.", ST_SPEECH,
     "Write to postcode 4 8 1 0, ZIP 2 0 5 0 0, 0 0 0 1, extension 2 2 3 1 or postal code 7 5 0 0 7 by 4810 means."},
    {"abbr", "In R -v- Hale the court sat.", ST_SPEECH, "In R versus Hale the court sat."},
    /* square units written apart; treaties spelled; a number in capitals; a reference */
    {"unit", "The flat is 85 sq. m. and 40 sq m, 3 sq. ft. and 2 sq km; the sq root stays.", ST_SPEECH,
     "The flat is 85 square metres and 40 square metres, 3 square feet and 2 square kilometres, the sq root stays."},
    {"unit", "It covers 12 sq. mi.", ST_SPEECH, "It covers 12 square miles."},
    {"abbr", ".......................J. [SURYA PRAKASH MENON]", ST_META, "Justice SURYA PRAKASH MENON"},
    {"abbr", "Heard Mr. Anil Sharma, ld. Sr. Adv. for the appellants.", ST_SPEECH,
     "Heard Mister Anil Sharma, learned Senior Advocate for the appellants."},
    {"abbr", "Under Article 101 TFEU, APPEAL NO. 34 and Ref. DC 12 apply.", ST_SPEECH,
     "Under Article 101 T.F.E.U, APPEAL number 34 and reference D.C 12 apply."},
    /* a bar between fields is a pause, not silence run together */
    {"bar", "Presidency of the Republic | 15 October 2025 | Press", ST_META,
     "Presidency of the Republic, the 15th of October 2025, Press"},
    /* a passage in another script is spoken by espeak-ng's voice of its language
     * ({code:…} here stands for the frame the synthesiser switches voices at):
     * Ukrainian, Russian by their own letters, Greek, Arabic, kana */
    {"script", "The poet \xD0\x86\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C (Ivan Koval) read.",
     ST_SPEECH, "The poet {uk:\xD0\x86\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C}, Ivan Koval, read."},
    {"script", "Signs read \xD0\xBC\xD1\x8B \xD0\xB7\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8C and \xCF\x86\xCE\xB9\xCE\xBB\xCE\xBF\xCE\xBE\xCE\xB5\xCE\xBD\xCE\xAF\xCE\xB1, "
     "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 and \xE3\x81\x82\xE3\x82\x8A\xE3\x81\x8C\xE3\x81\xA8\xE3\x81\x86.", ST_SPEECH,
     "Signs read {ru:\xD0\xBC\xD1\x8B \xD0\xB7\xD0\xB4\xD0\xB5\xD1\x81\xD1\x8C} and {el:\xCF\x86\xCE\xB9\xCE\xBB\xCE\xBF\xCE\xBE\xCE\xB5\xCE\xBD\xCE\xAF\xCE\xB1}, "
     "{ar:\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85} and {ja-Hrkt:\xE3\x81\x82\xE3\x82\x8A\xE3\x81\x8C\xE3\x81\xA8\xE3\x81\x86}."},
    /* Cyrillic with no letter of one language: Russian's voice reads it, the plan says
     * only the script */
    {"script", "Minister \xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 spoke.", ST_SPEECH,
     "Minister {und-Cyrl:\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0} spoke."},
    /* where espeak-ng's voice would misread it (Chinese characters, Japanese with
     * kanji, Belarusian), the narrator names the language instead */
    {"script", "The sign \xE5\xA4\x96\xE4\xBA\xA4\xE9\x83\xA8 and \xE5\xB2\xB8\xE7\x94\xB0\xE3\x81\x95\xE3\x82\x93 and "
     "\xD0\x91\xD0\xB5\xD0\xBB\xD0\xB0\xD1\x80\xD1\x83\xD1\x81\xD1\x8C \xD1\x9E\xD1\x81\xD1\x91 stood.", ST_SPEECH,
     "The sign text in Chinese and text in Japanese and text in Belarusian stood."},
    /* a quotation clearly in another of herald's languages is spoken in it, by its
     * rules (a French amount, a Spanish ordinal); one with an English word, an
     * English quotation with a borrowed accent, a name of small words French and
     * Spanish share ("de la"), a name alone stay English */
    {"quote", "The motto is \xC2\xAB Libert\xC3\xA9, \xC3\xA9galit\xC3\xA9, fraternit\xC3\xA9 \xC2\xBB today.", ST_SPEECH,
     "The motto is {fr:Libert\xC3\xA9, \xC3\xA9galit\xC3\xA9, fraternit\xC3\xA9} today."},
    {"quote", "She said \xE2\x80\x9C" "nous avons 12 M\xE2\x82\xAC pour la r\xC3\xA9gion\xE2\x80\x9D and left.", ST_SPEECH,
     "She said {fr:nous avons 12 millions d'euros pour la r\xC3\xA9gion} and left."},
    {"quote", "The sign read \"es la 1.\xC2\xAA vez que hemos venido\" at 9 a.m.", ST_SPEECH,
     "The sign read {es:es la primera vez que hemos venido} at 9 AM."},
    {"quote", "He called it \"a true caf\xC3\xA9 society\" and the \"Place de la Concorde\" plan.", ST_SPEECH,
     "He called it a true caf\xC3\xA9 society and the Place de la Concorde plan."},
    {"quote", "It was \"Operation Desert Shield\" and \"Ren\xC3\xA9\" too.", ST_SPEECH,
     "It was Operation Desert Shield and Ren\xC3\xA9 too."},
    {"law", "Under Sch. 21, s. 139, cl. 4, Reg. 12 and r. 3, Smith and Ors. and Anr. sued.", ST_SPEECH,
     "Under Schedule 21, section 139, clause 4, Regulation 12 and rule 3, Smith and others and another sued."},
    {"law", "The E.D. Tex. court, the S.D.N.Y. and N.D. Cal. agreed.", ST_SPEECH,
     "The Eastern District of Texas court, the Southern District of New York and Northern District of California agreed."},
    {"unit", "A 5 lb. bag and a 16 oz. jar of the form(s) in 30 mins at 100 Mbps.", ST_SPEECH,
     "A 5 pound bag and a 16 ounce jar of the forms in 30 minutes at 100 megabits per second."},
    {"money", "NZ$618m, HK$3bn, S$40 million, IDR 5 billion and FJD 2 million.", ST_SPEECH,
     "618 million New Zealand dollars, 3 billion Hong Kong dollars, 40 million Singapore dollars, 5 billion rupiah "
     "and 2 million Fijian dollars."},
    {"phone", "Call 250 952-1887, 1300 555 123 or 0800 611 116 (24/7).", ST_SPEECH,
     "Call 2 5 0, 9 5 2, 1 8 8 7, 1 3 0 0, 5 5 5, 1 2 3 or 0 8 0 0, 6 1 1, 1 1 6, twenty-four seven."},
    /* the 24-hour clock's leading zero is said, round hour or not */
    {"time", "At 0230hrs, 0245 hrs and 0900hrs; at 1400hrs.", ST_SPEECH,
     "At oh 2 30 hours, oh 2 45 hours and oh 9 hundred hours, at 14 hundred hours."},
    {"time", "Police were called at 22:47hrs and at 0930hrs.", ST_SPEECH,
     "Police were called at 22 47 hours and at oh 9 30 hours."},
    /* a 24-hour time with no colon, known by the word after it */
    {"time", "At 0930 hours local, at 2152 local the crew landed; 1400 GMT and 0630 EDT, the 0000 hours deadline.",
     ST_SPEECH, "At oh 9 30 hours local, at 21 52 local the crew landed, 14 hundred Greenwich Mean Time and oh 6 30 Eastern "
                "Daylight Time, the zero hundred hours deadline."},
    {"time", "He served 1500 hours of service; 1500 local residents and 2152 people left; in 1999 EST was kept.",
     ST_SPEECH, "He served 15 hundred hours of service, 15 hundred local residents and 2152 people left, in 19 99 E.S.T was kept."},
    /* a unit per another, and units said only joined to their number */
    {"unit", "Flows of 210 m3/s, 4.2 mm/yr, 0.9 m/s, 30 ft/s, 3 t/yr and 1 km/h; a 10Gb/s port.", ST_SPEECH,
     "Flows of 210 cubic metres per second, 4.2 millimetres per year, 0.9 metres per second, 30 feet per second, 3 "
     "tonnes per year and 1 kilometre an hour, a 10 gigabits per second port."},
    /* units per two others, the micro sign written as Greek mu, weather and dose units */
    {"unit", "The dose was 5 mg/kg/day, with 3 ng/L and 2.5 \xCE\xBCm dust; 968 hPa, or 968 mb; a 5000 mAh cell; 0.2 mSv.",
     ST_SPEECH,
     "The dose was 5 milligrams per kilogram per day, with 3 nanograms per litre and 2.5 micrometres dust, 968 "
     "hectopascals, or 968 millibars, a 5000 milliamp hour cell, 0.2 millisieverts."},
    /* powers of ten, raised or with a caret, and "times" before them (never a year's
     * footnote mark) */
    {"unit",
     "Levels fell to 10\xE2\x81\xBB\xE2\x81\xB6, a grid of 3 \xC3\x97 10^5 cells, 2.1x10^6 copies; 10\xC2\xB2\xC2\xB3 "
     "atoms, 3 \xC3\x97 4 metres and Smith 2010\xC2\xB9.",
     ST_SPEECH,
     "Levels fell to 10 to the power of minus 6, a grid of 3 times 10 to the power of 5 cells, 2.1 times 10 to the "
     "power of 6 copies, 10 to the power of 23 atoms, 3 by 4 metres and Smith 2010."},
    /* percentage points with stops, a price per square metre, fractions of a scale */
    {"unit", "Prices rose 2.1 p.p. to \xE2\x82\xAC" "4,200/m\xC2\xB2, as 1/2 million homes and 3/4 billion euros wait, 1/4 million too.",
     ST_SPEECH,
     "Prices rose 2.1 percentage points to 4,200 euros per square metre, as half a million homes and three quarters "
     "of a billion euros wait, a quarter of a million too."},
    /* a clock's "hrs" after its time, a zone after it; a 24-hour time after "at";
     * circa and the fiscal year joined or apart; a range of hours with its meridiem
     * joined; a constable; a court's capitals */
    {"time", "The bilateral is at 11:30 hrs IST. Aid arrived at 0900. From 0600 GMT, at 11:30 hrs. Then FY 2025-26.",
     ST_SPEECH,
     "The bilateral is at 11 30 Indian Standard Time, Aid arrived at oh 9 hundred, From oh 6 hundred Greenwich Mean "
     "Time, at 11 30, Then fiscal year 2025 to 26."},
    {"abbr", "Spending rose by c.26% and c.\xC2\xA3" "13bn; it runs 2\xE2\x80\x93" "4pm; call Cst. Raj Patel, or HENRY "
     "DOE, ESQ., or KATHRYN DOYLE, AUSA.",
     ST_SPEECH,
     "Spending rose by circa 26 percent and circa 13 billion pounds, it runs 2 to 4 pm, call Constable Raj Patel, or "
     "HENRY D.O.E, Esquire, or KATHRYN DOYLE, A.U.S.A."},
    /* an amount before what it builds, in a headline with no article, a word or two
     * between; not before a preposition or a time */
    {"money", "Northbridge Health opens $85M regional cancer centre; $12M bridge upgrades; it raised $85M last year "
              "and spent $2m on the line.",
     ST_SPEECH,
     "Northbridge Health opens 85 million dollar regional cancer centre, 12 million dollar bridge upgrades, it raised 85 "
     "million dollars last year and spent 2 million dollars on the line."},
    {"unit", "The sample was 4 mol/L, or 4000 mmol/L.", ST_SPEECH,
     "The sample was 4 moles per litre, or 4000 millimoles per litre."},
    /* "int'l" in lower case; a year's age joined by hyphens; a road's word before a
     * comma and the next place */
    {"abbr", "Dial +1 212-555-0199 (int'l) today: the 17-yr-old was seen in Station Rd, Ashford, with two 15-yr-olds.",
     ST_SPEECH,
     "Dial plus 1, 2 1 2, 5 5 5, 0 1 9 9, international, today, the 17 year-old was seen in Station Road, Ashford, "
     "with two 15 year-olds."},
    /* a half of a year before its year; not a virus's or a visa's name */
    {"time", "Data is expected in 1H 2026, after H1 2025 and 2H25; the H1N1 virus and an H1 visa.", ST_SPEECH,
     "Data is expected in first half 2026, after first half 2025 and second half of 2025, the H1N1 virus and an H1 visa."},
    /* an en dash set as a minus (not one between figures, a range) */
    {"number", "Growth of \xE2\x80\x93" "0.3%, lows of \xE2\x80\x93" "8\xC2\xB0" "C and a balance of \xE2\x80\x93$2.4m; pages 10 \xE2\x80\x93" "12.",
     ST_SPEECH,
     "Growth of \xE2\x88\x92" "0.3 percent, lows of \xE2\x88\x92" "8 degrees Celsius and a balance of minus 2.4 million dollars, pages 10,12."},
    {"number", "Closing date \xE2\x80\x93" "12 May; Wellington \xE2\x80\x93" "12 new cases; temperatures fell to \xE2\x80\x93" "12.",
     ST_SPEECH, "Closing date,12 May, Wellington,12 new cases, temperatures fell to \xE2\x88\x92" "12."},
    {"number", "Moved to \xE2\x80\x93" "14 March; it will feel like \xE2\x80\x93" "15 degrees.",
     ST_SPEECH, "Moved to,14 March, it will feel like \xE2\x88\x92" "15 degrees."},
    /* a range of times written with stops, both ends; not a range of amounts */
    {"time", "Open from 10.15 to 11.45 today; prices rose from 2.50 to 3.75 percent.", ST_SPEECH,
     "Open from 10 15 to 11 45 today, prices rose from 2.5 to 3.75 percent."},
    /* a scale's suffix counts the figure before it, as a unit does */
    {"time", "Sales were at 9.30 k by noon and rose from 2.50 bn to 3.75 bn by 11.45 tonight.", ST_SPEECH,
     "Sales were at 9.30 k by noon and rose from 2.50 billion to 3.75 billion by 11 45 tonight."},
    /* a clock's "a.m." after the figure keeps the dash; a word that merely starts "am" does not */
    {"number", "It fell to \xE2\x80\x93" "5 amid the storm, down to \xE2\x80\x93" "3 among peers.",
     ST_SPEECH, "It fell to \xE2\x88\x92" "5 amid the storm, down to \xE2\x88\x92" "3 among peers."},
    /* a multiplier before its figure; a chip's name, a route's, a key pressed */
    {"number", "Cases rose \xC3\x97" "4, fines are up to \xC3\x97" "10 the value, take it x3 daily; the x86 chip.", ST_SPEECH,
     "Cases rose 4-fold, fines are up to 10 times the value, take it 3 times daily, the x86 chip."},
    {"number", "Route x4 buses; press x2 to confirm; overtime stood at 2130 hrs.", ST_SPEECH,
     "Route x4 buses, press x2 to confirm, overtime stood at 2130 hours."},
    /* Australia's and New Zealand's councillor, before a name (chromium's symbol stays) */
    {"abbr", "Cr Ben Achterberg spoke; Cr levels rose; Ben Achterberg, Cr.", ST_SPEECH,
     "Councillor Ben Achterberg spoke, Cr levels rose, Ben Achterberg, Councillor."},
    /* police and government titles written without their stops */
    {"abbr", "The Govt said Asst Commr Jane Roe will lead.", ST_SPEECH,
     "The Government said Assistant Commissioner Jane Roe will lead."},
    /* scales written short; a race's distance; a clock time before "hrs" */
    {"unit", "About 2.4 mln people and 3 bln euros; the 50m and 100m events; she won the 100m in 10.87s at 2130 hrs.",
     ST_SPEECH,
     "About 2.4 million people and 3 billion euros, the 50 metres and 100 metres events, she won the 100 metres in "
     "10.87 seconds at 21 30 hours."},
    {"unit", "Three 48MP sensors, a 40W adapter, about 40 pct. of the load; turn 40 W, 5 s later.", ST_SPEECH,
     "Three 48 megapixel sensors, a 40 watt adapter, about 40 percent of the load, turn 40 W, 5 s later."},
    /* contractions of US releases, and titles written in capitals */
    {"abbr", "The Nat'l Rural Health Ass'n, the County Dep\xE2\x80\x99t and the Int'l Comm'n met the Gov't.", ST_SPEECH,
     "The National Rural Health Association, the County Department and the International Commission met the Government."},
    {"abbr", "The Dist. Court ruled.", ST_SPEECH, "The District Court ruled."},
    /* an account's negative amounts, in brackets after the currency */
    {"money", "Net loss per share was $(0.12), against $(0.31); EBITDA was $(4.1) million.", ST_SPEECH,
     "Net loss per share was 12 cents, against 31 cents, EBITDA was negative 4.1 million dollars."},
    /* an amount after a determiner, before its noun: the singular */
    {"money", "The $1.1 billion appeal, the \xC2\xA3" "2 fare cap and its $40 million fund; the $2 billion in grants, "
              "the $5 million that was spent, the $3 billion spent on roads and the $3 billion needed.", ST_SPEECH,
     "The 1.1 billion dollar appeal, the 2 pound fare cap and its 40 million dollar fund, the 2 billion dollars in "
     "grants, the 5 million dollars that was spent, the 3 billion dollars spent on roads and the 3 billion dollars needed."},
    /* services' numbers before what they name; short codes after "text … to" */
    {"phone", "We hired 40 new 911 dispatchers; multiple 911 calls came; the 311 line; we got 311 calls; dial 999 or 112.",
     ST_SPEECH, "We hired 40 new 9 1 1 dispatchers, multiple 9 1 1 calls came, the 3 1 1 line, we got 311 calls, dial 9 9 9 "
                "or 1 1 2."},
    {"phone", "Text HOME to 741-555 or text FIX to 55-311; the vote was 55-31.", ST_SPEECH,
     "Text HOME to 7 4 1, 5 5 5 or text FIX to 5 5, 3 1 1, the vote was 55 to 31."},
    {"acronym", "Serious AEs occurred in EVs and ACs.", ST_SPEECH, "Serious AEs occurred in E V's and ACs."},
    {"time", "The office moved to 2100 WEST 5th Street.", ST_SPEECH, "The office moved to 2100 WEST 5th Street."},
    {"date", "Posted June 12, 2026 - 4 p.m. CDT; open from 3 - 4 PM.", ST_SPEECH,
     "Posted June 12th, 2026, 4 PM Central Daylight Time, open from 3 to 4 PM."},
    {"symbol", "Revenue of $200M \xC2\xB1$5M, 61% +/- 2% and an error of \xC2\xB1" "0.3 points.", ST_SPEECH,
     "Revenue of 200 million dollars plus or minus 5 million dollars, 61 percent plus or minus 2 percent and an error of "
     "plus or minus 0.3 points."},
    {"phone", "They sold 911 and 988 units; between 111 and 211 homes.", ST_SPEECH,
     "They sold 911 and 988 units, between 111 and 211 homes."},
    {"span", "Open Monday\xE2\x80\x93" "Friday and Tuesday-Thursday; the Sun-Times.", ST_SPEECH,
     "Open Monday to Friday and Tuesday to Thursday, the Sun-Times."},
    {"number", "Flight 2210 and Flight 1549 landed; Flight 1005 too.", ST_SPEECH,
     "Flight 22 10 and Flight 15 49 landed, Flight 10 oh 5 too."},
    /* in a sentence set in capitals, the pronouns those acronyms are too */
    {"caps", "IT WAS A CHAOTIC SCENE, AND WHO WAS INVOLVED IS UNCLEAR; PLEASE CALL US AT NOON OR TELL US.",
     ST_SPEECH, "it WAS A CHAOTIC SCENE, AND who WAS INVOLVED IS UNCLEAR, PLEASE CALL us AT NOON OR TELL us."},
    {"caps", "THE IT DEPARTMENT, US OFFICIALS, THE US WILL ACT, WITHDRAWAL OF US FORCES, INVESTMENT IN IT SYSTEMS.",
     ST_SPEECH, "THE I.T DEPARTMENT, U.S OFFICIALS, THE U.S WILL ACT, WITHDRAWAL OF U.S FORCES, INVESTMENT IN I.T SYSTEMS."},
    {"caps", "THOSE WHO LEFT WERE SAFE.", ST_SPEECH, "THOSE who LEFT WERE SAFE."},
    {"caps", "The WHO said so; WHO said it again.", ST_SPEECH, "The W.H.O said so, W.H.O said it again."},
    {"abbr", "Ana said SEC. RAMON ABALOS JR. and USEC. ANA RUIZ would come.", ST_SPEECH,
     "Ana said Secretary RAMON ABALOS Junior and Undersecretary ANA RUIZ would come."},
    {"abbr", "PM Tan Wei Jie spoke at 4 PM Eastern time.", ST_SPEECH,
     "Prime Minister Tan Wei Jie spoke at 4 PM Eastern time."},
    {"abbr", "Present were Gen. (Ret.) Ana Ruiz and Col Tom Hale.", ST_SPEECH,
     "Present were General, retired, Ana Ruiz and Colonel Tom Hale."},
    {"abbr", "Dr. Osei and Prof. Lind spoke.", ST_SPEECH, "Doctor Osei and Professor Lind spoke."},
    {"abbr", "Gov. Holt met Sen. Park on Wed.", ST_SPEECH, "Governor Holt met Senator Park on Wednesday."},
    {"abbr", "Rivers, e.g. the Narva, i.e. ours, etc. matter.", ST_SPEECH, "Rivers, for example the Narva, that is ours, et cetera matter."},
    {"abbr", "She lives at No. 10.", ST_SPEECH, "She lives at number 10."},
    {"abbr", "Say no. Then leave.", ST_SPEECH, "Say no, Then leave."},
    {"abbr", "St. Michael's Church is on 5th St. near here.", ST_SPEECH, "Saint Michael's Church is on 5th Street near here."},
    {"abbr", "I work for the U.S. Government.", ST_SPEECH, "I work for the U.S Government."},
    {"abbr", "They met Pitt, Briggs & Co.", ST_SPEECH, "They met Pitt, Briggs and Company."},
    {"abbr", "Please turn to p. 55.", ST_SPEECH, "Please turn to page 55."},
    {"abbr", "Minister Smt. Rekha Das and Kum. Anu Rao met Shri. Vikram Sen.", ST_SPEECH,
     "Minister Shrimati Rekha Das and Kumari Anu Rao met Shree Vikram Sen."},
    {"abbr", "Sd/- Deputy Director", ST_SPEECH, "Signed Deputy Director"},
    {"abbr", "Atty. Ana Ruiz, Mme Lise Roy and Usec. Tom Hale met for 8 yrs. and 48 hrs., or 11.4 mos., at 15% p.a.",
     ST_SPEECH,
     "Attorney Ana Ruiz, Madame Lise Roy and Undersecretary Tom Hale met for 8 years and 48 hours, or 11.4 months, at 15 percent per annum."},
    {"abbr", "Prices excl. VAT, incl. fees, under Intl. law.", ST_SPEECH,
     "Prices excluding VAT, including fees, under International law."},
    {"money", "It cost Sh4.2 billion, Sh. 15 bn, R$ 30 billion and \xE2\x82\xB1" "9.7 billion.", ST_SPEECH,
     "It cost 4.2 billion shillings, 15 billion shillings, 30 billion reais and 9.7 billion pesos."},
    {"money", "A N2.5 trillion budget, N450 billion for roads; N95 masks.", ST_SPEECH,
     "A 2.5 trillion naira budget, 450 billion naira for roads, N95 masks."},
    /* rand: with a scale or cents; the R number and a road stay */
    {"money", "Petrol fell by R1.21 a litre, the levy is R4,01 and R2.5bn more; R0.9 and the R445 stay.", ST_SPEECH,
     "Petrol fell by 1 rand and 21 cents a litre, the levy is 4 rand and 1 cent and 2.5 billion rand more, R0.9 and the "
     "R445 stay."},
    {"unit", "Lead below 0.3 \xC2\xB5g/L and 2.5 ppb.", ST_SPEECH,
     "Lead below 0.3 micrograms per litre and 2.5 parts per billion."},
    {"symbol", "KELVARA\xE2\x84\xA2 from Acme\xC2\xAE is approved.", ST_SPEECH, "KELVARA from Acme is approved."},
    {"date", "It runs from 10 to 21 November, then 3-5 December 2025.", ST_SPEECH,
     "It runs from the 10th to the 21st of November, then the 3rd to the 5th of December 2025."},
    {"title", "Led by Assoc. Prof. Li Wei and the Ven. Sue Roe; the Bar Assoc. met.", ST_SPEECH,
     "Led by Associate Professor Li Wei and the Venerable Sue Roe, the Bar Association met."},
    {"title", "At col. 345 of the record, Res. 2250 and Adj. EBITDA.", ST_SPEECH,
     "At column 345 of the record, Resolution 2250 and Adjusted EBITDA."},
    /* "~" before a figure is "about", the figure read as without it */
    {"number", "We expect ~5% growth, ~200 new jobs and ~100 km of road.", ST_SPEECH,
     "We expect about 5 percent growth, about 200 new jobs and about 100 kilometres of road."},
    /* ... and before a currency's sign */
    {"number", "Costs rose ~€900m, ~$5bn in all and ~US$2m more.", ST_SPEECH,
     "Costs rose about 900 million euros, about 5 billion dollars in all and about 2 million US dollars more."},
    /* a house number, then a street named for a saint: Saint; a numbered street: Street */
    {"street", "The office is at 12 St. Anne's Rd. in Leeds, near 10 St. James Street.", ST_SPEECH,
     "The office is at 12 Saint Anne's Road in Leeds, near 10 Saint James Street."},
    {"street", "The 14th St. office and the one on 5 St. are closed; take 42 St and walk.", ST_SPEECH,
     "The 14th Street office and the one on 5 Street are closed, take 42 Street and walk."},
    /* units of medicine and time */
    {"unit", "Levels of 5 µg/dL and 12 mmol/L, a 10 sec delay, 2 wk later and 3 wks on.", ST_SPEECH,
     "Levels of 5 micrograms per decilitre and 12 millimoles per litre, a 10 second delay, 2 weeks later and 3 weeks on."},
    /* a track's race after "the" in a sentence about racing; money elsewhere */
    {"unit", "She won the 1500m in Paris and the 5,000m in Rome.", ST_SPEECH,
     "She won the 1500 metres in Paris and the 5,000 metres in Rome."},
    {"unit", "The club spent the 100m it raised.", ST_SPEECH, "The club spent the 100 million it raised."},
    {"unit", "It extended by 250m along strike; it raised 250m along with more.", ST_SPEECH,
     "It extended by 250 metres along strike, it raised 250 million along with more."},
    {"title", "Supt Walsh, Insp Kay Ng and Det Ana Roe met.", ST_SPEECH,
     "Superintendent Walsh, Inspector Kay Ng and Detective Ana Roe met."},
    /* a range of dates across months, spaced or in one word: "to", never a pause */
    {"date", "Works run 26 May \xE2\x80\x93 8 June 2025, then 9 June\xE2\x80\x93" "3 July.", ST_SPEECH,
     "Works run the 26th of May to the 8th of June 2025, then the 9th of June to the 3rd of July."},
    {"date", "Works run May 26 \xE2\x80\x93 June 8, 2025, and July 1\xE2\x80\x93" "August 3.", ST_SPEECH,
     "Works run May 26th to June 8th, 2025, and July 1st to August 3rd."},
    {"date", "It ended in May \xE2\x80\x93 8 people left.", ST_SPEECH, "It ended in May, 8 people left."},
    {"date", "Inflation fell in Apr-Jul 2025 and Jan.-Mar. 2026.", ST_SPEECH,
     "Inflation fell in April to July 2025 and January to March 2026."},
    {"time", "It opened at 16h42 and closed at 9h05 after 4h of talks.", ST_SPEECH,
     "It opened at 16 42 and closed at 9 oh 5 after 4h of talks."},
    {"number", "Call 2-1-1 or 3-1-1, not 2-1.", ST_SPEECH, "Call 2 1 1 or 3 1 1, not 2 to 1."},
    /* a police appeal's numbers, digit by digit: the second of two, and before
     * "quoting" */
    {"number", "Call 101 or 999, or call 101 quoting log 123; there were 999 entries.", ST_SPEECH,
     "Call 1 0 1 or 9 9 9, or call 1 0 1 quoting log 1 2 3, there were 999 entries."},
    {"number", "See Sec. 12-4 of the Code and Ordinance 2025-117.", ST_SPEECH,
     "See Section 12 dash 4 of the Code and Ordinance 2025 dash 117."},
    /* dates and times */
    {"date", "On 11 Jan. 2023 we met.", ST_SPEECH, "On the 11th of January 2023 we met."},
    {"date", "Brussels, 3 March 2023", ST_META, "Brussels, the 3rd of March 2023"},
    {"date", "It opens on January 11, 2023 at noon.", ST_SPEECH, "It opens on January 11th, 2023 at noon."},
    {"date", "Published 2024-03-14.", ST_SPEECH, "Published the 14th of March 2024."},
    {"date", "Updated 25-May-2017.", ST_SPEECH, "Updated the 25th of May 2017."},
    {"date", "We meet on 22 May.", ST_SPEECH, "We meet on the 22nd of May."},
    {"time", "It starts at 9 a.m. and ends at 1:32 P.M. sharp.", ST_SPEECH, "It starts at 9 AM and ends at 1 32 PM sharp."},
    {"time", "It ended at 2:05 today.", ST_SPEECH, "It ended at 2 oh 5 today."},
        {"unit", "Ships left the 25 km exclusion zone.", ST_SPEECH, "Ships left the 25 kilometre exclusion zone."},
    {"unit", "They walked the 25 km to town.", ST_SPEECH, "They walked the 25 kilometres to town."},
    /* hunt 18: units after a range or "~", knots, percentage points, points */
    {"unit", "Winds of 15-20 kts are forecast; gusts of 40 kts.", ST_SPEECH, "Winds of 15 to 20 knots are forecast, gusts of 40 knots."},
    {"unit", "The orbit is ~100 km high; a 15-20 km zone.", ST_SPEECH, "The orbit is about 100 kilometres high, a 15 to 20 kilometre zone."},
    {"unit", "It lowers inflation by 0.4 pp and we are 3pts behind.", ST_SPEECH, "It lowers inflation by 0.4 percentage points and we are 3 points behind."},
    {"money", "Basic EPS rose to 48.7p; the dividend is 21.5p and a stamp 85p.", ST_SPEECH, "Basic EPS rose to 48.7 pence, the dividend is 21.5 pence and a stamp 85 pence."},
    {"date", "Fifty years ago, on the 16th of June 1976, they marched.", ST_SPEECH, "Fifty years ago, on the 16th of June 19 76, they marched."},
    {"date", "It ran between 12th\342\200\22315th May 2026, and again 3rd-5th June.", ST_SPEECH, "It ran between the 12th and the 15th of May 2026, and again the 3rd to the 5th of June."},
    {"symbol", "To ask a question, press *1; to withdraw, press *2.", ST_SPEECH, "To ask a question, press star 1, to withdraw, press star 2."},
    {"abbreviation", "Cllr Owen Price spoke.", ST_SPEECH, "Councillor Owen Price spoke."},
    {"abbreviation", "Contrary to s.1 of the Act, under s.35A and ss.3-5, reg.12 and para.4.", ST_SPEECH, "Contrary to section 1 of the Act, under section 35A and sections 3 to 5, regulation 12 and paragraph 4."},
    {"phone", "Parents can call 1-800-CDC-INFO today.", ST_SPEECH, "Parents can call 1 800 CDC INFO today."},
    {"phone", "Call 888-INFO-FDA, 1-888-FLU-SHOT or 800-FED-INFO.", ST_SPEECH,
     "Call 8 8 8 INFO FDA, 1 8 8 8 FLU SHOT or 800 FED INFO."},
    {"unit", "He is 1.78m tall and the wall 3m high; they cut 1.2m jobs.", ST_SPEECH, "He is 1.78 metres tall and the wall 3 metres high, they cut 1.2 million jobs."},
    {"percent", "Margins were 61%-62% against 3.5%\342\200\2234% last year.", ST_SPEECH, "Margins were 61 to 62 percent against 3.5 to 4 percent last year."},
    {"name", "Se\303\241n \303\223 Briain spoke.", ST_SPEECH, "Se\303\241n O Briain spoke."},
    {"date", "The target applies for Oct 2025\342\200\223Sep 2026 and from Mar 2024.", ST_SPEECH, "The target applies for October 2025 to September 2026 and from March 2024."},
    {"scripture", "Victory, as Paul says (v. 54); see vv. 12-14 and Smith v. Jones.", ST_SPEECH, "Victory, as Paul says, verse 54, see verses 12 to 14 and Smith versus Jones."},
    {"abbreviation", "The Revd Anne Cole preached.", ST_SPEECH, "The Reverend Anne Cole preached."},
    {"symbol", "+Tobias Westmarch", ST_SPEECH, "Tobias Westmarch"},
    {"phone", "In Geneva: call + 41 22 917 9431 today.", ST_SPEECH, "In Geneva, call plus 4 1, 2 2, 9 1 7, 9 4 3 1 today."},
    {"address", "Visit 12450 Airline Hwy., Gonzales, LA 70737 today.", ST_SPEECH, "Visit 12450 Airline Highway, Gonzales, Louisiana 7 0 7 3 7 today."},
    {"unit", "Speeds of 100 Mbps in QLD and NSW; we saw 70737 people, NY said.", ST_SPEECH, "Speeds of 100 megabits per second in Queensland and New South Wales, we saw 70737 people, N.Y said."},
    {"abbreviation", "Registered in Scotland No. SC123456.", ST_SPEECH, "Registered in Scotland number S C 1 2 3 4 5 6."},
    {"unit", "The 40 kg bags are here.", ST_SPEECH, "The 40 kilogram bags are here."},
    {"unit", "It lies 25 km inland.", ST_SPEECH, "It lies 25 kilometres inland."},
    {"fraction", "Less than 1/2 of a percent.", ST_SPEECH, "Less than one half of a percent."},
    {"fraction", "About 3/4 of them.", ST_SPEECH, "About three quarters of them."},
    {"fraction", "It is 2 1/2 miles away.", ST_SPEECH, "It is 2 and one half miles away."},
    {"fraction", "We met on 3/12 at noon.", ST_SPEECH, "We met on the 3rd of December at noon."},
    {"date", "It was signed on 2/28.", ST_SPEECH, "It was signed on February 28th."},
    {"date", "Scores were 3/12 and 5/9.", ST_SPEECH, "Scores were 3/12 and 5/9."},
    {"range", "Serial No. 119-7 is out.", ST_SPEECH, "Serial number 119 dash 7 is out."},
    {"range", "It passed 31-4 in 2019-2023.", ST_SPEECH, "It passed 31 to 4 in 2019 to 2023."},
    {"time", "Duration: 00:07:48", ST_META, "Duration, 7 minutes 48 seconds"},
    {"time", "It ran 00:01:00.", ST_SPEECH, "It ran 1 minute."},
    {"range", "Rates rose 15\xE2\x80\x93" "20% this year.", ST_SPEECH, "Rates rose 15 to 20 percent this year."},
    {"money", "Shares cost $5.60\xE2\x80\x93$5.80 today.", ST_SPEECH, "Shares cost 5 dollars and 60 cents to 5 dollars and 80 cents today."},
    {"money", "It costs \xE2\x82\xAC" "10-12m.", ST_SPEECH, "It costs 10 to 12 million euros."},
    {"abbreviation", "The hon. Gentleman is wrong.", ST_SPEECH, "The honourable Gentleman is wrong."},
{"time", "Doors open at 9:00 and close at 16:00.", ST_SPEECH, "Doors open at 9 o'clock and close at 16 hundred."},
    {"time", "At 1:32 P.M. EDT the call began.", ST_SPEECH, "At 1 32 PM Eastern Daylight Time the call began."},
    {"time", "The lunch is at 12:30 p.m. on Friday.", ST_SPEECH, "The lunch is at 12 30 PM on Friday."},
    {"time", "The lunch is at 12:30 p.m.", ST_SPEECH, "The lunch is at 12 30 PM."},
    {"time", "Logged at 09:12:07 -0400 by the desk.", ST_SPEECH, "Logged at 9 12 and 7 seconds U T C minus 4 by the desk."},
    {"time", "From 10:00 CET to 11:30 CET.", ST_SPEECH, "From 10 o'clock Central European Time to 11 30 Central European Time."},
    {"time", "It runs 10:00\xE2\x80\x93" "11:15 GMT.", ST_SPEECH, "It runs 10 o'clock to 11 15 Greenwich Mean Time."},
    {"time", "Open 9 a.m.-5 p.m. daily.", ST_SPEECH, "Open 9 AM to 5 PM daily."},
    {"time", "Open 9 a.m.\xE2\x80\x93" "5 p.m.", ST_SPEECH, "Open 9 AM to 5 PM."},
    {"date", "On 03/04/2025 we met.", ST_SPEECH, "On the 3rd of April 2025 we met."},
    {"date", "On Tue, 04/08/2025 we met.", ST_SPEECH, "On Tuesday, the 4th of August 2025 we met."},
    {"date", "The 9/11 attacks.", ST_SPEECH, "The nine eleven attacks."},
    {"time", "At 10 am we left.", ST_SPEECH, "At 10 AM we left."},
    {"date", "The treaty of 1871 and the war of 1905, in 1900 and 2024.", ST_SPEECH, "The treaty of 18 71 and the war of 19 oh 5, in 19 hundred and 2024."},
    {"date", "Signed on 9 March 1949.", ST_SPEECH, "Signed on the 9th of March 19 49."},
    {"time", "It ends at 00:00 or at 12:00.", ST_SPEECH, "It ends at midnight or at 12 noon."},
    /* decades, plurals, designators, initials */
    {"plural", "In the 1960s and the '90s, in his 40s, the 2020s and the 1800s.", ST_SPEECH, "In the 19 sixties and the nineties, in his forties, the 20 twenties and the 18 hundreds."},
    {"plural", "Two F-35s and a B-52 flew; COVID-19 spread.", ST_SPEECH, "Two F thirty-fives and a B 52 flew, COVID 19 spread."},
    {"initial", "Governor Laura M. Hill met Mary A. Jones and George H.W. Bush.", ST_SPEECH, "Governor Laura M Hill met Mary [[,eI]] Jones and George H.W Bush."},
    {"initial", "It was Plan B.", ST_SPEECH, "It was Plan B."},
    /* units */
    {"unit", "The road is 25 km long and weighs 40kg; a 500 MW plant, 1 km away at 120 km/h.", ST_SPEECH, "The road is 25 kilometres long and weighs 40 kilograms, a 500 megawatt plant, 1 kilometre away at 120 kilometres an hour."},
    {"unit", "It raised 5m and ran 5 m.", ST_SPEECH, "It raised 5 million and ran 5 metres."},
    {"unit", "A limit of 95 g/km by 2030.", ST_SPEECH, "A limit of 95 grams per kilometre by 2030."},
    {"unit", "A faulty 22kV switchgear; an old 5 MW turbine; a long 25 km away.", ST_SPEECH,
     "A faulty 22 kilovolt switchgear, an old 5 megawatt turbine, a long 25 kilometres away."},
    /* Roman numerals */
    {"roman", "Pope John Paul II and King Charles III, after World War II.", ST_SPEECH, "Pope John Paul the 2nd and King Charles the 3rd, after World War 2."},
    {"roman", "SALT-II, Title IX, Phase III and Chapter XI; I said so, and vitamin C.", ST_SPEECH, "SALT 2, Title 9, Phase 3 and Chapter 11, I said so, and vitamin C."},
    /* a decimal comma where a percentage, a scale or the rand shows it; "R" with a scale */
    {"decimal", "The dam is at 34,6% of capacity; R6,8 billion and 12,5 per cent were lost.", ST_SPEECH, "The dam is at 34.6 percent of capacity, 6.8 billion rand and 12.5 per cent were lost."},
    {"decimal", "Items 3,4 and 5 cost 1,250 on the R2 road.", ST_SPEECH, "Items 3,4 and 5 cost 1,250 on the R2 road."},
    /* a Command paper; a service's initials */
    {"command", "The report (Cm 1042) was laid by an IAS officer; 10 cm fell.", ST_SPEECH, "The report, Command paper 1042, was laid by an I.A.S officer, 10 centimetres fell."},
    /* a county, an engineer, a maximum, a public law, a ship's prefix */
    {"county", "Schemes in Co. Galway, Engr. Bayo Ojuolape and Smith & Co. Ltd. (max. \xE2\x82\xAC" "25,000).", ST_SPEECH,
     "Schemes in County Galway, Engineer Bayo Ojuolape and Smith and Company Limited, maximum 25,000 euros."},
    {"law", "The Act (P.L. 118-272) and Public Law 117-58; the USNS Harlan Blake.", ST_SPEECH,
     "The Act, Public Law 118 272, and Public Law 117 58, the U.S.N.S Harlan Blake."},
    {"law", "It amends Pub. L. 117-58.", ST_SPEECH, "It amends Public Law 117 58."},
    /* Congress's resolutions; a section; Hansard's columns in a reference, not circa */
    {"resolution", "We support H. Res. 45 and S. Con. Res. 12 under sec. 3.", ST_SPEECH,
     "We support House Resolution 45 and Senate Concurrent Resolution 12 under section 3."},
    {"column", "As I said (Official Report, 4 May 2025; Vol. 766, c. 312) and in HC Deb 9 May 2025 c 88.", ST_SPEECH,
     "As I said, Official Report, the 4th of May 2025, Volume 766, column 312, and in H.C Deb the 9th of May 2025 column "
     "88."},
    {"circa", "It was built c. 1950, Vol. 2 c. 1990.", ST_SPEECH, "It was built circa 19 50, Volume 2 circa 19 90."},
    /* metres joined to a figure in a notice about a place (a radius, water, apart, within
     * … of, a cordon of, waves), not millions; money stays millions */
    {"metres", "Homes in a 300m radius, within 150m of the school and 2m apart; the river rose by 1.4m; waves of up "
     "to 5m; a cordon of 80m.",
     ST_SPEECH, "Homes in a 300 metre radius, within 150 metres of the school and 2 metres apart, the river rose by 1.4 "
     "metres, waves of up to 5 metres, a cordon of 80 metres."},
    {"millions", "The flood appeal raised 2m and sold 3m copies.", ST_SPEECH,
     "The flood appeal raised 2 million and sold 3 million copies."},
    /* two platforms; a ballot's "No:" and its count; "No. of"; a document's "No: 27" */
    {"platforms", "Use platforms 3/4 or stands 12/14.", ST_SPEECH, "Use platforms 3 and 4 or stands 12 and 14."},
    {"ballot", "No: 36,704 (43.2%)", ST_SPEECH, "No, 36,704, 43.2 percent"},
    {"ballots", "No. of ballots cast: 87,116.", ST_SPEECH, "Number of ballots cast, 87,116."},
    {"numbered", "No: 27, 3 May 2025", ST_SPEECH, "Number, 27, the 3rd of May 2025"},
    /* an identifier after its noun, not a range */
    {"measure", "Measure 26-238 passed; quote occurrence 2025-123456.", ST_SPEECH,
     "Measure 26 dash 238 passed, quote occurrence 2025 dash 123456."},
    /* a night's hours on the 24-hour clock, dashed or from … to */
    {"hours", "Closed 2200\xE2\x80\x93" "0600; buses from 0600 to 2300; it ran 2019-2023.", ST_SPEECH,
     "Closed 22 hundred to oh 6 hundred, buses from oh 6 hundred to 23 hundred, it ran 2019 to 2023."},
    /* a comparison's sign joined to its figure; numbers plural are a range; a range of
     * two codes */
    {"signs", "It is \xE2\x89\xA4" "155 L/person/day, <50 mg/L and \xE2\x89\xA5\xC2\xA3" "2.50.", ST_SPEECH,
     "It is at most 155 litres per person per day, less than 50 milligrams per litre and at least 2 pounds and 50 "
     "pence."},
    {"codes", "Nos. 1-45 grew in Q1\xE2\x80\x93Q3 2024, between J10-J11.", ST_SPEECH,
     "numbers 1 to 45 grew in Q1 to Q3 2024, between J10 and J11."},
    /* a police log's number, digit by digit; "CAD" after "quoting" is the log, no dollars */
    {"log", "Call 101 quoting CAD 1234 of 5 May, or log number 5225118932.", ST_SPEECH,
     "Call 1 0 1 quoting CAD 1 2 3 4 of the 5th of May, or log number 5 2 2 5 1 1 8 9 3 2."},
    {"cad", "It cost CAD 1,234 in May.", ST_SPEECH, "It cost 1,234 Canadian dollars in May."},
    /* short weekdays and months in a list or a range of their kind; "Sat" alone is no day */
    {"days", "Open Mon, Wed, Fri and Sat & Sun (Oct to Dec); she sat down; we met Sun Li.", ST_SPEECH,
     "Open Monday, Wednesday, Friday and Saturday and Sunday, October to December, she sat down, we met Sun Li."},
    /* a range joined to what it counts: times, years of age */
    {"times", "Rates were 2\xE2\x80\x93" "3\xC3\x97 higher among 5-11-year-olds and 2-3x more in a 12-15-year-old.",
     ST_SPEECH, "Rates were 2 to 3 times higher among 5 to 11 year olds and 2 to 3 times more in a 12 to 15 year old."},
    /* a train by its departure time */
    {"train", "The 0715 from Cork and the 1830 to Leeds are cancelled; the 2024 to 2025 budget stands.", ST_SPEECH,
     "The oh 7 15 from Cork and the 18 30 to Leeds are cancelled, the 2024 to 2025 budget stands."},
    /* after "of", an acronym's A is the letter's sound; two letters and a plural after it go apart */
    {"adrs", "Holders of ADRs and of AFPs met.", ST_SPEECH, "Holders of [[,eI]] D R's and of [[,eI]] F P's met."},
    /* "Sr." before a job's words is Senior, before a name Sister; "Sens.", "Reps."; a
     * compass point after a street's abbreviation */
    {"sr", "Ask Sr. Communications Specialist Karen Liu or Sr. Mary Joseph, then Sens. Holt and Reyes.", ST_SPEECH,
     "Ask Senior Communications Specialist Karen Liu or Sister Mary Joseph, then Senators Holt and Reyes."},
    {"avenue south", "It sits at 450 Park Ave. S., Suite 9.", ST_SPEECH, "It sits at 450 Park Avenue South, Suite 9."},
    /* (hunt 74) cents at both ends of a range; a nought tenth before a scale; crore and
     * million abbreviated; a state's code before its ZIP code; "Inc." only after a name */
    {"cents range", "Earnings of $0.20-$0.24 and a dividend of $0.05\xE2\x80\x93$0.07 a share.", ST_SPEECH,
     "Earnings of 20 to 24 cents and a dividend of 5 to 7 cents a share."},
    {"point zero", "It raised $75.0 million and \xE2\x82\xAC" "2.0bn, and the hole hit 14.0m at depth.", ST_SPEECH,
     "It raised 75 million dollars and 2 billion euros, and the hole hit 14.0 metres at depth."},
    {"crore", "Revenue was \xE2\x82\xB9" "2,184 Cr and USD 92 Mn.", ST_SPEECH,
     "Revenue was 2,184 crore rupees and 92 million dollars."},
    {"zip", "Write to Columbus, OH 43204 today.", ST_SPEECH, "Write to Columbus, Ohio 4 3 2 0 4 today."},
    {"inc", "It ranked on the Inc. 5000 list, said Acme Inc. and Quanta Cloud, Inc. today.", ST_SPEECH,
     "It ranked on the Inc 5000 list, said Acme Incorporated and Quanta Cloud, Incorporated today."},
    /* (hunt 74) a service's number after its name; an age group; a police log's block;
     * a surname's particle in capitals; a code after a colon set apart; funders'
     * and officers' letters spelled */
    {"nhs", "Call NHS 111 or the relay line (TTY: 711).", ST_SPEECH, "Call N.H.S 1 1 1 or the relay line, T.T.Y, 7 1 1."},
    {"under", "Tickets are \xC2\xA3" "99 for U18s and \xC2\xA3" "5 for the U16 side; U2 played.", ST_SPEECH,
     "Tickets are 99 pounds for under eighteens and 5 pounds for the under sixteen side, U2 played."},
    {"block", "Last seen near the 300 blk of Elm.", ST_SPEECH, "Last seen near the 300 block of Elm."},
    {"particle", "Contact Arianna DE LUCA or Pierre DU PONT at the DE office.", ST_SPEECH,
     "Contact Arianna De LUCA or Pierre Du PONT at the D.E office."},
    {"rns", "RNS Number : 4821K", ST_SPEECH, "R.N.S Number , 4 8 2 1 K"},
    {"funders", "Funded by UKRI, the USFDA and Jane Doe, COO.", ST_SPEECH,
     "Funded by U.K.R.I, the U.S.F.D.A and Jane Doe, C.O.O."},
    {"telbec", "MONTREAL, Sept. 3, 2024 /CNW Telbec/ - The foundation opened a fund.", ST_SPEECH,
     "MONTREAL, September 3rd, 2024, The foundation opened a fund."},
    /* (hunt 74) a ticker after its exchange with no space; tax sections; a standard
     * and its year; a registration number; a range of clock times with stops before
     * a zone */
    {"ticker", "Lumora Health (OTCQB:LUMH) and Crestline (NYSE:CRST) rose.", ST_SPEECH,
     "Lumora Health, O.T.C.Q.B, L.U.M.H, and Crestline, NYSE, C.R.S.T, rose."},
    {"tax code", "It is a 501(c)(3) nonprofit with a 401(k) plan.", ST_SPEECH,
     "It is a 5 oh 1 C 3 nonprofit with a 4 oh 1 K plan."},
    {"standard", "An ISO 9001:2015 certified firm under ISO/IEC 27001:2022.", ST_SPEECH,
     "An ISO 9001, 2015 certified firm under ISO IEC 27001, 2022."},
    {"ein", "The bank is a nonprofit, EIN 12-3456789, open 12-4 for ages 5-17.", ST_SPEECH,
     "The bank is a nonprofit, E.I.N 1 2, 3 4 5 6 7 8 9, open 12 to 4 for ages 5 to 17."},
    {"dotted clock", "The webcast is at 11.00\xE2\x80\x93" "12.00 EET; sales rose 11.00-12.00 percent.", ST_SPEECH,
     "The webcast is at 11 o'clock to 12 noon Eastern European Time, sales rose 11.00 to 12.00 percent."},
    /* a stock code after an Asian exchange; a toll-free number with a group of
     * digits before its letters, and the letters' digits after them */
    {"stock code", "Pacific Rim (HKEX: 1234) and Toyo (TSE: 7203) rose.", ST_SPEECH,
     "Pacific Rim, H.K.E.X, 1 2 3 4, and Toyo, T.S.E, 7 2 0 3, rose."},
    {"vanity", "Call Crime Stoppers at 1-800-222-TIPS (8477) or 1-800-FLOWERS.", ST_SPEECH,
     "Call Crime Stoppers at 1 800 2 2 2 TIPS, 8 4 7 7 or 1 800 FLOWERS."},
    /* a federal docket; a state code's sections a dot apart */
    {"docket", "The suit, No. 1:25-cv-20417, and 3:24-cr-00112-JDP, under ORS 166.720.", ST_SPEECH,
     "The suit, number 1, 25, C V, 2 0 4 1 7, and 3, 24, C R, 0 0 1 1 2, J D P, under O.R.S 166 dot 720."},
    /* a range of financial years: each said whole, the one "to" the range's */
    {"fiscal range", "It runs for 2024\xE2\x80\x93" "25 to 2028\xE2\x80\x93" "29 and costs more in 2024-25 alone.",
     ST_SPEECH, "It runs for 2024 25 to 2028 29 and costs more in 2024 to 25 alone."},
    /* a police description's race and sex, beside its article or its height */
    {"description", "She is described as a W/F, 5'4\", 110 lbs; press W/M for more.", ST_SPEECH,
     "She is described as a white female, 5 feet 4 inches, 110 pounds, press W M for more."},
    /* (hunt 73) week commencing; percentage points after the sign or as "ppts"; a
     * round number's plural before "of" */
    {"notices", "Works start w/c 14 April; support fell 3%pts and 2 ppts; 1,000s of calls and 100s of emails; 100s "
     "were sent.",
     ST_SPEECH,
     "Works start week commencing the 14th of April, support fell 3 percentage points and 2 percentage points, "
     "thousands of calls and hundreds of emails, 100s were sent."},
    /* a PDF's footnote marks in plain figures after a sentence's stop are not said; a
     * version, a web address and a decimal keep theirs */
    {"footnote figures", "It has been at 5.50% since May 2023.1", ST_SPEECH,
     "It has been at 5.5 percent since May 2023."},
    {"footnote figures 2", "Inflation fell in the March quarter.12", ST_SPEECH, "Inflation fell in the March quarter."},
    {"not footnote figures", "Install v2.1 now; it grew 2.5 in 1999.", ST_SPEECH, "Install version 2.1 now, it grew 2.5 in 19 99."},
    /* Bangladesh's taka ("Tk", "Tk."), East Africa's "TSh" and "USh" */
    {"taka", "We spent Tk 500 crore and Tk. 45 lakh; TSh 2,000 and USh 5,000.", ST_SPEECH,
     "We spent 500 crore taka and 45 lakh taka, 2,000 Tanzanian shillings and 5,000 Ugandan shillings."},
    /* British newspapers' "67pc", joined to its number only */
    {"pc", "Support rose to 67pc from 12.5pc; he owns 3 pc.", ST_SPEECH,
     "Support rose to 67 percent from 12.5 percent, he owns 3 pc."},
    /* part of a decade, joined by a hyphen */
    {"mid decades", "By the mid-2030s, as in the early-1990s and the late-'80s; a mid-size firm.", ST_SPEECH,
     "By the mid 20 thirties, as in the early 19 nineties and the late eighties, a mid-size firm."},
    /* targets of two figures joined by hyphens, said one by one; a score keeps "to" */
    {"two-figure chains", "The 95-95-95 targets; a 95-5 vote.", ST_SPEECH,
     "The 95, 95, 95 targets, a 95 to 5 vote."},
    /* a range after "between" is "and"; the same figure twice is a pair */
    {"between and pairs", "between 2-3 per cent, a 50-50 chance, a 2-2 draw; a 95-5 vote.", ST_SPEECH,
     "between 2 and 3 per cent, a 50 50 chance, a 2 all draw, a 95 to 5 vote."},
    /* an editor's "[sic]" is not read; "AQHI" is spelled */
    {"sic", "He called it irrelevent [sic] and the AQHI rose.", ST_SPEECH,
     "He called it irrelevent and the A.Q.H.I rose."},
    {"short date not a chain", "On 12-05-24 we met.", ST_SPEECH, "On 12-05-24 we met."},
    /* a rate's zeros after its point, before its word as before "%" */
    {"rate zeros words", "held at 7.00 per cent; 3.50 percent; up 0.50 percentage points; 2.0 % now; 11.00 to 12.00 percent.",
     ST_SPEECH, "held at 7 per cent, 3.5 percent, up 0.5 percentage points, 2 percent now, 11 to 12 percent."},
    {"rate zeros look-alikes", "At 7.00 pm, 3.50 dollars, 2.05 per cent, 10 per cent and 100 percent.", ST_SPEECH,
     "At 7 PM, 3 dollars and 50 cents, 2.05 per cent, 10 per cent and 100 percent."},
    /* a dimension between a measure and its noun: the unit in the singular */
    {"dimension attributive", "The 2.32 km long bridge and the 10 m high wall.", ST_SPEECH,
     "The 2.32 kilometre long bridge and the 10 metre high wall."},
    {"dimension predicative", "The road is 5 km long. The 5 km long and 2 km wide zone.", ST_SPEECH,
     "The road is 5 kilometres long, The 5 kilometres long and 2 kilometres wide zone."},
    /* a compass point between a distance and "of" */
    {"compass", "The quake struck 27 km NE of Tarawhiti and 40km SSW of Port Ora.", ST_SPEECH,
     "The quake struck 27 kilometres north-east of Tarawhiti and 40 kilometres south-south-west of Port Ora."},
    {"compass look-alike", "The NE of the country and the W of Ireland.", ST_SPEECH,
     "The N.E of the country and the W of Ireland."},
    /* a bulletin in capitals: its units, its fields parted by an ellipsis, "IT" the pronoun */
    {"caps bulletin", "ABOUT 145 MI...235 KM ESE OF ISLA DORADA...65 MPH...STRENGTHENING AS IT APPROACHES", ST_SPEECH,
     "ABOUT 145 miles, 235 kilometres east-south-east OF ISLA DORADA, 65 miles an hour, STRENGTHENING AS it "
     "APPROACHES"},
    {"caps look-alike", "The IT team uses 145 MI units, such as IT services.", ST_SPEECH,
     "The I.T team uses 145 M.I units, such as I.T services."},
    /* a bank's quarter before its year; a position's hemispheres */
    {"quarter year", "NIM troughs in 3Q25 and recovers by 1Q 2026; the 4Q plan.", ST_SPEECH,
     "NIM troughs in third quarter 25 and recovers by first quarter 2026, the 4Q plan."},
    {"position", "The centre was near 17.2N 61.8W at noon; a 61.8W motor.", ST_SPEECH,
     "The centre was near 17.2 north, 61.8 west at noon, a 61.8 watt motor."},
    /* a trend's arrows in a table of figures */
    {"trend arrows", "Positivity was 14.2% (\xE2\x86\x91), cases \xE2\x86\x93 3% and deaths (\xE2\x86\x94).", ST_SPEECH,
     "Positivity was 14.2 percent, up, cases down 3 percent and deaths, unchanged."},
    /* (review: "IN" in capitals is inches only with its stop; a state's letters are no
     * unit; "IT" before a plural noun is the letters; "3Q25" at the end) */
    {"caps look-alikes 2", "ALONG INTERSTATE 95 IN NORTHERN VIRGINIA, 1 IN 5 HOMES, ROUTE 9 MN, RAINFALL OF 2 IN.",
     ST_SPEECH, "ALONG INTERSTATE 95 IN NORTHERN VIRGINIA, 1 IN 5 HOMES, ROUTE 9 MN, RAINFALL OF 2 inches."},
    {"caps it nouns", "SERVICES RESUME ONCE IT SYSTEMS ARE RESTORED AND UNTIL IT SERVICES CONFIRM THE FIX", ST_SPEECH,
     "SERVICES RESUME ONCE I.T SYSTEMS ARE RESTORED AND UNTIL I.T SERVICES CONFIRM THE FIX"},
    {"quarter at the end", "Margin 1Q26", ST_SPEECH, "Margin first quarter 26"},
    /* finance's "mm" for million after a currency; a millimetre's stays */
    {"mm", "Capex was $400mm and the pipe 400mm wide.", ST_SPEECH,
     "Capex was 400 million dollars and the pipe 400 millimetres wide."},
    /* a range after a currency's code set apart, and one of metres */
    {"code range", "Savings should reach SEK 350-400m, and the river 3.6-3.8m.", ST_SPEECH,
     "Savings should reach 350 to 400 million Swedish kronor, and the river 3.6 to 3.8 metres."},
    /* dollars and cents at both ends of a range */
    {"cents range", "We guide EPS of $4.90-$5.05 and $0.20-$0.24.", ST_SPEECH,
     "We guide E.P.S of 4 dollars and 90 cents to 5 dollars and 5 cents and 20 to 24 cents."},
    /* cents before their noun, and a range of millions before its noun */
    {"attributive cents", "FX was a $0.10 headwind, a $4.50 fee and a $10-$15 million fund.", ST_SPEECH,
     "F.X was a 10 cent headwind, a 4 dollar 50 fee and a 10 to 15 million dollar fund."},
    /* a comparison's sign joined to an amount */
    {"more than amount", "Salaries >$100K and fees <\xC2\xA3" "5 rose.", ST_SPEECH,
     "Salaries more than 100 thousand dollars and fees less than 5 pounds rose."},
    /* an authorization is a noun the amount measures */
    {"authorization", "The board approved the $500M authorization.", ST_SPEECH,
     "The board approved the 500 million dollar authorization."},
    /* emergency numbers after a service's name, after "on" and "via", and the next */
    {"service numbers", "Call Gardai 112 or 999, ring the Gardai on 112 or 999, or contact police via 101.", ST_SPEECH,
     "Call Gardai 1 1 2 or 9 9 9, ring the Gardai on 1 1 2 or 9 9 9, or contact police via 1 0 1."},
    {"service numbers look-alike", "We called on 112 members or 999 others, and will call Ana 112 times.", ST_SPEECH,
     "We called on 112 members or 999 others, and will call Ana 112 times."},
    /* a highway's number at a sentence's start */
    {"highway", "Hwy 97 is closed.", ST_SPEECH, "Highway 97 is closed."},
    /* a code's name cut short, a case's kind, ranks */
    {"codes", "It violated Bus. & Prof. Code 17200, Fin. Code 22304 and Cal. Penal Code 187.", ST_SPEECH,
     "It violated Business and Professions Code 17200, Financial Code 22304 and California Penal Code 187."},
    {"codes look-alike", "Prof. Lee and Gov. Hart met.", ST_SPEECH, "Professor Lee and Governor Hart met."},
    {"docket", "The case is No. 24 Cr. 519, Crim. No. 23-118.", ST_SPEECH,
     "The case is number 24 Criminal 519, Criminal number 23 dash 118."},
    {"ranks", "Ch. Insp. Amy Cole and D/Sgt Paul Hart led it.", ST_SPEECH,
     "Chief Inspector Amy Cole and Detective Sergeant Paul Hart led it."},
    /* a month of a year as tables write it; a bond's tenor; an amount per month */
    {"month-year", "Inflation peaked in Mar-24 and will ease by Dec-25.", ST_SPEECH,
     "Inflation peaked in March 2024 and will ease by December 2025."},
    {"tenor", "The 10y yield rose, the 2yr notes fell; he is 10y old.", ST_SPEECH,
     "The 10-year yield rose, the 2-year notes fell, he is 10y old."},
    {"per month", "Reserves shrank by $60bn/month and \xE2\x82\xAC" "2m/yr.", ST_SPEECH,
     "Reserves shrank by 60 billion dollars a month and 2 million euros a year."},
    {"fiscal two", "Growth was 4.8% in FY23/24.", ST_SPEECH, "Growth was 4.8 percent in fiscal year 2023 to 24."},
    /* an exchange rate's pair, and its price after "at" no clock */
    {"currency pair", "EUR/USD traded at 1.17 and the session resumed at 11.52 today.", ST_SPEECH,
     "euro dollar traded at 1.17 and the session resumed at 11 52 today."},
    /* a table's unit: a currency and its scale with no figure */
    {"table unit", "Offer (PLN mn) and (\xC2\xA3m) rose; see the CAD m file.", ST_SPEECH,
     "Offer, million zlotys, and, million pounds, rose, see the CAD m file."},
    /* a city's quadrant after its street, with its comma too; a state after a town */
    {"quadrant", "He lived on Saratoga Ave., NE, and at 16 Elm St. NW, not in Omaha, NE.", ST_SPEECH,
     "He lived on Saratoga Avenue, Northeast, and at 16 Elm Street Northwest, not in Omaha, Nebraska."},
    /* a postcode before its town, after the house's number */
    {"postcode", "Write to Wilhelmstrasse 97, 10117 Berlin. Of the 97, 10117 People came.", ST_SPEECH,
     "Write to Wilhelmstrasse 97, 1 0 1 1 7 Berlin, Of the 97, 10117 People came."},
    /* formulae, with subscript figures too; powers of ten per a unit */
    {"formulae", "Levels of SO2, NO\xE2\x82\x82 and CH\xE2\x82\x84 rose; 11 \xC3\x97 10\xE2\x81\xB9/L.", ST_SPEECH,
     "Levels of S.O 2, N.O 2 and C.H 4 rose, 11 times 10 to the power of 9 per litre."},
    /* nanometres in a sentence about light, nautical miles at sea */
    {"nanometres", "Light of 450 nm hit a 20 nm layer.", ST_SPEECH, "Light of 450 nanometres hit a 20 nanometre layer."},
    {"nautical miles", "The ship was 12 nm off the coast.", ST_SPEECH, "The ship was 12 nautical miles off the coast."},
    /* one degree; a measure before a compass point; the Sun */
    {"one degree", "Warming by 1 \xC2\xB0" "C, not 21 \xC2\xB0" "C, 3 km north-east of the Sun.", ST_SPEECH,
     "Warming by 1 degree Celsius, not 21 degrees Celsius, 3 kilometres north-east of the Sun."},
    {"weekday stop", "Open Sat. and Sun. only.", ST_SPEECH, "Open Saturday, and Sunday, only."},
    /* euro cents per kilowatt hour, food aid's tonnes, the numero sign */
    {"aid units", "Power costs 32 ct/kWh; 120 MT of food; Operation n\xC2\xB0 4471.", ST_SPEECH,
     "Power costs 32 cents per kilowatt hour, 120 metric tonnes of food, Operation number 4471."},
    /* a match: after extra time, half time, a winning margin, a rule's part */
    {"match", "They won 3-1 (aet), 1-0 at HT 1-0, by 0:34 under Rule 7.3(b).", ST_SPEECH,
     "They won 3 to 1, after extra time, 1 to 0 at half time 1 to 0, by 34 seconds under Rule 7.3B."},
    {"match look-alike", "We met at 0:34 today.", ST_SPEECH, "We met at 12 34 AM today."},
    {"world record", "Okonkwo smashes 100m world record; it raised 100m world wide.", ST_SPEECH,
     "Okonkwo smashes 100 metre world record, it raised 100 million world wide."},
    /* months cut short after a word that dates; a count per a span of time */
    {"short months", "Since Sept, most came in Nov, and 20,000 vehicles/day.", ST_SPEECH,
     "Since September, most came in November, and 20,000 vehicles per day."},
    /* a journal's pages and year are no telephone number */
    {"pages", "It appears in Nature 627, 112\xE2\x80\x93" "118 (2026).", ST_SPEECH,
     "It appears in Nature 627, 112 to 118, 2026."},
    {"pages look-alike", "Call (202) 555-0143 now.", ST_SPEECH, "Call 2 0 2, 5 5 5, 0 1 4 3 now."},
    /* a range before a unit per another; a price per unit after a code set apart */
    {"range per unit", "Levels of 10\xE2\x80\x93" "50 ng/mL cost US$ 12/m\xC2\xB3.", ST_SPEECH,
     "Levels of 10 to 50 nanograms per millilitre cost 12 US dollars per cubic metre."},
    /* a country's code in brackets after a name, as results give it */
    {"country codes", "Gold to Lars Berg (DEN), silver to Eliud Kip (KEN); KEN SMITH and the treaty (NATO).", ST_SPEECH,
     "Gold to Lars Berg, D.E.N, silver to Eliud Kip, K.E.N, KEN SMITH and the treaty, Nato."},
    /* a range of amounts whose scale is said once at its end; look-alikes: amounts
     * with no scale, and "and" with no "between" */
    {"scale range", "Damage is between $20 and $25 billion; it costs from $3 to $4.5bn and \xE2\x82\xAC" "3 to "
     "\xE2\x82\xAC" "4 million.", ST_SPEECH,
     "Damage is between 20 and 25 billion dollars, it costs from 3 to 4.5 billion dollars and 3 to 4 million euros."},
    {"scale range look-alike", "Tickets cost $20 to $25; they raised $5 and $10 million.", ST_SPEECH,
     "Tickets cost 20 dollars to 25 dollars, they raised 5 dollars and 10 million dollars."},
    /* a grade's stars; look-alike: a footnote's star after a word */
    {"grade stars", "She was awarded A* in maths, three A*s, and 5** in English; see note* below.", ST_SPEECH,
     "She was awarded A star in maths, three A stars, and 5 star star in English, see note below."},
    /* a degree after a person's name; look-alike: a state after a place */
    {"degree MD", "said Sharon Balter, MD, and Teodoro J. Herbosa, MD, in Silver Spring, MD.", ST_SPEECH,
     "said Sharon Balter, M.D, and Teodoro J Herbosa, M.D, in Silver Spring, Maryland."},
    /* per month after an amount; look-alike: a clock's time */
    {"per month", "The pension is Rs. 9,000 p.m. from 4 p.m. today.", ST_SPEECH,
     "The pension is 9,000 rupees per month from 4 PM today."},
    /* a street's abbreviation after its name before a sentence's opening; a share's
     * price in thousands of pence; millions with a point at a clause's end */
    {"street at the end", "Trains skip Flatbush Av.", ST_SPEECH, "Trains skip Flatbush Avenue."},
    {"street look-alike", "Visit Av. Reforma 222.", ST_SPEECH, "Visit Avenida Reforma 222."},
    {"pence thousands", "It closed at 1,146p, up from 962p; sales were 4.2M, up from 1.9M.", ST_SPEECH,
     "It closed at 1,146 pence, up from 962 pence, sales were 4.2 million, up from 1.9 million."},
    /* Caribbean and Kenyan currencies written short */
    {"caribbean shillings", "It costs EC$27 million and Ksh. 3.2 billion.", ST_SPEECH,
     "It costs 27 million East Caribbean dollars and 3.2 billion Kenyan shillings."},
    /* a phone's label and a local extension, digit by digit */
    {"phone local", "Ph: 01 222 2170 or (02) 8651-7800 loc. 1149.", ST_SPEECH,
     "Phone, 0 1, 2 2 2, 2 1 7 0 or 0 2, 8 6 5 1, 7 8 0 0 local 1 1 4 9."},
    /* companies' legal forms; degrees written with stops */
    {"company forms", "Goldman Sachs & Co. LLC advises Meridian Logistics Sdn. Bhd. and Harbour Foods Pte. Ltd.", ST_SPEECH,
     "Goldman Sachs and Company L.L.C advises Meridian Logistics Sendirian Berhad and Harbour Foods Private Limited."},
    {"degrees", "There were 1,043 M.Phil. recipients and 300 LL.B. graduates.", ST_SPEECH,
     "There were 1,043 M Phil recipients and 300 L L B graduates."},
    /* a Roman numeral after a counting word in lower case */
    {"clade numeral", "Cases of clade II rose; phase III began.", ST_SPEECH, "Cases of clade 2 rose, phase 3 began."},
    /* a navy's rank written short in capitals, before a name or alone */
    {"admiral", "ADM Samuel J. Paparo spoke; then Samuel J. Paparo, ADM.", ST_SPEECH,
     "Admiral Samuel J Paparo spoke, then Samuel J Paparo, Admiral."},
    /* look-alikes of the second review: emphasis closed after a letter is no grade; a
     * range that grows to a scale is two amounts; a state after a fort's name; a
     * phase, not a phone */
    {"review stars", "**Plan B** applies in **Zone A** and *Category B* homes.", ST_SPEECH,
     "Plan B applies in Zone [[,eI]] and Category B homes."},
    {"review range", "It costs from $500 to $1 million, between $50 and $2 million.", ST_SPEECH,
     "It costs from 500 dollars to 1 million dollars, between 50 dollars and 2 million dollars."},
    {"review fort", "Soldiers returned to Fort George G. Meade, MD on Friday.", ST_SPEECH,
     "Soldiers returned to Fort George G Meade, Maryland on Friday."},
    {"review phase", "Its Ph 3 trial began; Ph: 01 222 2170.", ST_SPEECH,
     "Its Ph 3 trial began, Phone, 0 1, 2 2 2, 2 1 7 0."},
    /* "Revd" before "and"; streets after ordinals, saints before names; oil and memory
     * units; a volume's numeral; a generation after a name of three words (look-alikes:
     * a war's numeral, a thing's after "the") */
    {"revd sts", "The Revd and Mrs John Smith; W. 100th/101st Sts. and Sts. Peter and Paul.", ST_SPEECH,
     "The Reverend and Mrs John Smith, West 100th/101st Streets and Saints Peter and Paul."},
    {"kbd mts", "Output was 610 kb/d on 9600MT/s chips.", ST_SPEECH,
     "Output was 610 thousand barrels a day on 9600 megatransfer per second chips."},
    {"volume generation", "See Vol. IV; Paolo Benigno Aquino IV spoke of World War II and the Great Lakes Compact II.",
     ST_SPEECH, "See Volume 4, Paolo Benigno Aquino the 4th spoke of World War 2 and the Great Lakes Compact 2."},
    /* dates written with stops year first: East Asian broadcasters' "2025.03.11" and
     * Korea's "2025. 2. 5."; look-alike: a version's numbers */
    {"dotted ymd", "Broadcast 2025.03.11; released 2025. 2. 5. today.", ST_SPEECH,
     "Broadcast the 11th of March 2025, released the 5th of February 2025, today."},
    {"dotted ymd no", "Version 2024.10.07.1 shipped in 2025.", ST_SPEECH,
     "Version 2024 point 10 point 07 point 1 shipped in 2025."},
    /* China's currency by its letters, with or without a space; degrees written short */
    {"rmb deg", "A fine of RMB 10 million and RMB1.86 billion; an inclination of 97.4 deg and a 51.6 deg orbit.",
     ST_SPEECH,
     "A fine of 10 million yuan and 1.86 billion yuan, an inclination of 97.4 degrees and a 51.6 degree orbit."},
    /* abbreviations of titles, streets, parts and documents read in full; the world
     * wars by their letters; look-alikes: "Pt." before a name is Point, "Km" after a
     * number kilometres */
    {"short titles", "Sh. Anil Deshmukh, Km. Priya Verma, Cde Sipho Ndlovu and Ambassador (ret.) Harold Jennings "
     "met at Jl. Sudirman after WWII and WWI.", ST_SPEECH,
     "Shree Anil Deshmukh, Kumari Priya Verma, Comrade Sipho Ndlovu and Ambassador, retired, Harold Jennings "
     "met at Jalan Sudirman after World War Two and World War One."},
    {"short parts", "Hear Ep. 87 and Pt. 2 of the series, the plan (doc. 10221/19) and docs. 9520/23 at Pt. Reyes, 10 km away.",
     ST_SPEECH,
     "Hear Episode 87 and Part 2 of the series, the plan, document 10221/19, and documents 9520/23 at Point Reyes, 10 kilometres away."},
    /* Hong Kong's chapters of the laws, Canada's dollar as its pages write it */
    {"cap can", "He breached the Theft Ordinance, Cap. 210, and paid CAN$7.", ST_SPEECH,
     "He breached the Theft Ordinance, Chapter 210, and paid 7 Canadian dollars."},
    /* a clock's time after a word of about, as police write it; look-alike: hours
     * of work after "about" stay a number */
    {"about clock", "At approximately 2340 hours a man was robbed; at about 0140 a car was taken.", ST_SPEECH,
     "At approximately 23 40 hours a man was robbed, at about oh 1 40 a car was taken."},
    {"about clock no", "The vote took about 2340 hours of work.", ST_SPEECH, "The vote took about 2340 hours of work."},
    /* counsel named in capitals in a sentence in mixed case; look-alikes: a body or
     * software after "MS" is letters */
    {"caps counsel", "I appear with MS BURKE and MR LEE; yes, MRS HALL.", ST_SPEECH,
     "I appear with Miz BURKE and Mister LEE, yes, Missus HALL."},
    {"caps counsel no", "The MS SOCIETY meets on MS TEAMS.", ST_SPEECH, "The M.S SOCIETY meets on M.S TEAMS."},
    /* India's "/-" after an amount; a judge's initials that a reporter's letters
     * spell too; Brazil's postcode after the state; look-alikes: the reporter after
     * its volume, a range of five digits and three without a state */
    {"indian forms", "Pay Rs. 25,00,000/- to Justice B.R. Gavai, Rio de Janeiro, RJ 20030-020.", ST_SPEECH,
     "Pay 25 lakh rupees to Justice B.R Gavai, Rio de Janeiro, R.J 2 0 0 3 0, 0 2 0."},
    {"indian forms no", "See 512 B.R. 34; the range is 20030-020 items.", ST_SPEECH,
     "See 512 Bankruptcy Reporter 34, the range is 20030 dash 020 items."},
    /* a local number after "at", when a word that dials leads to it or a line's
     * name is right before; look-alikes: a time or a distance after "at" */
    {"phone at", "Call the investigating officers at 3661 8036 or the hotline at 637-2600; the ScamShield "
     "helpline at 1799.", ST_SPEECH,
     "Call the investigating officers at 3 6 6 1, 8 0 3 6 or the hotline at 6 3 7, 2 6 0 0, the ScamShield "
     "helpline at 1 7 9 9."},
    {"phone at no", "Phone the office at 1400 hours; the line at 1500 metres is shut; we call at 2025 prices.",
     ST_SPEECH, "Phone the office at 14 hundred hours, the line at 15 hundred metres is shut, we call at 2025 prices."},
    /* a range of times written with stops, its dash or "to" between, after "at" or
     * with the hour's leading zero; look-alike: a range of amounts */
    {"stopped range", "Submit at 09.30 - 12.30 and collect at 14.00 - 16.00.", ST_SPEECH,
     "Submit at 9 30 to 12 30 and collect at 14 hundred to 16 hundred."},
    {"stopped range no", "Growth was 1.25 - 2.50 percent.", ST_SPEECH, "Growth was 1.25 to 2.5 percent."},
    /* "Rev" without its stop before a name, as British churches write it; canons of
     * the Code of Canon Law; look-alikes: the verb, Hansard's columns */
    {"rev canons", "The Rt Rev Dr. Iain Greig and the Rev Anne Hollis cited cc. 1401-1403.", ST_SPEECH,
     "The Right Reverend Doctor Iain Greig and the Reverend Anne Hollis cited canons 14 oh 1 to 14 oh 3."},
    {"rev canons no", "Rev up the engine; HC Deb, 15 October 2024, cc. 231-2.", ST_SPEECH,
     "Rev up the engine, H.C Deb, the 15th of October 2024, columns 231 to 2."},
    /* (review) a clock's time after a hotline and "at"; an amount at approximately;
     * a condition or a machine in capitals after MS or MR */
    {"review at", "The police hotline at 2330 hours took 40 calls; overtime stood at approximately 2130 hrs.",
     ST_SPEECH, "The police hotline at 23 30 hours took 40 calls, overtime stood at approximately 2130 hours."},
    {"review caps", "Patients living with MS FATIGUE can use the new MR SCANNER.", ST_SPEECH,
     "Patients living with M.S FATIGUE can use the new M.R SCANNER."},
    /* a clock time with its leading zero after the word that takes it is the day's,
     * in brackets too; look-alike: an editor's time code after a word that takes none */
    {"stage time", "(Departing Tokyo Station at 07:03)", ST_STAGE, "Departing Tokyo Station at 7 oh 3"},
    {"stage time", "[inaudible 00:03]", ST_STAGE, "inaudible"},
    /* a place's latitude and longitude, the hemispheres said in words; look-alike:
     * letters after figures that are no pair of them */
    {"coordinates", "The quake struck at (37.50 N, 137.27 E) at a depth of 10 km.", ST_SPEECH,
     "The quake struck at, 37.50 north, 137.27 east, at a depth of 10 kilometres."},
    {"coordinates", "It was centred at 12.5S, 77.0W near the coast.", ST_SPEECH,
     "It was centred at 12.5 south, 77.0 west near the coast."},
    {"coordinates", "The epicentre (28.84\xC2\xB0 N, 82.19\xC2\xB0 E) was rural.", ST_SPEECH,
     "The epicentre, 28.84 degrees north, 82.19 degrees east, was rural."},
    {"coordinates", "He scored 5 N and 3 E in class.", ST_SPEECH, "He scored 5 N and 3 E in class."},
    /* a quake's magnitude on a scale its letters name; look-alikes: the same letters
     * as units where no quake is spoken of */
    {"magnitude", "A magnitude 5.8 ML earthquake struck, then an aftershock of 4.9 mb.", ST_SPEECH,
     "A magnitude 5.8 M L earthquake struck, then an aftershock of 4.9 M B."},
    {"magnitude", "Pressure fell to 990.5 mb; the tanks hold 2.5 ML of water.", ST_SPEECH,
     "Pressure fell to 990.5 millibars, the tanks hold 2.5 megalitres of water."},
    {"magnitude", "The reservoir released 5.8 ML of water after an earthquake of magnitude 5.7 Mw.", ST_SPEECH,
     "The reservoir released 5.8 megalitres of water after an earthquake of magnitude 5.7 M W."},
    {"magnitude", "A 6.1 Mw quake followed.", ST_SPEECH, "A 6.1 M W quake followed."},
    /* the minor units of more currencies, and the currencies of crisis-country reports;
     * look-alike: a distress call */
    {"currencies", "The fund paid \xE2\x82\xB1" "42,180,512.00 and PHP 1,500.50; he paid CHF 12.50.", ST_SPEECH,
     "The fund paid 42,180,512 pesos and 1,500 pesos and 50 centavos, he paid 12 Swiss francs and 50 centimes."},
    {"currencies", "Prices rose to SDG 60,000 and YER 40,000 a month.", ST_SPEECH,
     "Prices rose to 60,000 Sudanese pounds and 40,000 Yemeni rials a month."},
    {"currencies", "Send an SOS message to 5,000 people.", ST_SPEECH, "Send an SOS message to 5,000 people."},
    /* "HE" before a title and a name is His (Her) Excellency; look-alikes: the pronoun
     * in capitals, higher education's initials */
    {"excellency", "We welcomed HE Mr Tomas Lindgren and HE Mrs Amina Yusuf.", ST_SPEECH,
     "We welcomed His Excellency Mr Tomas Lindgren and Her Excellency Mrs Amina Yusuf."},
    {"excellency", "The HE Department grew; HE SAID NO.", ST_SPEECH, "The HE Department grew, HE SAID NO."},
    /* a unit in a counted span of hours or days; look-alike: per a span's unit */
    {"span", "Rainfall reached 341 mm/24h and 120 mm/72hrs inland; 341 mm/day fell.", ST_SPEECH,
     "Rainfall reached 341 millimetres in 24 hours and 120 millimetres in 72 hours inland, 341 millimetres per day "
     "fell."},
    /* a contact's "Mob." and "Tel" before a number in its international form;
     * look-alike: the crowd */
    {"mobile", "For more information contact Jane Ruiz, Mob. +261 34 05 000 00.", ST_SPEECH,
     "For more information contact Jane Ruiz, Mobile plus 2 6 1, 3 4, 0 5, 0 0 0, 0 0."},
    {"mobile", "Contact Jane Ruiz, Tel +261 34 05 000 00.", ST_SPEECH,
     "Contact Jane Ruiz, Telephone plus 2 6 1, 3 4, 0 5, 0 0 0, 0 0."},
    {"mobile", "Police dispersed the mob near the station.", ST_SPEECH, "Police dispersed the mob near the station."},
    /* a short surname in capitals before a first name and a party, as ballots set it;
     * look-alikes: acronyms before a comma */
    {"ballot", "KWON, Scott (Liberal) 12,345", ST_SPEECH, "KWON, Scott, Liberal, 12,345"},
    {"ballot", "We thank the IMF, Kristalina (Georgieva) and others.", ST_SPEECH,
     "We thank the I.M.F, Kristalina, Georgieva, and others."},
    /* a signature's mark before the name; look-alike: the Singapore dollar */
    {"signed", "(SGD) ARIEL F NEPOMUCENO", ST_SPEECH, "Signed ARIEL F NEPOMUCENO"},
    {"signed", "(Sgd.) Ariel F. Nepomuceno", ST_SPEECH, "Signed Ariel F Nepomuceno"},
    {"signed", "The fund holds SGD 500 million.", ST_SPEECH, "The fund holds 500 million Singapore dollars."},
    /* the Order of Australia's and other honours' letters after a name are spelled;
     * look-alike: "AM" in a line of capitals is the verb */
    {"honours", "Mr Graham Lee O'CONNOR OAM", ST_SPEECH, "Mr Graham Lee O'CONNOR O.A.M"},
    {"honours", "I AM HERE.", ST_SPEECH, "I AM HERE."},
    /* a roman numeral joined to a name in mixed case (a constituency's); look-alike: a
     * lone X, a letter */
    {"roman", "The by-election in Khushab-II and Bhakkar-I was held on Sunday.", ST_SPEECH,
     "The by-election in Khushab 2 and Bhakkar 1 was held on Sunday."},
    {"roman", "Project-X and Generation-X.", ST_SPEECH, "Project-X and Generation-X."},
    /* (hunt 86) a squad's marks and a prophet's honorific after a name; a kick-off's
     * time; the rand as a price; a Hijri year; kelvin; compositions; an age group
     * with its hyphen; a funder's award; a paper's DOI */
    {"marks", "Ryan Naidoo (c), Kyle Abrahams (wk) and Sam Lee (vc) are named; the panel may (a) fine or (c) expel.",
     ST_SPEECH,
     "Ryan Naidoo, captain, Kyle Abrahams, wicketkeeper, and Sam Lee, vice-captain, are named, the panel may, a, "
     "fine or, c, expel."},
    {"pbuh", "The Prophet Muhammad (PBUH) taught it; call the Small Arms Workshop (SAW); Acme (c) 2025.", ST_SPEECH,
     "The Prophet Muhammad, peace be upon him, taught it, call the Small Arms Workshop, SAW, Acme, c, 2025."},
    {"ko", "Saturday 14 June (KO 3pm); he won by KO in round 3.", ST_SPEECH,
     "Saturday, the 14th of June, kick-off 3 PM, he won by K.O in round 3."},
    {"rand", "Tickets are R80 for adults and R150 per person; take the R61 for Queenstown or R445 for two kilometres.",
     ST_SPEECH,
     "Tickets are 80 rand for adults and 150 rand per person, take the R61 for Queenstown or R445 for two kilometres."},
    {"hijri", "Ramadan 1446H began; the convoy left at 0610H.", ST_SPEECH,
     "Ramadan 14 46 AH began, the convoy left at oh 6 10 hours."},
    {"kelvin", "It was cooled to 0.3 K before use, between 4 K and 300 K; the 5 K run.", ST_SPEECH,
     "It was cooled to 0.3 kelvin before use, between 4 kelvin and 300 kelvin, the 5 K run."},
    {"wt", "It is doped with 0.5 wt% lanthanum and 2 at% tin.", ST_SPEECH,
     "It is doped with 0.5 weight percent lanthanum and 2 atomic percent tin."},
    {"u23", "at U-23 level and the U-20 World Cup; U2 played.", ST_SPEECH,
     "at under twenty-three level and the under twenty World Cup, U2 played."},
    {"award", "under award 2145789; the grant is 12500 euros; the award 2025 ceremony.", ST_SPEECH,
     "under award 2 1 4 5 7 8 9, the grant is 12500 euros, the award 2025 ceremony."},
    {"doi", "See doi:10.1056/NEJMoa2507731 and DOI: 10.1126/science.adk1234 for details.", ST_SPEECH,
     "See D.O.I, 10 dot 1056 slash N E J M O A 2 5 0 7 7 3 1 and D.O.I, 10 dot 1126 slash science, dot A D K 1 2 3 4 "
     "for details."},
    /* (hunt 88) chips, a directive's name, bracketed fields back to back, defanged
     * indicators, a count's change in thousands, a star between fields, a compound
     * ending in "U.S.", Canada's provinces, a version cut short */
    {"h100", "The cluster uses 4,096 H100 accelerators and H200 ones from H1 2025.", ST_SPEECH,
     "The cluster uses 4,096 H100 accelerators and H200 ones from first half 2025."},
    {"nis2", "The NIS2 Directive applies; under NIS2, firms were fined NIS 500 per day.", ST_SPEECH,
     "The NIS2 Directive applies, under NIS2, firms were fined 500 shekels per day."},
    {"fields", "[$43000][445380761] High: type confusion.", ST_SPEECH, "43000 dollars, 445380761 High, type confusion."},
    {"defanged", "The actors used update-check[.]net and 203.0.113[.]45 for control.", ST_SPEECH,
     "The actors used update-check.net and 203 dot 0 dot 113 dot 45 for control."},
    {"54k", "Employment rose by 54k in September, after a fall of 66k; she ran 5k.", ST_SPEECH,
     "Employment rose by 54 thousand in September, after a fall of 66 thousand, she ran 5k."},
    {"star", "Contact: (202) 691-5902 * press@bls.gov; it is 5 * 3.", ST_SPEECH,
     "Contact, 2 0 2, 6 9 1, 5 9 0 2, press at bls dot gov, it is 5 times 3."},
    {"korea-us", "They modernize the Korea-U.S. alliance and the Japan-U.S. Security Treaty.", ST_SPEECH,
     "They modernize the Korea U.S alliance and the Japan U.S Security Treaty."},
    {"provinces", "Prices in Sask. rose, in Alta. fell; the President of Costa Alta. spoke.", ST_SPEECH,
     "Prices in Saskatchewan rose, in Alberta fell, the President of Costa Alta, spoke."},
    {"ver", "FileRelay Ver.5.4.0 is affected; apply Ver. 5.4.7 now.", ST_SPEECH,
     "FileRelay version 5 point 4 point 0 is affected, apply version 5 point 4 point 7 now."},
    /* (hunt 88) a statistics office's and an index's letters, a cyber agency's after a
     * possessive, spelled; a chip maker's name said as a word */
    {"acronyms88", "the IBGE said the IPCA rose; ASD's ACSC warned; NVIDIA shares rose.", ST_SPEECH,
     "the I.B.G.E said the I.P.C.A rose, A.S.D's A.C.S.C warned, Nvidia shares rose."},
    /* (hunt 88) a decimal comma after a nought, before anything */
    {"nought", "Transport contributed 0,7 of a percentage point; it was 1,2 of them.", ST_SPEECH,
     "Transport contributed 0.7 of a percentage point, it was 1,2 of them."},
    /* (hunt 88) a file's path said part by part; a slash between words a pause still */
    {"path", "The file /etc/orchiddb/orchid.conf and ../../etc/shadow were read; use and/or.", ST_SPEECH,
     "The file slash E T C slash orchiddb slash orchid dot conf and dot dot slash dot dot slash E T C slash shadow "
     "were read, use and or."},
    /* a price after "from" or "at" with a stop in it is no clock's time when a
     * currency's word follows it; look-alikes: times so written */
    {"price range", "Prices will fall from 21.07 to 20.36 cents per kWh.", ST_SPEECH,
     "Prices will fall from 21.07 to 20.36 cents per kilowatt hour."},
    {"price at", "The tariff will remain at 7.15 cents per kWh.", ST_SPEECH,
     "The tariff will remain at 7.15 cents per kilowatt hour."},
    {"price euros", "Shares closed at 9.45 euros.", ST_SPEECH, "Shares closed at 9 euros and 45 cents."},
    {"time at stop", "The office opens at 7.15 on Saturdays.", ST_SPEECH, "The office opens at 7 15 on Saturdays."},
    {"time range stop", "It is open from 08.30 to 17.30 on weekdays.", ST_SPEECH,
     "It is open from 8 30 to 17 30 on weekdays."},
    /* Indonesia's and Brazil's signs group thousands with stops, a space after the
     * sign or none; look-alikes: Malaysia's and the dollar's stop is a point */
    {"rupiah stops", "The visa fee is Rp 950.000 per applicant.", ST_SPEECH,
     "The visa fee is 950000 rupiah per applicant."},
    {"rupiah joined", "The fee is Rp1.250.000.", ST_SPEECH, "The fee is 1250000 rupiah."},
    {"reais stops", "The fee is R$ 1.017,50 per person.", ST_SPEECH,
     "The fee is 1017 reais and 50 centavos per person."},
    {"ringgit point", "The fee is RM 1.500 per person.", ST_SPEECH, "The fee is 1.500 ringgit per person."},
    /* emission and energy units as climate and energy statements write them: the
     * mass joined to CO2, the US's million metric tons, joules, peak and electric
     * ratings, a price per kWh in cents; a trillion's T after a currency's sign
     * (look-alikes: the spaced forms, "5T" after no sign) */
    {"MtCO2e", "Emissions fell to 3,254 MtCO2e last year.", ST_SPEECH,
     "Emissions fell to 3,254 megatonnes of CO2 equivalent last year."},
    {"Mt CO2e spaced", "Emissions fell to 3,254 Mt CO2e last year.", ST_SPEECH,
     "Emissions fell to 3,254 megatonnes of CO2 equivalent last year."},
    {"gCO2/kWh", "The grid emits 120 gCO2/kWh.", ST_SPEECH, "The grid emits 120 grams of CO2 per kilowatt hour."},
    {"MMT", "The rule cuts 37 MMT of emissions.", ST_SPEECH, "The rule cuts 37 million metric tons of emissions."},
    {"CO2-e", "Australia emitted 440 Mt CO2-e.", ST_SPEECH, "Australia emitted 440 megatonnes of CO2 equivalent."},
    {"PJ EJ", "Supply was 118 PJ, of 445 EJ worldwide.", ST_SPEECH,
     "Supply was 118 petajoules, of 445 exajoules worldwide."},
    {"MWp MWe", "A 50 MWp farm and a 600 MWe plant.", ST_SPEECH,
     "A 50 megawatt peak farm and a 600 megawatt electric plant."},
    {"cents/kWh", "The rate is 20.36 cents/kWh.", ST_SPEECH, "The rate is 20.36 cents per kilowatt hour."},
    {"trillion T", "Finance must reach $1.3T a year.", ST_SPEECH, "Finance must reach 1.3 trillion dollars a year."},
    {"T no sign", "The 5T magnet is strong.", ST_SPEECH, "The 5T magnet is strong."},
    /* opening hours as consular notices write them: a short weekday and its comma
     * before a time, a range of times with stops in one word, a spaced dash between
     * times with stops and am or pm; look-alikes: amounts so written */
    {"weekday comma", "Passports can be collected on Fri, 14:00.", ST_SPEECH,
     "Passports can be collected on Friday, 14 hundred."},
    {"dotted range", "The counter is open Mon\xE2\x80\x93Thu, 09.30\xE2\x80\x93" "12.30.", ST_SPEECH,
     "The counter is open Monday to Thursday, 9 30 to 12 30."},
    {"dotted range pm", "Collection is 14.00\xE2\x80\x93" "15.30 daily.", ST_SPEECH,
     "Collection is 14 hundred to 15 30 daily."},
    {"dotted range amount", "Prices of 10.15\xE2\x80\x93" "11.45 euros apply.", ST_SPEECH,
     "Prices of 10.15 to 11.45 euros apply."},
    {"dotted yields", "Yields of 2.25\xE2\x80\x93" "3.50 were seen.", ST_SPEECH, "Yields of 2.25 to 3.50 were seen."},
    {"dotted am spaced", "Open Monday to Friday, 9.30am \xE2\x80\x93 1.00pm.", ST_SPEECH,
     "Open Monday to Friday, 9 30 AM to 1 PM."},
    /* a contact's label before a North American number in its international form;
     * "WHO:" before a contact's e-mail and number, the organisation (look-alike: an
     * advisory's "WHO:" field before who will be there) */
    {"Tel +1", "Tel: +1 917 555 6536.", ST_SPEECH, "Telephone, plus 1, 9 1 7, 5 5 5, 6 5 3 6."},
    {"WHO contact", "WHO: Margaret Harris, media@who.example, +41 22 791 2222.", ST_SPEECH,
     "W.H.O, Margaret Harris, media at who dot example, plus 4 1, 2 2, 7 9 1, 2 2 2 2."},
    {"WHO field", "WHO: Mayor Ana Ruiz and Chief Tom Hale.", ST_SPEECH, "who, Mayor Ana Ruiz and Chief Tom Hale."},
    /* look-alikes of this session's rules (review) */
    {"review nm", "The Red Cross found the dinghy 20 nm from the beach; the Blue Flag beach is 3 nm away.", ST_SPEECH,
     "The Red Cross found the dinghy 20 nautical miles from the beach, the Blue Flag beach is 3 nautical miles away."},
    {"review postcode", "We moved to Suite 400, 1600 Pennsylvania Avenue; see Issue 7, 2025 Spring Edition.", ST_SPEECH,
     "We moved to Suite 400, 16 hundred Pennsylvania Avenue, see Issue 7, 2025 Spring Edition."},
    {"review month-year", "Unemployment has fallen since Dec-99 and in Sept-24.", ST_SPEECH,
     "Unemployment has fallen since December 1999 and in September 2024."},
    {"review codes", "Gov. Newsom Signs Code Reform Bill; Prof. Lee, Code Club founder, spoke.", ST_SPEECH,
     "Governor Newsom Signs Code Reform Bill, Professor Lee, Code Club founder, spoke."},
    {"review fixed at", "The fault was fixed at 10.45 and shares traded at 10.15 were cancelled.", ST_SPEECH,
     "The fault was fixed at 10 45 and shares traded at 10 15 were cancelled."},
    {"review names", "Thanks to Jan and Eva; the letter from Jan, our chair, is attached.", ST_SPEECH,
     "Thanks to Jan and Eva, the letter from Jan, our chair, is attached."},
    {"review abbreviations", "Acme is in the FT 1000 list, and Ward 12 Cr Ana Ruiz spoke.", ST_SPEECH,
     "Acme is in the F.T 1000 list, and Ward 12 Councillor Ana Ruiz spoke."},
    {"review rooms", "We will call Room 101 on Monday about Level 3\xE2\x82\x82.", ST_SPEECH,
     "We will call Room 101 on Monday about Level 3\xE2\x82\x82."},
    /* pence per a unit */
    {"tariff", "It is 6.99p/kWh and 12p/day.", ST_SPEECH, "It is 6.99 pence per kilowatt hour and 12 pence per day."},
    /* the lira's and the cedi's signs, the lira's code */
    {"currency", "Turkey gave \xE2\x82\xBA" "2bn, Ghana GH\xE2\x82\xB5 2.5 billion and TRY 500.",
     ST_SPEECH, "Turkey gave 2 billion Turkish lira, Ghana 2.5 billion cedis and 500 Turkish lira."},
    /* Swiss thousands' apostrophes (straight or curly); the fraction slash */
    {"swiss", "It holds CHF 1'000 and 12\xE2\x80\x99" "500'000 francs; 2\xE2\x81\x84" "3 is new, as in the 1990's.",
     ST_SPEECH, "It holds 1,000 Swiss francs and 12,500,000 francs, two thirds is new, as in the 19 nineties."},

    /* a legal citation said whole; "Cir." after a street's name is Circle */
    {"citation", "Under Fed. R. Civ. P. 12(b)(6) and 90 Fed. Reg. 1234 (9th Cir. 2024), see 98 F.3d 12 (D.C. Cir.).",
     ST_SPEECH,
     "Under Federal Rule of Civil Procedure 12B 6 and 90 Federal Register 12 34, Ninth Circuit 2024, see 98 Federal "
     "Reporter, third series 12, DC Circuit."},
    {"citation", "It is at 143 S. Ct. 2141, under Fed. R. Evid. and 4 Oak Cir.", ST_SPEECH,
     "It is at 143 Supreme Court Reporter 2141, under Federal Rule of Evidence and 4 Oak Circle."},

    /* a unit after a number and its scale word */
    {"unit", "It makes 1.2 million kWh, 3 billion m3 of gas and 40 mcg/kg doses.", ST_SPEECH,
     "It makes 1.2 million kilowatt hours, 3 billion cubic metres of gas and 40 micrograms per kilogram doses."},
    /* a judgment's paragraphs in brackets */
    {"pinpoint", "The Tribunal erred in law [45] where care [24]-[31] applies, as at [12].", ST_SPEECH,
     "The Tribunal erred in law, paragraph 45 where care, paragraphs 24 to 31 applies, as at paragraph 12."},
    /* sections of an Act */
    {"section", "Under s 95ZH of the Act and ss 12-14.", ST_SPEECH, "Under section 95ZH of the Act and sections 12 to 14."},
    /* references to provisions: no brackets' pauses, letters by name */
    {"provision", "Under section 7(a) and paragraph 12(b)(ii), Article 5(1)(c) applies.", ST_SPEECH, "Under section 7A and paragraph 12B 2, Article 5 1C applies."},
    {"provision", "Rule 23A(4), clause 4(i) (see section 9(a)).", ST_SPEECH, "Rule 23A 4, clause 4I, see section 9A."},
    {"provision", "Items (a) and (2) stay, as does f(x) and 7(abc).", ST_SPEECH, "Items, a, and, 2, stay, as does f,x, and 7,abc."},
    /* party tags, UK forms */
    {"party", "Sen. Ana Ruiz (D-N.Y.) and Rep. Tom Hale, R-Texas, agreed.", ST_SPEECH, "Senator Ana Ruiz, Democrat of New York, and Representative Tom Hale, Republican of Texas, agreed."},
    /* a House member's district after the state; at large */
    {"party", "Rep. Ana Ruiz (D-NM-03) and Rep. Tom Hale (R-AK-AL) agreed.", ST_SPEECH, "Representative Ana Ruiz, Democrat of New Mexico, district 3, and Representative Tom Hale, Republican of Alaska, at large, agreed."},
    {"party", "Rep. Ana Ruiz (D-NM-3) spoke.", ST_SPEECH, "Representative Ana Ruiz, Democrat of New Mexico, district 3, spoke."},
    /* a phone number's groups set apart by spaced dashes; a range of small numbers stays one */
    {"phone", "Call 202 - 555 - 0143 or (202) 555 - 0144.", ST_SPEECH, "Call 2 0 2, 5 5 5, 0 1 4 3 or 2 0 2, 5 5 5, 0 1 4 4."},
    {"phone", "The tip line is 800 - 555-0199.", ST_SPEECH, "The tip line is 8 0 0, 5 5 5, 0 1 9 9."},
    {"phone", "Scores ran 100 - 120 - 1400 and questions 1 - 6.", ST_SPEECH, "Scores ran 100 to 120 to 14 hundred and questions 1 to 6."},
    {"uk", "The Rt. Hon. Ana Ruiz MP spoke at No 10.", ST_SPEECH, "The Right Honourable Ana Ruiz M.P spoke at Number 10."},
    {"uk", "A No vote.", ST_SPEECH, "A No vote."},
    {"uk", "Tel: 020 7946 0958, Ext. 2041.", ST_SPEECH, "Telephone, 0 2 0, 7 9 4 6, 0 9 5 8, extension 2 0 4 1."},
    /* phone numbers */
    {"phone", "Call (202) 555-0143 or 1-800-555-0199 today.", ST_SPEECH, "Call 2 0 2, 5 5 5, 0 1 4 3 or 1, 8 0 0, 5 5 5, 0 1 9 9 today."},
    {"phone", "Lines 555-0143/555-0144 are open.", ST_SPEECH, "Lines 5 5 5, 0 1 4 3, or 5 5 5, 0 1 4 4 are open."},
    {"phone", "The vote was 555-212 in the end.", ST_SPEECH, "The vote was 555 to 212 in the end."},
    /* acronyms */
    {"acronym", "The DoJ, the MoD, HUD and the UNSC met.", ST_SPEECH, "The D.O.J, the M.O.D, Hud and the U.N.S.C met."},
    {"acronym", "UNAIDS and USAID fund CO2 cuts and G20 talks.", ST_SPEECH, "U.N Aids and U.S Aid fund C.O 2 cuts and G 20 talks."},
    /* markup, hashes, addresses */
    {"markup", "**Update:** the _new_ plan, ~~old~~, `code` and *this*.", ST_SPEECH, "Update, the new plan, old, code and this."},
    {"markup", "Our #1 aim: #ClimateAction, ~5 people, snake_case stays.", ST_SPEECH, "Our number 1 aim, hashtag ClimateAction, about 5 people, snake_case stays."},
    {"url", "See https://www.example.gov/news/statement?id=42&lang=en#top now.", ST_SPEECH, "See example dot gov slash news slash statement now."},
    {"url", "Read example.org/press and gov.uk/news today.", ST_SPEECH, "Read example dot org slash press and gov dot U K slash news today."},
    /* money, scales, percentages */
    {"money", "The EU gave \xE2\x82\xAC" "100m.", ST_SPEECH, "The E.U gave 100 million euros."},
    {"money", "It cost $3.2bn and \xC2\xA3" "1.", ST_SPEECH, "It cost 3.2 billion dollars and 1 pound."},
    {"pause", "He said: we wait; then we go at 10:30.", ST_SPEECH, "He said, we wait, then we go at 10 30."},
    {"money", "A grant of EUR 250,000 was paid.", ST_SPEECH, "A grant of 250,000 euros was paid."},
    {"money", "About $5 million is left.", ST_SPEECH, "About 5 million dollars is left."},
    {"money", "Growth of 4.5% is expected.", ST_SPEECH, "Growth of 4.5 percent is expected."},
    {"money", "The scheme costs \xE2\x82\xB9" "14.6 crore.", ST_SPEECH, "The scheme costs 14.6 crore rupees."},
    {"money", "Aid of KES 3.2 billion and ZAR 40m came.", ST_SPEECH, "Aid of 3.2 billion Kenyan shillings and 40 million rand came."},
    {"money", "It paid Ksh 200 and C$ 5.", ST_SPEECH, "It paid 200 Kenyan shillings and 5 Canadian dollars."},
    {"unit", "Rates fell 25 bp; exports rose 4% y/y and 1% m/m.", ST_SPEECH, "Rates fell 25 basis points, exports rose 4 percent year on year and 1 percent month on month."},
    {"unit", "Each flat is 54 m\xC2\xB2 in a 3 km\xC2\xB2 district.", ST_SPEECH, "Each flat is 54 square metres in a 3 square kilometre district."},
    {"unit", "He is 5'10\" tall; she is 6\xE2\x80\xB2" "1\xE2\x80\xB3.", ST_SPEECH, "He is 5 feet 10 inches tall, she is 6 feet 1 inch."},
    {"unit", "A 3x4 room, a 4\xC3\x97" "4 car, 10x faster, open 24x7.", ST_SPEECH, "A 3 by 4 room, a 4 by 4 car, 10 times faster, open twenty-four seven."},
    {"unit", "She said \"we won 10\" and left.", ST_SPEECH, "She said we won 10 and left."},
    {"wire", "EASTPORT, Maine--(BUSINESS WIRE)--Harbour Tools today opened a plant.", ST_SPEECH, "EASTPORT, Maine, Harbour Tools today opened a plant."},
    {"wire", "EASTPORT, Maine, March 5, 2025 /PRNewswire/ -- Harbour Tools grew.", ST_SPEECH, "EASTPORT, Maine, March 5th, 2025, Harbour Tools grew."},
    {"abbrev", "Cllr. Ana Ruiz, Fr. Tom Hale and Asst. Sec. Ray Kole met.", ST_SPEECH, "Councillor Ana Ruiz, Father Tom Hale and Assistant Secretary Ray Kole met."},
    {"abbrev", "See Sec. 4, c. 1,200 homes and Rs. 400 crore.", ST_SPEECH, "See Section 4, circa 1,200 homes and 400 crore rupees."},
    {"abbrev", "It opened in Tacoma, Wash. and Boston, Mass. on Monday.", ST_SPEECH, "It opened in Tacoma, Washington and Boston, Massachusetts on Monday."},
    {"abbrev", "Write to 40 Harbour St., Suite 200, or 12 Park Blvd.", ST_SPEECH, "Write to 40 Harbour Street, Suite 200, or 12 Park Boulevard."},
    {"money", "It won a $3.2B contract and an \xC2\xA3" "8m grant.", ST_SPEECH, "It won a 3.2 billion dollar contract and an 8 million pound grant."},
    /* after its article, an amount no noun follows is a quantity; before a name that
     * ends in a measured noun, a measure */
    {"money", "We add an additional $500 million in hospitals, a further \xC2\xA3" "2.2B over 5 years and an estimated $1.1 billion a day.",
     ST_SPEECH, "We add an additional 500 million dollars in hospitals, a further 2.2 billion pounds over 5 years and an estimated 1.1 billion dollars a day."},
    {"money", "The $2 billion Northern Rail Fund and a new $40 million stadium.", ST_SPEECH,
     "The 2 billion dollar Northern Rail Fund and a new 40 million dollar stadium."},
    {"money", "Guidance is $1.60B-$1.64B and the target $10\xE2\x80\x93$15 million.", ST_SPEECH, "Guidance is 1.60 to 1.64 billion dollars and the target 10 to 15 million dollars."},
    {"unit", "It used 50 kWh batteries and drove 40 km towards the coast.", ST_SPEECH, "It used 50 kilowatt hour batteries and drove 40 kilometres towards the coast."},
    {"date", "The forum runs from March 9 to 11, and YoY growth was 12%.", ST_SPEECH, "The forum runs from March 9th to 11th, and year on year growth was 12 percent."},
    /* a range's last day after "and" or a dash is a day too, the year after it the
     * range's; two days before their month, both */
    {"date", "The judge ruled on Feb. 27 and 28, 2025, in Ohio.", ST_SPEECH,
     "The judge ruled on February 27th and 28th, 2025, in Ohio."},
    {"date", "The talks are on February 27-28, 2025.", ST_SPEECH, "The talks are on February 27th to 28th, 2025."},
    {"date", "The fire broke out on July 4 and 12 homes were destroyed.", ST_SPEECH,
     "The fire broke out on July 4th and 12 homes were destroyed."},
    {"day range", "It runs on 27 and 28 February 2025.", ST_SPEECH, "It runs on the 27th and the 28th of February 2025."},
    {"span", "Open Mon.\xE2\x80\x93" "Fri. and Mon-Sat in FY2025-26, 2025/26 and FY25.", ST_SPEECH, "Open Monday to Friday and Monday to Saturday in fiscal year 2025 to 26, 2025 to 26 and fiscal year 25."},
    {"money", "It costs $35/month or \xE2\x82\xAC" "1.20/kWh.", ST_SPEECH, "It costs 35 dollars a month or 1 euro and 20 cents per kilowatt hour."},
    {"letters", "P R O C E E D I N G S", ST_HEADING, "PROCEEDINGS"},
    {"footnote", "It was signed on 2 March 2025.[1]", ST_SPEECH, "It was signed on the 2nd of March 2025."},
    {"footnote", "The Grid\xC2\xB9 grew in 2024\xC2\xB2 over 54 m\xC2\xB2.", ST_SPEECH, "The Grid grew in 2024 over 54 square metres."},
    {"case", "In Smith v Jones and R v. Hale, Ms Dlamini ruled.", ST_SPEECH, "In Smith versus Jones and R versus Hale, Miz Dlamini ruled."},
    {"number", "It reached 48 000 homes and 1 234 567 people, then 12 people.", ST_SPEECH, "It reached 48000 homes and 1234567 people, then 12 people."},
    {"acronym", "The AU, the COC and the KX met; we said NO.", ST_SPEECH, "The A.U, the C.O.C and the K.X met, we said NO."},
    {"money", "The $9.4b upgrade, the \xC2\xA3" "2.4bn flood investment programme and $5 million went.", ST_SPEECH, "The 9.4 billion dollar upgrade, the 2.4 billion pound flood investment programme and 5 million dollars went."},
    {"fraction", "The rate is 4-1/4 to 4-1/2 percent.", ST_SPEECH, "The rate is 4 and one quarter to 4 and one half percent."},
    {"shares", "It is a 50/50 call, a 60/40 split, odds of 99/1 and 12/25.", ST_SPEECH, "It is a 50 50 call, a 60 40 split, odds of 99/1 and 12/25."},
    {"month span", "It ran January\xE2\x80\x93" "December 2025, Jan-Mar, Jan.\xE2\x80\x93" "Mar. and May \xE2\x80\x93 June.", ST_SPEECH,
     "It ran January to December 2025, January to March, January to March and May to June."},
    {"month span", "In March \xE2\x80\x93 as we said \xE2\x80\x93 prices may-be rose; mar-a-lago.", ST_SPEECH,
     "In March, as we said, prices may-be rose, mar-a-lago."},
    {"acronym plural", "Patients had TEAEs and SAEs, not QUEUEs.", ST_SPEECH, "Patients had T.E.A.E's and SAEs, not QUEUEs."},
    {"degree", "The report was signed by Alan Kerr, MD.", ST_SPEECH, "The report was signed by Alan Kerr, M.D."},
    {"degree", "Dr. Jane Roe, MD, PhD, spoke, as did Prof. Ann Lee, MD, FRCP, today.", ST_SPEECH,
     "Doctor Jane Roe, M.D, P.H.D, spoke, as did Professor Ann Lee, M.D, F.R.C.P, today."},
    {"degree", "The plant is in Silver Spring, MD, near Baltimore, MD.", ST_SPEECH,
     "The plant is in Silver Spring, Maryland, near Baltimore, Maryland."},
    {"decimal comma", "It pays \xE2\x82\xAC" "0,42 and EUR 0,99 a share, not \xE2\x82\xAC" "1,500.", ST_SPEECH,
     "It pays 42 cents and 99 cents a share, not 1,500 euros."},
    {"identifier", "Recall Number: 24-318, pages 24-31.", ST_SPEECH, "Recall Number, 24 dash 318, pages 24 to 31."},
    {"caps address", "Counsel to the Inquiry: MS HELENA STROUD KC, with MR CALLUM REDDAWAY and DR PRIYA FELL.", ST_SPEECH,
     "Counsel to the Inquiry, Miz HELENA STROUD K.C, with Mister CALLUM REDDAWAY and Doctor PRIYA FELL."},
    {"caps address", "Patients with MS and the DR Congo had an MR scan.", ST_SPEECH,
     "Patients with M.S and the D.R Congo had an M.R scan."},
    {"day range", "Flooding hit 14 counties between 23 and 27 November, on the night of 14/15 August 2020.", ST_SPEECH,
     "Flooding hit 14 counties between the 23rd and the 27th of November, on the night of the 14th to the 15th of August 2020."},
    {"day range", "Tickets cost 23 and 27 pounds.", ST_SPEECH, "Tickets cost 23 and 27 pounds."},
    {"short date", "The game moves to Sat., 28/8 at 3 p.m.", ST_SPEECH, "The game moves to Saturday, the 28th of August at 3 PM."},
    {"compact time", "The warning was issued at 347 AM CST and updated at 1030 PM CST.", ST_SPEECH,
     "The warning was issued at 3 47 AM Central Standard Time and updated at 10 30 PM Central Standard Time."},
    {"compact time", "Tune to WBZ 1030 AM now.", ST_SPEECH, "Tune to W.B.Z 1030 AM now."},
    {"units", "Heart rate 104 bpm, a 0.6L bin, a 412KB file, margin up +1.3pp, the Model X.", ST_SPEECH,
     "Heart rate 104 beats per minute, a 0.6 litre bin, a 412 kilobyte file, margin up plus 1.3 percentage points, the Model X."},
    {"counts", "The hall seats 1184 people and there were 1776 complaints, some 1500 homes.", ST_SPEECH,
     "The hall seats 1184 people and there were 1776 complaints, some 15 hundred homes."},
    {"counts", "In 1984 people thought Section 1983 provides a remedy, as the 1776 declaration did.", ST_SPEECH,
     "In 19 84 people thought Section 19 83 provides a remedy, as the 17 76 declaration did."},
    {"measures", "At a depth of 1.8m, a unit of 40m x 25m, delayed by 2h 45m, with 150g and 1.5l each.", ST_SPEECH,
     "At a depth of 1.8 metres, a unit of 40 metres by 25 metres, delayed by 2 hours 45 minutes, with 150 grams and 1.5 litres each."},
    {"measures", "Get them below 7m by this spring on a 4g network.", ST_SPEECH,
     "Get them below 7 million by this spring on a 4g network."},
    {"european amounts", "The grant is EUR 12.500, the levy \xE2\x82\xAC" "1.234,56 and the fine PLN 1 200, not $12.50.", ST_SPEECH,
     "The grant is 12500 euros, the levy 1234 euros and 56 cents and the fine 1200 zlotys, not 12 dollars and 50 cents."},
    {"references", "As held in the ruling [23]\xE2\x80\x93[27], colleagues from the Nat. Museum of Scotland join (paras 45\xE2\x80\x93" "49).", ST_SPEECH,
     "As held in the ruling, paragraphs 23 to 27, colleagues from the National Museum of Scotland join, paragraphs 45 to 49."},
    {"review", "We saw the NIGHT sky, a BRIGHT SIGN, the AUTUMN HYMN, TODD, a QUIET QUEEN.", ST_SPEECH,
     "We saw the NIGHT sky, a BRIGHT SIGN, the AUTUMN HYMN, TODD, a QUIET QUEEN."},
    {"review", "1945 marks the end, the year 1968 remains, and it is -5 km away.", ST_SPEECH,
     "19 45 marks the end, the year 19 68 remains, and it is minus 5 kilometres away."},
    {"review", "AID CONVOY REACHES EASTERN DR CONGO", ST_SPEECH, "AID CONVOY REACHES EASTERN DR CONGO"},
    {"review", "Gas is $3.499/gal and EUR 1.500 is due.", ST_SPEECH, "Gas is 3.499 dollars per gallon and 1500 euros is due."},
    {"markdown link", "See [the full report](https://example.org/report.pdf) for details.", ST_SPEECH,
     "See the full report for details."},
    {"bullet", "* WHAT...Heavy snow expected.", ST_SPEECH, "WHAT, Heavy snow expected."},
    {"bullet", "We know 2 * 3 = 6.", ST_SPEECH, "We know 2 times 3 equals 6."},
    {"unsayable", "We wrote to the IOPC about BRICS and NATO.", ST_SPEECH,
     "We wrote to the I.O.P.C about BRICS and Nato."},
    {"initial", "The Senate passed S. 1482 today.", ST_SPEECH, "The Senate passed S 14 82 today."},
    /* ranges, votes, ordinals */
    {"range", "The vote was 31\xE2\x80\x93" "4.", ST_SPEECH, "The vote was 31 to 4."},
    {"range", "From 2019-2023 we grew.", ST_SPEECH, "From 2019 to 2023 we grew."},
    {"ordinal", "The 21st century.", ST_SPEECH, "The 21st century."},
    /* acronyms: spelled or read as words */
    {"acronym", "The WHO, NATO and the UK agree.", ST_SPEECH, "The W.H.O, Nato and the U.K agree."},
    {"acronym", "Ask the MEPs.", ST_SPEECH, "Ask the M.E.P's."},
    {"acronym", "I visited the U.S.A. last year.", ST_SPEECH, "I visited the U.S.A last year."},
    /* symbols and typographic punctuation */
    {"symbol", "Heat of 40\xC2\xB0" "C & rain.", ST_SPEECH, "Heat of 40 degrees Celsius and rain."},
    {"symbol", "Under \xC2\xA7 12, and/or later.", ST_SPEECH, "Under section 12, and or later."},
    {"symbol", "Russia\xE2\x80\x99s war \xE2\x80\x93 and more", ST_SPEECH, "Russia's war, and more"},
    {"symbol", "Eastport - The harbour opened.", ST_SPEECH, "Eastport, The harbour opened."},
    {"symbol", "\xE2\x80\x9CNow,\xE2\x80\x9D she said.", ST_SPEECH, "Now, she said."},
    /* addresses and phone numbers */
    {"url", "See https://www.example.org/news/today.", ST_SPEECH, "See example dot org slash news slash today."},
    {"email", "Write to press@example.org.", ST_SPEECH, "Write to press at example dot org."},
    {"scale joined", "The 1.2m households, 30k jobs and 4bn a year.", ST_SPEECH,
     "The 1.2 million households, 30 thousand jobs and 4 billion a year."},
    {"scale or measure", "A 5k run along a 1.2m wall.", ST_SPEECH, "A 5k run along a 1.2 metre wall."},
    {"capital X in a name", "Route 66X and the 66X run; sales grew 3X, a 10X rise, 4x faster.", ST_SPEECH,
     "Route 66 X and the 66 X run, sales grew 3 times, a 10 times rise, 4 times faster."},
    {"money after the", "The 60m transfer, the 2m population; the women's 400m hurdles.", ST_SPEECH,
     "The 60 million transfer, the 2 million population, the women's 400 metres hurdles."},
    {"measure after the", "The 100m final, the 400m hurdles and the 1.8m fence; the 2m people and a 10m deal.", ST_SPEECH,
     "The 100 metre final, the 400 metres hurdles and the 1.8 metre fence, the 2 million people and a 10 million deal."},
    {"amount then its currency", "Tickets cost 3,50 \xE2\x82\xAC, 4,99 EUR, 2.40 euros or 1.01 GBP; 100 euros; it weighed 2.50 pounds.", ST_SPEECH,
     "Tickets cost 3 euros and 50 cents, 4 euros and 99 cents, 2 euros and 40 cents or 1 pound and 1 penny, 100 euros, it weighed 2.50 pounds."},
    {"currency sign apart", "It was \xE2\x82\xAC 3,20 and rose 12,5 % in a year.", ST_SPEECH,
     "It was 3 euros and 20 cents and rose 12.5 percent in a year."},
    {"pence", "It costs 40p a day, or 1p an hour.", ST_SPEECH, "It costs 40 pence a day, or 1 penny an hour."},
    {"unit opens the sentence", "25 km roads were built.", ST_SPEECH, "25 kilometre roads were built."},
    {"CO2 equivalent", "We cut 4.8 Mt CO2e a year.", ST_SPEECH, "We cut 4.8 megatonnes of CO2 equivalent a year."},
    {"handle after at", "Follow us on X at @HarbourTrust.", ST_SPEECH, "Follow us on X at HarbourTrust."},
    {"handle", "Follow @HarbourTrust on X.", ST_SPEECH, "Follow at HarbourTrust on X."},
    {"stop before a hyphen", "The U.S.-led talks and the U.S.-Kenya dialogue.", ST_SPEECH,
     "The U.S-led talks and the U.S-Kenya dialogue."},
    {"phone", "Call +32 2 555 01 23 or write.", ST_SPEECH, "Call plus 3 2, 2, 5 5 5, 0 1, 2 3 or write."},
    {"phone", "Call +1-202-555-0143.", ST_SPEECH, "Call plus 1, 2 0 2, 5 5 5, 0 1 4 3."},
    /* one sentence-end mark, at the end */
    {"pause", "\"Who is there?\" she asked.", ST_SPEECH, "Who is there, she asked."},
    {"pause", "I wasn't really ... well, what I mean...see.", ST_SPEECH, "I wasn't really, well, what I mean, see."},
    {"pause", "Hello!! Long time.", ST_SPEECH, "Hello, Long time."},
    {"pause", "He taught (He was an engineer.) at the school.", ST_SPEECH, "He taught, He was an engineer, at the school."},
    {"pause", "1.) The first item", ST_SPEECH, "1, The first item"},
    {"pause", "word..", ST_SPEECH, "word."},
    {"pause", "Is it 3.5 or example.org?", ST_SPEECH, "Is it 3.5 or example.org?"},
    {"pause", "Really?!", ST_SPEECH, "Really!"},
    /* stage directions */
    {"stage", "(Applause.)", ST_STAGE, "Applause."},
    {"stage", "(Laughter).", ST_STAGE, "Laughter."},
    {"stage", "We are [applause] ready.", ST_SPEECH, "We are ready."},
    {"stage", "[inaudible 00:03:21]", ST_STAGE, "inaudible"},
    /* a note that is a speech utterance's whole text is said, not dropped to nothing */
    {"stage", "(Whereupon, the case in the above-entitled matter was submitted.)", ST_SPEECH,
     "Whereupon, the case in the above-entitled matter was submitted."},
    {"stage", "(Crosstalk 1:02:17.)", ST_STAGE, "Crosstalk."},
    {"stage", "(The briefing was concluded at 1:48 p.m.)", ST_STAGE, "The briefing was concluded at 1 48 PM."},
    {"stage", "[crosstalk 03:41]", ST_STAGE, "crosstalk"},
    {"stage", "[GRAPHIC] [TIFF OMITTED] T5512.001", ST_STAGE, "graphic TIFF omitted"},
    {"stage", "[Video: G7 leaders arrive]", ST_STAGE, "Video, G 7 leaders arrive"},
    {"stage", "[[hEloU]] is not phoneme input here.", ST_SPEECH, "hEloU is not phoneme input here."},
    /* lexicon */
    {"lexicon", "Fighting around Bakhmut and Kyiv.", ST_SPEECH, "Fighting around [[baxm'u:t]] and Keev."},
    {"lexicon", "Shri Randhir Jaiswal spoke.", ST_SPEECH, "Shree Randhir Jaiswal spoke."},
    {"lexicon", "Harbor Point REIT grew; two REITs merged.", ST_SPEECH, "Harbor Point Reet grew, two Reets merged."},
    {"lexicon", "Ask: \"Bakhmut?\" said Guterres", ST_SPEECH, "Ask, [[baxm'u:t]], said [[gu:t'ErES]]"},
    /* hunt 32: running times, tie-breaks, seconds and hours, a mine's units, "et seq." */
    {"time", "Her fastest lap, 1:12.904, beat the record of 1:10.54 set in 2018.", ST_SPEECH,
     "Her fastest lap, 1 minute 12.904 seconds, beat the record of 1 minute 10.54 seconds set in 2018."},
    {"time", "She won in 2:05:33, a time of 2:05:33.7; doors open at 10:30.", ST_SPEECH,
     "She won in 2 hours 5 minutes 33 seconds, a time of 2 hours 5 minutes 33.7 seconds, doors open at 10 30."},
    {"score", "He won 6-4, 7-6(5), then lost 6-7(3) and 6-7(10-12).", ST_SPEECH,
     "He won 6 to 4, 7 to 6, tie-break 7 to 5, then lost 6 to 7, tie-break 3 to 7 and 6 to 7, tie-break 10 to 12."},
    {"score", "It went 7-6(9) and 7-5 (2).", ST_SPEECH, "It went 7 to 6, tie-break 11 to 9 and 7 to 5, 2."},
    {"unit", "We lost 0.3s a lap, +0.344 s in all, in the 1990s and our 20s.", ST_SPEECH,
     "We lost 0.3 seconds a lap, plus 0.344 seconds in all, in the 19 nineties and our twenties."},
    {"unit", "Register 48 h ahead; the 72h window closes at 10 h.", ST_SPEECH,
     "Register 48 hours ahead, the 72 hour window closes at 10 h."},
    /* (a sentence's words tell kilotonnes and metres from knots and millions) */
    {"unit", "Winds reached 45 kt, gusting 60 kt.", ST_SPEECH, "Winds reached 45 knots, gusting 60 knots."},
    {"unit", "The mill took 120 kt of ore and 528 kt at 2.6 g/t Au.", ST_SPEECH,
     "The mill took 120 kilotonnes of ore and 528 kilotonnes at 2.6 grams per tonne gold."},
    {"unit", "Output was 48.2koz at 2.5 Mtpa, 1.4% Cu, 185-200koz Au.", ST_SPEECH,
     "Output was 48.2 thousand ounces at 2.5 million tonnes a year, 1.4 percent copper, 185 to 200 thousand ounces gold."},
    {"unit", "The hole hit 14.0m @ 3.2 g/t Au from 56m.", ST_SPEECH,
     "The hole hit 14.0 metres @ 3.2 grams per tonne gold from 56 metres."},
    {"unit", "Revenue was 14.0m, from 56m users.", ST_SPEECH, "Revenue was 14.0 million, from 56 million users."},
    {"unit", "His 100m time was 9.87s, a 400m record.", ST_SPEECH,
     "His 100 metres time was 9.87 seconds, a 400 metre record."},
    {"money", "Guidance is A$2,150\342\200\2232,350/oz and $20-25/t.", ST_SPEECH,
     "Guidance is 2,150 to 2,350 Australian dollars per ounce and 20 to 25 dollars per tonne."},
    {"date", "Open Fri/Sat nights and Mon-Thu; not Sat/Sat.", ST_SPEECH,
     "Open Friday and Saturday nights and Monday to Thursday, not Sat Sat."},
    {"abbreviation", "See 42 U.S.C. 9801 et seq. and paragraphs 34 et seq.", ST_SPEECH,
     "See 42 U.S.C 9801 and following and paragraphs 34 and following."},
    /* hunt 33: gaps and results, seeds, the 24-hour clock, roads, units per a span */
    {"time", "Van Aalst 4:02:17, Ferrante +0:38 and Whitlow +1:12; at 09:12:00 -0400 and 16:45:00 CET.", ST_SPEECH,
     "Van Aalst 4 hours 2 minutes 17 seconds, Ferrante plus 38 seconds and Whitlow plus 1 minute 12 seconds, at 9 12 "
     "U T C minus 4 and 16 45 Central European Time."},
    {"time", "The clip ran 00:07:48 and the gap was 2:00:05.", ST_SPEECH,
     "The clip ran 7 minutes 48 seconds and the gap was 2 hours 5 seconds."},
    {"time", "Open 08:00-20:00, from 0600 UTC and 1400 GMT.", ST_SPEECH,
     "Open oh 8 hundred to 20 hundred, from oh 6 hundred U T C and 14 hundred Greenwich Mean Time."},
    {"number", "She beat No.4 seed Ana Ruiz; he is world no.187.", ST_SPEECH,
     "She beat number 4 seed Ana Ruiz, he is world number 187."},
    {"unit", "Callum Reid leapt a personal best 8.12m; she threw 68.45m.", ST_SPEECH,
     "Callum Reid leapt a personal best 8.12 metres, she threw 68.45 metres."},
    {"unit", "Built at 31.7 km/day; 219.9c/L; 0.6 mL/kg; 12 ML/day; 40 GL.", ST_SPEECH,
     "Built at 31.7 kilometres per day, 219.9 cents per litre, 0.6 millilitres per kilogram, 12 megalitres per day, 40 "
     "gigalitres."},
    {"road", "A crash on the A614 closed the B6045 and the A39.", ST_SPEECH,
     "A crash on the A6 1 4 closed the B6 0 4 5 and the A39."},
    {"road", "The airline flew the A380 to Dubai.", ST_SPEECH, "The airline flew the A380 to Dubai."},
    {"abbreviation", "The Hon'ble Minister, Marchetti vs Okafor, along Av. Libertador, closed Hwy. 401.", ST_SPEECH,
     "The Honourable Minister, Marchetti versus Okafor, along Avenida Libertador, closed Highway 401."},
    {"range", "Jessica Holloway (Labour) - 11,204 - 37.6%; HOLLOWAY, Jessica - 9,871 - 33.1", ST_SPEECH,
     "Jessica Holloway, Labour, 11,204, 37.6 percent, HOLLOWAY, Jessica, 9,871, 33.1"},
    {"range", "Open Monday - Friday, 8am - 5pm and 9am - 5pm - 6pm.", ST_SPEECH,
     "Open Monday to Friday, 8 AM to 5 PM and 9 AM to 5 PM to 6 PM."},
    {"symbol", "Stage 4, Keswick > Hartside; where 5 > 3.", ST_SPEECH, "Stage 4, Keswick to Hartside, where 5 more than 3."},
    /* hunt 34: documents' numbers, short codes, registrations, every few minutes, times
     * a spaced hyphen apart */
    {"street", "Buses stop at 14th St/Union, 42 St-Port Authority, W 4 St and Fulton Av daily; Aurelie St-Onge spoke.",
     ST_SPEECH, "Buses stop at 14th Street, Union, 42 Street, Port Authority, West 4 Street and Fulton Avenue daily, "
                "Aurelie St-Onge spoke."},
    {"range", "Open 10 a.m. - 8 p.m. daily; shuttles run (12:30 AM - 5 AM).", ST_SPEECH,
     "Open 10 AM to 8 PM daily, shuttles run, 12 30 AM to 5 AM."},
    {"abbreviation", "Marchetti (ITA) d. Okafor (USA) 6-4.", ST_SPEECH, "Marchetti, I.T.A, defeated Okafor, U.S.A, 6 to 4."},
    /* states' postal codes in a list of them are the states ("OH", "IN" no words);
     * capitals that are words, or one code alone, stay as they were */
    {"abbreviation", "The products were sold in OH, PA, IN and MI.", ST_SPEECH,
     "The products were sold in Ohio, Pennsylvania, Indiana and Michigan."},
    {"abbreviation", "Say NO or OK, and come IN.", ST_SPEECH, "Say NO or OK, and come IN."},
    {"abbreviation", "She has an MS and MD; staff from NY and NJ; offices in LA and NY.", ST_SPEECH,
     "She has an M.S and M.D, staff from New York and New Jersey, offices in L.A and N.Y."},
    /* a title before an initial is a person's; feet in capitals after a number; a
     * river's level in metres, money about a flood in millions */
    {"abbreviation", "Contact Dr. A. Smith at 10 Oak Dr. now.", ST_SPEECH,
     "Contact Doctor [[,eI]] Smith at 10 Oak Drive now."},
    {"unit", "A WALL 12 FT. HIGH NEAR FT. WORTH", ST_META, "A WALL 12 feet HIGH NEAR Fort WORTH"},
    {"unit", "Welsh Bridge level: 4.12m and rising.", ST_SPEECH, "Welsh Bridge level, 4.12 metres and rising."},
    {"unit", "The flood appeal raised 4.5m from donors.", ST_SPEECH, "The flood appeal raised 4.5 million from donors."},
    {"unit", "The level reached 4.12m this morning.", ST_SPEECH, "The level reached 4.12 metres this morning."},
    {"unit", "Profits at the river company reached 4.12m this year.", ST_SPEECH,
     "Profits at the river company reached 4.12 million this year."},
    {"abbreviation", "Send it to 10 Oak Dr., Fort Worth, by Friday.", ST_SPEECH,
     "Send it to 10 Oak Drive, Fort Worth, by Friday."},
    /* a surname in capitals before the first name, as a ballot sets it; capitals
     * without two vowels before a comma stay letters */
    {"abbreviation", "NGUYEN, Thi Lan and the IMF, World Bank.", ST_SPEECH, "NGUYEN, Thi Lan and the I.M.F, World Bank."},
    /* an order's letters before its number; minutes after midnight on the 24-hour
     * clock; an address without its scheme on a reserved name */
    {"number", "EO 2024-03 and A.O. 2025-7 apply to the 2023-24 season.", ST_SPEECH,
     "E.O 2024 dash 03 and A.O 2025 dash 7 apply to the 2023 to 24 season."},
    {"time", "The curfew runs from 00:01 until 06:00 and from 00:30 GMT.", ST_SPEECH,
     "The curfew runs from 12 oh 1 AM until 6 o'clock and from 12 30 AM Greenwich Mean Time."},
    {"web", "Read it at governor.lakeshore.example/eo today.", ST_SPEECH,
     "Read it at governor dot lakeshore dot example slash eo today."},
    {"number", "Executive Order 2025-14, NASA Release 25-117 and Ordinance 2024-103; the vote was 31-4.", ST_SPEECH,
     "Executive Order 2025 dash 14, Nasa Release 25 dash 117 and Ordinance 2024 dash 103, the vote was 31 to 4."},
    {"number", "Text FLOOD to 70085, charity No. 1098765; No. 10 and number 2500.", ST_SPEECH,
     "Text FLOOD to 7 0 0 8 5, charity number 1 0 9 8 7 6 5, number 10 and number 2500."},
    {"unit", "Trains run every 12 min between stations and every 10 min.", ST_SPEECH,
     "Trains run every 12 minutes between stations and every 10 minutes."},
    {"abbreviation", "Keel Holdings Pty Ltd said so.", ST_SPEECH, "Keel Holdings Proprietary Ltd said so."},
    {"abbreviation", "Relief in s.58(3)(b) and para 7 of Sch 9.", ST_SPEECH,
     "Relief in section 58 3B and paragraph 7 of Schedule 9."},
    {"symbols", "He violated 21 U.S.C. \xC2\xA7\xC2\xA7 841 and 846.", ST_SPEECH,
     "He violated 21 U.S.C sections 841 and 846."},
    /* "in" after a scale word is the word, not inches */
    {"unit", "It will invest 40 million in schools, EUR 5 billion in roads and a 6in screen.", ST_SPEECH,
     "It will invest 40 million in schools, 5 billion euros in roads and a 6 inch screen."},
    /* a sign before an amount of money: espeak-ng drops the minus */
    {"money", "Cash flow was \xE2\x88\x92$5.2m against +$3.1m; the balance was -\xE2\x82\xAC" "1.2 billion and EPS -$0.05.",
     ST_SPEECH,
     "Cash flow was minus 5.2 million dollars against plus 3.1 million dollars, the balance was minus 1.2 billion euros "
     "and E.P.S minus 5 cents."},
    /* metres joined to the number: a height, a race, grouped digits */
    {"unit", "Snow above 300m and fog below 200m; the women's 100m; a 1,200m runway; 40m viewers; below 7m by May.", ST_SPEECH,
     "Snow above 300 metres and fog below 200 metres, the women's 100 metres, a 1,200 metre runway, 40 million viewers, below 7 million by May."},
    {"phone", "Call the helpline 24/7 on 0800 123 4567.", ST_SPEECH,
     "Call the helpline twenty-four seven on 0 8 0 0, 1 2 3, 4 5 6 7."},
    {"ranges", "Growth of 1\xC2\xBD\xE2\x80\x93" "2% and wages 2\xC2\xBD-3%.", ST_SPEECH,
     "Growth of 1 and a half to 2 percent and wages 2 and a half to 3 percent."},
    {"abbreviation", "It is c. \xC2\xA3" "13.4bn; see HC Deb, 15 October 2024, c. 231.", ST_SPEECH,
     "It is circa 13.4 billion pounds, see H.C Deb, the 15th of October 2024, column 231."},
    {"abbreviation", "Wg Cdr Ann Roe, Sqn Ldr Tom Bryce, Flt Lt Ian Low, a Mk 2 jet, Mt Kenya and Ft Worth.", ST_SPEECH,
     "Wing Commander Ann Roe, Squadron Leader Tom Bryce, Flight Lieutenant Ian Low, a Mark 2 jet, Mount Kenya and "
     "Fort Worth."},
    /* a mission's clock: minus before launch, plus after, its parts said by unit */
    {"mission clock", "The attempt was scrubbed at T-00:07:32 today.", ST_SPEECH,
     "The attempt was scrubbed at T minus 7 minutes 32 seconds today."},
    {"mission clock", "At T+2:35 the engine cut off.", ST_SPEECH, "At T plus 2 minutes 35 seconds the engine cut off."},
    {"mission clock", "At T+1:02:15 the stage landed.", ST_SPEECH, "At T plus 1 hour 2 minutes 15 seconds the stage landed."},
    {"mission clock", "Liftoff came at T-0.", ST_SPEECH, "Liftoff came at T minus 0."},
    {"mission clock", "At T-10 seconds the hold ended.", ST_SPEECH, "At T minus 10 seconds the hold ended."},
    {"mission clock", "By L+2 the arrays were out.", ST_SPEECH, "By L plus 2 the arrays were out."},
    /* (a model's name: no clock) */
    {"mission clock", "The T-72 tanks were withdrawn.", ST_SPEECH, "The T 72 tanks were withdrawn."},
    /* a track's distance before who races it or the race, whatever comes before */
    {"distances", "The AIU banned Ethiopian 1500m runner Genet Alemu.", ST_SPEECH,
     "The A.I.U banned Ethiopian 1500 metres runner Genet Alemu."},
    {"distances", "She won the women's 400m hurdles.", ST_SPEECH, "She won the women's 400 metres hurdles."},
    /* (not a count of millions) */
    {"distances", "About 5m people voted.", ST_SPEECH, "About 5 million people voted."},
    /* an amount after its article and an adjective, then a verb: a quantity, in the
     * plural; after "the" (and an adjective), a scale, a noun and a verb: the noun's
     * size, in the singular */
    {"money", "An additional $5 million was approved for the stadium.", ST_SPEECH,
     "An additional 5 million dollars was approved for the stadium."},
    {"money", "The earlier $11 billion estimate was dropped.", ST_SPEECH,
     "The earlier 11 billion dollar estimate was dropped."},
    {"money", "The $11 billion estimate was dropped.", ST_SPEECH, "The 11 billion dollar estimate was dropped."},
    {"money", "The total $11 billion was spent.", ST_SPEECH, "The total 11 billion dollars was spent."},
    /* a decimal with no figure before its point, figure by figure */
    {"decimals", "Delgado has held lefties to a .182 average this year.", ST_SPEECH,
     "Delgado has held lefties to a point 1 8 2 average this year."},
    {"decimals", "The file ends in .txt now.", ST_SPEECH, "The file ends in .txt now."},
    /* a number in figures, then in words in brackets: said once, in words */
    {"numbers", "The Skater is ineligible for a period of 4 (four) years.", ST_SPEECH,
     "The Skater is ineligible for a period of four years."},
    {"numbers", "A fee of 500 (five hundred) euros applies.", ST_SPEECH, "A fee of five hundred euros applies."},
    /* (words that say another number are read as written) */
    {"numbers", "Allow 4 (five) years.", ST_SPEECH, "Allow 4, five, years."},
    /* capitals no one says as a word, joined to a number by a hyphen: spelled, as apart */
    {"designators", "The crew completed the correction burn (OTC-2).", ST_SPEECH,
     "The crew completed the correction burn, O.T.C 2."},
    {"designators", "The MH-60 landed.", ST_SPEECH, "The M.H 60 landed."},
    /* (a name said as a word stays one) */
    {"designators", "The SARS-2 virus and the COVID-19 rules.", ST_SPEECH, "The SARS 2 virus and the COVID 19 rules."},
    /* Africa's and Asia's zones after a clock time (a code alone is left: "Pay $5 GST") */
    {"zones", "Liftoff is at 14:05 EAT and 13:05 SAST.", ST_SPEECH,
     "Liftoff is at 14 oh 5 East Africa Time and 13 oh 5 South Africa Standard Time."},
    {"zones", "The call starts at 9:30 a.m. SGT.", ST_SPEECH, "The call starts at 9 30 AM Singapore Time."},
    /* a cricket score, runs for wickets, in a sentence about cricket */
    {"cricket", "India were 268/9 at stumps on day one.", ST_SPEECH, "India were 268 for 9 at stumps on day one."},
    /* (not elsewhere, nor "24/7") */
    {"cricket", "Mix 3/4 cup of flour.", ST_SPEECH, "Mix three quarters cup of flour."},
    {"cricket", "The runs are staffed 24/7.", ST_SPEECH, "The runs are staffed twenty-four seven."},
    /* a race's time gap in primes: minutes and seconds (a height stays feet and inches) */
    {"gaps", "He finished +1'42\" down on the leader.", ST_SPEECH, "He finished plus 1 minute 42 seconds down on the leader."},
    {"gaps", "The gap was 1'05\" at the line.", ST_SPEECH, "The gap was 1 minute 5 seconds at the line."},
    {"gaps", "She is 5'10\" tall.", ST_SPEECH, "She is 5 feet 10 inches tall."},
    /* a letter for a currency before an amount grouped in thousands (not a mask's or a
     * road's number) */
    {"money", "A fine of N5,000,000 was imposed.", ST_SPEECH, "A fine of 5,000,000 naira was imposed."},
    {"money", "Wear an N95 mask on the R445.", ST_SPEECH, "Wear an N95 mask on the R445."},
    /* a generation in Roman numerals and its variant's letter, after a name */
    {"romans", "The budget buys two GPS IIIF satellites.", ST_SPEECH, "The budget buys two G.P.S 3 F satellites."},
    /* a spacewalk's letters; a pressure's unit */
    {"acronyms", "The EVA lasted six hours.", ST_SPEECH, "The E.V.A lasted six hours."},
    {"units", "Cabin pressure held at 14.7 psi.", ST_SPEECH, "Cabin pressure held at 14.7 pounds per square inch."},
    /* an engineer's form of address, as East and West Africa write it */
    {"titles", "We thank Eng. Mary Otieno for the work.", ST_SPEECH, "We thank Engineer Mary Otieno for the work."},
    {"titles", "STATEMENT BY ENG. MARY OTIENO ON THE LAUNCH", ST_SPEECH, "STATEMENT BY Engineer MARY OTIENO ON THE LAUNCH"},
    /* a name in capitals after a form of address: a name, not letters */
    {"names", "We thank DR. HELGA BRANDT, Deputy Project Scientist.", ST_SPEECH,
     "We thank Doctor HELGA BRANDT, Deputy Project Scientist."},
    {"names", "Ask MR. JOHN SMYTH about it.", ST_SPEECH, "Ask Mister JOHN SMYTH about it."},
    /* (capitals with no vowel after "MS" stay letters) */
    {"names", "The MS NDT test failed.", ST_SPEECH, "The M.S N.D.T test failed."},
    /* an event named by the date it was seen and a letter, said by its parts */
    {"designations", "The team detected a fast radio burst (FRB 20250412A) from a distant galaxy.", ST_SPEECH,
     "The team detected a fast radio burst, F.R.B 2025 04 12 A, from a distant galaxy."},
    /* a mass of emissions written apart from its gas */
    {"units", "Emissions fell to 45 Mt CO2 eq in 2024.", ST_SPEECH, "Emissions fell to 45 megatonnes of CO2 equivalent in 2024."},
    {"units", "Emissions were 37 MMT CO2e.", ST_SPEECH, "Emissions were 37 million metric tons of CO2 equivalent."},
    /* (the gas alone is spelled) */
    {"units", "The CO2 level rose.", ST_SPEECH, "The C.O 2 level rose."},
    /* a player's averages per game; a calendar year written as a fiscal one is */
    {"units", "She averaged 14.6 ppg, 3.2 rpg and 5.1 apg.", ST_SPEECH,
     "She averaged 14.6 points per game, 3.2 rebounds per game and 5.1 assists per game."},
    {"years", "Revenue for CY2024 rose.", ST_SPEECH, "Revenue for calendar year 2024 rose."},
    {"money", "Zambia spent ZMW 48.6 million.", ST_SPEECH, "Zambia spent 48.6 million Zambian kwacha."},
    /* investigators', ecologists' and physicists' units and words */
    {"units", "The slide moved 4.1 km³ of ice.", ST_SPEECH, "The slide moved 4.1 cubic kilometres of ice."},
    {"units", "The pulse lasted 2.19 μs.", ST_SPEECH, "The pulse lasted 2.19 microseconds."},
    {"units", "The level fell to \xE2\x88\x92" "2.8 m overnight.", ST_SPEECH, "The level fell to minus 2.8 metres overnight."},
    {"abbreviations", "A/Prof Whitfield led the study.", ST_SPEECH, "Associate Professor Whitfield led the study."},
    {"abbreviations", "We counted Andrena spp. on the strips.", ST_SPEECH, "We counted Andrena species on the strips."},
    {"abbreviations", "It flew at 300 ft agl today.", ST_SPEECH, "It flew at 300 feet above ground level today."},
    /* a runway's heading and side; litres elsewhere */
    {"runways", "The aircraft landed on runway 27L.", ST_SPEECH, "The aircraft landed on runway 27 left."},
    {"runways", "Drink 2L of water a day.", ST_SPEECH, "Drink 2 litres of water a day."},
    /* an amount before an adverb is a quantity, in the plural */
    {"money", "It is worth an estimated $1.2 billion annually.", ST_SPEECH,
     "It is worth an estimated 1.2 billion dollars annually."},
    /* an aircraft's registration, letter by letter, in a sentence about an aircraft */
    {"registrations", "The aircraft, registered VH-QOR, was inspected.", ST_SPEECH,
     "The aircraft, registered V H Q O R, was inspected."},
    {"registrations", "UK-EU talks resumed today.", ST_SPEECH, "U.K E.U talks resumed today."},
    /* a year and a number with its zeros: an identifier, no span */
    {"identifiers", "Safety Recommendation 2025-004 was issued.", ST_SPEECH, "Safety Recommendation 2025 004 was issued."},
    {"identifiers", "Between 2019-2023 it rose.", ST_SPEECH, "Between 2019 and 2023 it rose."},
    /* a code's figures after its letters and a hyphen, five or more: one by one */
    {"codes", "The work was funded under award no. CBET-2145678.", ST_SPEECH,
     "The work was funded under award number C.B.E.T 2 1 4 5 6 7 8."},
    {"codes", "The COVID-19 rules ended.", ST_SPEECH, "The COVID 19 rules ended."},
    /* a programme's line, its clock time with a stop first */
    {"clocks", "10.30 hrs Official welcome ceremony", ST_SPEECH, "10 30 hours Official welcome ceremony"},
    {"clocks", "1.25 hours of training followed.", ST_SPEECH, "1.25 hours of training followed."},
    /* India's institutes of technology: letters, not a generation and its variant */
    {"acronyms", "She studied at IIT Bombay (IIT Madras).", ST_SPEECH, "She studied at I.I.T Bombay, I.I.T Madras."},
    /* hunt 91 d22: an investigator's "1412:36" (hours and minutes run together, seconds
     * after a colon); look-alikes: a verse, an hour past 23, a score's minute past 59 */
    {"time", "At about 1412:36 CDT the controller cleared the airplane for takeoff.", ST_SPEECH,
     "At about 14 12 and 36 seconds Central Daylight Time the controller cleared the airplane for takeoff."},
    {"time", "The recorder shows 0907:58, then 2512:05 and 1412:60 on the strip; read John 3:16.", ST_SPEECH,
     "The recorder shows 9 oh 7 and 58 seconds, then 2512:05 and 1412:60 on the strip, read John chapter 3, verse 16."},
    /* hunt 91 d24: a code's last part elided after the first ("A-25-31 and -32"), its
     * figures alone, not "minus"; look-alikes: temperatures below nought, a range */
    {"code", "Recommendations A-25-31 and -32 are classified Urgent; see also P-25-1, -2 and -3.", ST_SPEECH,
     "Recommendations A-25-31 and 32 are classified Urgent, see also P-25-1, 2 and 3."},
    {"code", "It fell to -32 and -40 overnight, between 10-20 and -30 below.", ST_SPEECH,
     "It fell to -32 and -40 overnight, between 10 and 20 and -30 below."},
    /* hunt 91 d30: hours after "after" when no clock could have the figure ("1,000 h",
     * "2.5 h"); look-alike: a clock's "at 14 h" */
    {"unit", "It retained 95% of its efficiency after 1,000 h.", ST_SPEECH,
     "It retained 95 percent of its efficiency after 1,000 hours."},
    {"unit", "After 2.5 h it failed.", ST_SPEECH, "After 2.5 hours it failed."},
    {"unit", "The desk opens at 14 h daily.", ST_SPEECH, "The desk opens at 14 h daily."},
    /* hunt 91 d33: two days, each with its weekday, before one month ("from Tuesday 8 to
     * Thursday 10 April", "Tuesday 8 – Thursday 10 April"); look-alikes: weekdays alone,
     * a weekday and a number that is no day of a month */
    {"date", "The visit will take place from Tuesday 8 to Thursday 10 April 2025.", ST_SPEECH,
     "The visit will take place from Tuesday the 8th to Thursday the 10th of April 2025."},
    {"date", "Polls are open Monday 7 and Tuesday 8 July, and the count runs Friday 11 \xE2\x80\x93 Sunday 13 July.", ST_SPEECH,
     "Polls are open Monday the 7th and Tuesday the 8th of July, and the count runs Friday the 11th to Sunday the 13th of July."},
    {"date", "Open Monday \xE2\x80\x93 Friday; the desk is open Monday 9 to Friday 5 pm.", ST_SPEECH,
     "Open Monday to Friday, the desk is open Monday 9 to Friday 5 PM."},
    /* hunt 91 d34: coordinates in degrees and minutes (and seconds), with primes,
     * apostrophes or right quotation marks; look-alikes: decimal degrees, a temperature */
    {"coordinates", "The vessel grounded in position 01\xC2\xB0" "12.4\xE2\x80\xB2N 103\xC2\xB0" "51.7\xE2\x80\xB2" "E.", ST_SPEECH,
     "The vessel grounded in position 1 degree 12.4 minutes north, 103 degrees 51.7 minutes east."},
    {"coordinates", "The mast stands at 51\xC2\xB0" "30\xE2\x80\xB2" "26\xE2\x80\xB3N 0\xC2\xB0" "7'39\"W; the eye was near 12\xC2\xB0" "34\xE2\x80\x99N on Monday.", ST_SPEECH,
     "The mast stands at 51 degrees 30 minutes 26 seconds north, 0 degrees 7 minutes 39 seconds west, the eye was near 12 degrees 34 minutes north on Monday."},
    {"coordinates", "The centre was near 18.5\xC2\xB0N 65.2\xC2\xB0W, and the sea was 12.4 \xC2\xB0" "C.", ST_SPEECH,
     "The centre was near 18.5 degrees north, 65.2 degrees west, and the sea was 12.4 degrees Celsius."},
    /* hunt 92 d13, d14, d20: a hurricane advisory's fields: a position after an
     * ellipsis, millibars in capitals, inches in brackets after millibars; look-alikes:
     * watts and megabytes elsewhere, "in" as a word */
    {"coordinates", "LOCATION...16.4N 58.7W", ST_SPEECH, "LOCATION, 16.4 north, 58.7 west"},
    {"unit", "MINIMUM CENTRAL PRESSURE...962 MB...28.41 INCHES", ST_SPEECH,
     "MINIMUM CENTRAL PRESSURE, 962 millibars, 28.41 INCHES"},
    {"unit", "The estimated minimum central pressure is 1002 mb (29.59 in).", ST_SPEECH,
     "The estimated minimum central pressure is 1002 millibars, 29.59 inches."},
    {"unit", "The lamp uses 58.7W; the file is 962 MB and the 8 MB pressure log came 2 in (of 3) days.", ST_SPEECH,
     "The lamp uses 58.7 watts, the file is 962 megabytes and the 8 megabyte pressure log came 2 in, of 3, days."},
    /* hunt 92 d15: capitals joined to a currency's code are an acronym ("RMT", the rail
     * union), no figure-less amount; look-alikes: a table's unit in brackets */
    {"money", "Acas has been in contact with both RMT and Network South Rail.", ST_SPEECH,
     "Acas has been in contact with both R.M.T and Network South Rail."},
    {"money", "Revenue (EUR m) and costs (\xC2\xA3m) rose.", ST_SPEECH, "Revenue, million euros, and costs, million pounds, rose."},
    /* hunt 92 d16: a party's letters alone on a results line ("APC – 312,406"), or in
     * brackets after a candidate's name, are spelled; look-alikes: a surname in capitals
     * after a given name, a line set in capitals */
    {"acronym", "APC \xE2\x80\x93 312,406", ST_SPEECH, "A.P.C, 312,406"},
    {"acronym", "Rachel Simmons (APC): 54,317", ST_SPEECH, "Rachel Simmons, A.P.C, 54,317"},
    {"acronym", "Chancellor Olaf SCHOLZ spoke; NASA TO LAUNCH PROBE.", ST_SPEECH, "Chancellor Olaf SCHOLZ spoke, Nasa TO LAUNCH PROBE."},
    /* hunt 100 d11: capitals after a name and its comma are a body's letters, not a
     * surname set in capitals; look-alike: the surname in capitals after a first name */
    {"acronym", "said Patricia Gomez, CAQMD Executive Officer.", ST_SPEECH, "said Patricia Gomez, C.A.Q.M.D Executive Officer."},
    {"acronym", "Steve Liesman, CNBC, asked about rates.", ST_SPEECH, "Steve Liesman, C.N.B.C, asked about rates."},
    {"acronym", "Prime Minister Mark RUTTE arrived.", ST_SPEECH, "Prime Minister Mark RUTTE arrived."},
    /* hunt 92 d17: a case's or a box's number with a hyphen ("12345-24",
     * "30259-00100") is no range; look-alikes: pages, a vote, a financial year, a range
     * of large numbers */
    {"range", "This follows the failure of conciliation (case number GAJB 12345-24); write to P.O. Box 30259-00100, Nairobi.", ST_SPEECH,
     "This follows the failure of conciliation, case number G.A.J.B 12345 dash 24, write to P.O Box 30259 dash 00100, Nairobi."},
    {"range", "See pages 10-12 for 2024-25; 10000-20000 fans saw a 31-4 vote.", ST_SPEECH,
     "See pages 10 to 12 for 2024 to 25, 10000 to 20000 fans saw a 31 to 4 vote."},
    /* hunt 91 d39, hunt 94 d28: an Indian circular's subject line, "Sub:"; look-alike:
     * the word elsewhere */
    {"field", "Sub: Listing of equity shares of Varuna Agritech Limited", ST_META,
     "Subject, Listing of equity shares of Varuna Agritech Limited"},
    {"field", "The Sub Lieutenant spoke; Sub: no.", ST_SPEECH, "The Sub Lieutenant spoke, Sub, no."},
    /* hunt 92 d22, d23, d26, hunt 93 d13, d22, d23, hunt 94 d09: a union's "Bro.", a
     * bulletin's "NR. 9", a railway's "Rly.", an acting office's "(Ag.)", a case's "&
     * Ors", a syllabus's "Pp.", an Australian Act's "(Cth)"; look-alikes: agriculture's
     * "Ag." after "of" */
    {"abbreviation", "I also thank Bro. Yaw Boateng for chairing.", ST_SPEECH, "I also thank Brother Yaw Boateng for chairing."},
    {"abbreviation", "See BULLETIN NR. 9 and the Eastern Rly. Zone.", ST_SPEECH, "See BULLETIN number 9 and the Eastern Railway Zone."},
    {"abbreviation", "Signed: Andre Joseph, Director (Ag.)", ST_SPEECH, "Signed, Andre Joseph, Director, Acting."},
    {"abbreviation", "Smith & Ors v Jones was cited; see Pp. 4-19 and the Privacy Act 1988 (Cth).", ST_SPEECH,
     "Smith and others versus Jones was cited, see pages 4 to 19 and the Privacy Act 19 88, Commonwealth."},
    {"abbreviation", "The Dept. of Ag. said so.", ST_SPEECH, "The Department of Ag, said so."},
    /* hunt 92 d18, hunt 93 d17, d18: a year of two in full ("2024/2025"), a week of the
     * year ("week 26/2024"), a count of a total after its share ("26.3% (10/38)");
     * look-alikes: "2024/25", a date in brackets, an advisory's number */
    {"slash", "The guidelines for 2024/2025 and FY2024/2025 follow 2024/25.", ST_SPEECH,
     "The guidelines for 2024 to 2025 and fiscal year 2024 to 2025 follow 2024 to 25."},
    {"slash", "In epidemiological week 26/2024, positivity was 26.3% (10/38).", ST_SPEECH,
     "In epidemiological week 26 of 2024, positivity was 26.3 percent, 10 of 38."},
    {"slash", "They met (10/12) under Advisory No. 14/2024 and 2024/2026.", ST_SPEECH,
     "They met, 10/12, under Advisory number 14/2024 and 2024/2026."},
    /* hunt 92 d19: the 24-hour clock's first hour with its hours' word joined
     * ("00:01hrs"), said on that clock, not "12 oh 1 AM hours"; look-alikes: apart, later */
    {"time", "The strike resumes at 00:01hrs, or 00:15hrs, after 22:47hrs.", ST_SPEECH,
     "The strike resumes at zero zero zero 1 hours, or zero zero 15 hours, after 22 47 hours."},
    /* hunt 92 d21, d24: the cedi with the cent sign ("GH¢14.88"); a range of two dates
     * each with its weekday ("Monday 24 March – Sunday 6 April 2025"); look-alike: a date
     * and a weekday alone after the dash */
    {"money", "The base pay has risen by only GH\xC2\xA2" "14.88 per day.", ST_SPEECH,
     "The base pay has risen by only 14 cedis and 88 pesewas per day."},
    {"date", "The strike runs Monday 24 March \xE2\x80\x93 Sunday 6 April 2025, not Monday 3 March \xE2\x80\x93 Friday.", ST_SPEECH,
     "The strike runs Monday, the 24th of March to Sunday, the 6th of April 2025, not Monday, the 3rd of March, Friday."},
    /* hunt 92 d25: a pay classification's letters ("AS-01") are spelled, as "EC-01" */
    {"code", "The AS-01 to AS-03 and EC-01 classifications will move to a new pay grid.", ST_SPEECH,
     "The A.S 01 to A.S 03 and E.C 01 classifications will move to a new pay grid."},
    /* hunt 92 d27: a flood warning's code after "quoting code", one by one */
    {"code", "Call Floodline on 0345 988 1188 quoting code 122WAF946.", ST_SPEECH,
     "Call Floodline on 0 3 4 5, 9 8 8, 1 1 8 8 quoting code 1 2 2 W A F 9 4 6."},
    /* hunt 93 d11: a word that is also a unit after a number grouped with spaces ("per
     * 100 000 in week 9") is the word; look-alike: kilometres */
    {"unit", "The incidence was 0.4 per 100 000 in week 9, over 48 000 km.", ST_SPEECH,
     "The incidence was 0.4 per 100000 in week 9, over 48000 kilometres."},
    /* hunt 93 d14: millions with a decimal point before a plural of capitals ("2.3M
     * IDPs"); look-alike: a molar solution */
    {"scale", "According to IOM DTM, 2.3M IDPs are now in South Darfur; the buffer is 0.5M NaCl.", ST_SPEECH,
     "According to I.O.M D.T.M, 2.3 million I.D.P's are now in South Darfur, the buffer is 0.5M NaCl."},
    /* hunt 94 d12, d14, d18, d19, d24: defence and council notations: Zulu time, nautical
     * miles in capitals, a mark's Roman numeral, an Army job's code after "a", a council's
     * vote; look-alikes: a state's letters before a ZIP code, billions of dollars, a
     * fraction */
    {"defence", "The strike took place at 2315Z; a P-8A found it 210 NM east of Cairns.", ST_SPEECH,
     "The strike took place at 23 15 Zulu, a P-8A found it 210 nautical miles east of Cairns."},
    {"defence", "ALH Mk IV flew; he was a 13B cannon crewmember, near NM 87102.", ST_SPEECH,
     "A.L.H Mark 4 flew, he was a 13B cannon crewmember, near N.M 87102."},
    {"vote", "That Council allocate $150,000. LOST 4/7; CARRIED 5/2; 4/7 of revenue was 13B dollars.", ST_SPEECH,
     "That Council allocate 150,000 dollars, LOST 4 to 7, CARRIED 5 to 2, four sevenths of revenue was 13 billion dollars."},
    /* (review: the words of a vote in lower case, in a sentence, are no vote: a
     * fraction) */
    {"vote", "The company lost 3/4 of its value and he carried 1/2 of the load.", ST_SPEECH,
     "The company lost three quarters of its value and he carried one half of the load."},
    /* hunt 93 d24: the letter A after the noun it names a kind of ("Influenza A",
     * "Category A"); look-alike: the article */
    {"letter", "Influenza A and hepatitis A cases rose among Category A patients; a new wave came.", ST_SPEECH,
     "Influenza [[,eI]] and hepatitis [[,eI]] cases rose among Category [[,eI]] patients, a new wave came."},
    /* hunt 93 d10: a neutral citation's year before a court's letters that are also a
     * zone's ("[2025] CAT 12") is no clock time; look-alike: "the 1400 CAT meeting" */
    {"citation", "Hartley v BrightPay [2025] CAT 12 was decided; the 1400 CAT meeting went ahead.", ST_SPEECH,
     "Hartley versus BrightPay 2025 CAT 12 was decided, the 14 hundred Central Africa Time meeting went ahead."},
    /* hunt 93 d20: a quake's magnitude written "M6.4" where the sentence speaks of a
     * quake; look-alike: a road's number */
    {"magnitude", "A magnitude 7.7 earthquake struck, followed by a M6.4 aftershock.", ST_SPEECH,
     "A magnitude 7.7 earthquake struck, followed by a magnitude 6.4 aftershock."},
    {"magnitude", "The M6.5 road and M6 toll were closed.", ST_SPEECH, "The M6.5 road and M6 toll were closed."},
    /* hunt 93 d12: a cited paragraph after "at" or "see" has its word said; after
     * "paragraph" or "and", bare */
    {"pinpoint", "Whipple LJ agreed, adding at [112] and [113] that the error was material [45].", ST_SPEECH,
     "Justice Whipple agreed, adding at paragraph 112 and 113 that the error was material, paragraph 45."},
    /* hunt 94 d16: a range of amounts whose currency has letters before its sign
     * ("NZ$490m–NZ$510m"); look-alike: two places joined by a dash */
    {"money", "EBITDA was within guidance of NZ$490m\xE2\x80\x93NZ$510m on the Leeds\xE2\x80\x93Manchester line.", ST_SPEECH,
     "EBITDA was within guidance of 490 to 510 million New Zealand dollars on the Leeds Manchester line."},
    /* hunt 94 d11: a newspaper's name ending in a weekday's letters before its date;
     * look-alike: the weekday after "on" */
    {"date", "Published in the Palma Verde Sun, May 8, 2026, and held on Sun, May 10.", ST_SPEECH,
     "Published in the Palma Verde Sun, May 8th, 2026, and held on Sunday, May 10th."},
    /* hunt 94 d20: a US Army battalion of its regiment ("1-3 Attack Battalion", "2-41
     * FA"), no range; look-alike: a score before a capitalised word */
    {"unit designation", "Apache helicopters from 1-3 Attack Battalion and 2-41 FA joined; the team won 3-1 Field day.", ST_SPEECH,
     "Apache helicopters from 1 3 Attack Battalion and 2 41 F.A joined, the team won 3 to 1 Field day."},
    /* hunt 94 d27: a time before the colon of a lead-in ("… to 18:00 hrs:") */
    {"time", "The diversions shall be in force daily from 10:00 hrs to 18:00 hrs: buses ply via Gandhi Marg.", ST_SPEECH,
     "The diversions shall be in force daily from 10 o'clock to 18 hundred, buses ply via Gandhi Marg."},
    /* hunt 91 d35: a field's label "no:" after its noun is "number"; look-alike: the word */
    {"field", "Serial no: 1187", ST_META, "Serial number, 11 87"},
    {"field", "The answer is no: we will not.", ST_SPEECH, "The answer is no, we will not."},
    /* hunt 94 d26: the quadrant after a numbered street ("14th St. NW") */
    {"address", "The project runs between 14th St. NW and Rhode Island Ave. NE.", ST_SPEECH,
     "The project runs between 14th Street Northwest and Rhode Island Avenue Northeast."},
    /* hunt 94 d22: an amount before what a regulator charges ("$47 Million Fraud") */
    {"money", "SEC Charges Former Hedge Fund Manager in $47 Million Fraud", ST_META,
     "S.E.C Charges Former Hedge Fund Manager in 47 million dollar Fraud"},
    /* hunt 93 d15: the possessive of capitals no one says as a word ("the NCDC's
     * figures"), straight or curly; look-alikes: a word's ("NASA's"), two letters' */
    {"acronym", "The NCDC's figures, the NCDC\xE2\x80\x99s data, NASA's probe and the EU's plan.", ST_SPEECH,
     "The N.C.D.C's figures, the N.C.D.C's data, NASA's probe and the EU's plan."},
    /* hunt 93 d19: water per person per day ("7.5–15 l/p/d") */
    {"unit", "In Zamzam camp, people received 7.5\xE2\x80\x93" "15 l/p/d of safe water.", ST_SPEECH,
     "In Zamzam camp, people received 7.5 to 15 litres per person per day of safe water."},
    /* hunt 94 d21: a measure after a determiner, before a name and the noun it
     * describes ("the 63 MW Putaki wind farm"); look-alike: the measure after "at" */
    {"unit", "We brought the 63 MW Putaki wind farm online; rated at 63 MW, it runs.", ST_SPEECH,
     "We brought the 63 megawatt Putaki wind farm online, rated at 63 megawatts, it runs."},
    /* hunt 94 d29: thousands before a plural a word or two further on ("41k net new
     * connections"); look-alike: a race */
    {"scale", "Broadband had 41k net new connections and 12k new homes; the 5k fun runs resume.", ST_SPEECH,
     "Broadband had 41 thousand net new connections and 12 thousand new homes, the 5k fun runs resume."},
    /* hunt 94 d25: ranks in capitals without stops (CDRE, LCDR, WGCDR) */
    {"rank", "CDRE Ana Ruiz and LCDR Tom Hale met WGCDR Sam Lee.", ST_SPEECH,
     "Commodore Ana Ruiz and Lieutenant Commander Tom Hale met Wing Commander Sam Lee."},
    /* hunt 91 d18: a broadcaster's letters joined by a hyphen ("ABS-CBN"), spelled;
     * look-alike: a name's halves in capitals */
    {"acronym", "Maria Santos of ABS-CBN asked the LEE-ANN fund.", ST_SPEECH,
     "Maria Santos of [[,eI]] B.S C.B.N asked the LEE-ANN fund."},
    /* hunt 93 d26: a four-figure hotline after "at" with no word of time after it
     * dials; look-alikes: the clock's "at 2330 hours", a year */
    {"phone", "Call the DOH hotline at 1555; the police hotline at 2330 hours took calls; founded in 1555.", ST_SPEECH,
     "Call the D.O.H hotline at 1 5 5 5, the police hotline at 23 30 hours took calls, founded in 15 55."},
    /* hunt 93 d21: a virus's lineage where the sentence speaks of variants ("KP.2",
     * "JN.1"); look-alike: a figure's number */
    {"lineage", "The KP.2 and JN.1 variants and the BA.2.86 lineage rose; see Fig.2.", ST_SPEECH,
     "The K.P 2 and J.N 1 variants and the B.A 2 86 lineage rose, see Fig.2."},
    /* hunt 94 d13: a route's "3X" in a list of routes; look-alike: a multiple */
    {"route", "The city will waive fares on Routes 3, 3X and 15; it ran 3X faster.", ST_SPEECH,
     "The city will waive fares on Routes 3, 3 X and 15, it ran 3 times faster."},
    /* hunt 89 d25: degrees Celsius without the sign ("1.5C", "40C" where the sentence
     * speaks of heat); look-alike: a flat's letter */
    {"unit", "Limit warming to 1.5C; temperatures hit 40C in Seville, near Apartment 4C.", ST_SPEECH,
     "Limit warming to 1.5 degrees Celsius, temperatures hit 40 degrees Celsius in Seville, near Apartment 4C."},
    {"unit", "Apartment 4C and Form 1C met.", ST_SPEECH, "Apartment 4C and Form 1C met."},
    /* hunt 89 d33: billions and trillions with a decimal point at a clause's or a
     * title's end ("Roadmap to 1.3T") */
    {"scale", "Revenue rose to 1.3T, up from 1.1B.", ST_SPEECH, "Revenue rose to 1.3 trillion, up from 1.1 billion."},
    {"scale", "Roadmap to 1.3T", ST_TITLE, "Roadmap to 1.3 trillion"},
    /* hunt 94 d17: a grid reference's easting and northing after its square, figure by
     * figure; look-alike: thousands set apart */
    {"grid", "The crossing is at grid reference 33U WV 123 456, for 48 000 people.", ST_SPEECH,
     "The crossing is at grid reference 33U W.V 1 2 3, 4 5 6, for 48000 people."},
    /* hunt 94 d23: a provision's last part as a range ("17(a)(1)-(3)", "12(b)-(d)") */
    {"provision", "The complaint charges violations of Sections 17(a)(1)-(3) and 12(b)-(d).", ST_SPEECH,
     "The complaint charges violations of Sections 17A 1 to 3 and 12B to D."},
    /* hunt 94 d15: a company's registered number in its groups ("ABN 51 824 753 556",
     * "ACN 123 456 789"), figure by figure; look-alike: thousands set apart */
    {"registered", "Harbour Metals Limited ACN 123 456 789 (ABN 51 824 753 556) employs 48 000 people.", ST_SPEECH,
     "Harbour Metals Limited ACN 1 2 3, 4 5 6, 7 8 9, A.B.N 5 1, 8 2 4, 7 5 3, 5 5 6, employs 48000 people."},
    {"lineage", "KP.2 and JN.1 currently account for over two-thirds of sequenced cases.", ST_SPEECH,
     "K.P 2 and J.N 1 currently account for over two-thirds of sequenced cases."},
    /* review of this session's rules: look-alikes each rule must leave alone */
    {"review", "The maximum penalty under section 12C is two years; the MRI magnet is 1.5T.", ST_SPEECH,
     "The maximum penalty under section 12C is two years, the M.R.I magnet is 1.5T."},
    {"review", "Building A Stronger Health System", ST_TITLE, "Building A Stronger Health System"},
    {"review", "They plan a trip and form a government; we chose Plan A.", ST_SPEECH,
     "They plan a trip and form a government, we chose Plan [[,eI]]."},
    {"review", "Updated Fri, May 8, 2026; the report SOU 2023:45 was published.", ST_SPEECH,
     "Updated Friday, May 8th, 2026, the report SOU 2023:45 was published."},
    {"review", "Rates for CY2024/2025 held; lows ran from minus-12 to -15; a 5m high flood walls project.", ST_SPEECH,
     "Rates for calendar year 2024 to 2025 held, lows ran from minus-12 to -15, a 5 metre high flood walls project."},
    /* a prize's category and its language are said (hunt 95 d04); a language note
     * inside a sentence is not */
    {"category", "Fiction (English): The Weight of Rain by Wanjiru Kamau", ST_SPEECH,
     "Fiction, English, The Weight of Rain by Wanjiru Kamau"},
    {"category", "Thank you (in English) for coming.", ST_SPEECH, "Thank you for coming."},
    /* a rank without stops before initials run together (hunt 95 d38) */
    {"ranks", "Lt Gen R.K. Menon arrived.", ST_SPEECH, "Lieutenant General R.K Menon arrived."},
    {"ranks", "Gen Z voters came.", ST_SPEECH, "Gen Z voters came."},
    /* a translator's credit (hunt 95 d18) */
    {"credits", "City of Ash by Marisol Ortega, tr. Daniel Hume, is a long poem.", ST_SPEECH,
     "City of Ash by Marisol Ortega, translated by Daniel Hume, is a long poem."},
    /* a measure's finer fractions, and the inch written short after a fraction (hunt 95
     * d15, d16); a day and a month stay a date */
    {"fractions", "Woodblock print, 10 x 14 15/16 inches.", ST_SPEECH,
     "Woodblock print, 10 by 14 and fifteen sixteenths inches."},
    {"fractions", "The Sentry, oil on canvas, 26 3/4 x 22 5/8 in.", ST_SPEECH,
     "The Sentry, oil on canvas, 26 and three quarters by 22 and five eighths inches."},
    {"fractions", "The bolt is 3/16 in. wide.", ST_SPEECH, "The bolt is three sixteenths of an inch wide."},
    {"fractions", "They met on 9/12 in York.", ST_SPEECH, "They met on the 9th of December in York."},
    /* a product's barcode and batch, digit by digit (hunt 95 d19, d20); a count after
     * the word stays a number */
    {"codes", "It is marked with UPC 0 12345 67890 5 on the back.", ST_SPEECH,
     "It is marked with U.P.C 0, 1 2 3 4 5, 6 7 8 9 0, 5 on the back."},
    {"codes", "Barcode: 5012345678900.", ST_SPEECH, "Barcode, 5 0 1 2 3 4 5 6 7 8 9 0 0."},
    {"codes", "EAN 9 312345 678901 is on the lid.", ST_SPEECH, "E.A.N 9, 3 1 2 3 4 5, 6 7 8 9 0 1 is on the lid."},
    {"codes", "Lot code: 13225.", ST_SPEECH, "Lot code, 1 3 2 2 5."},
    {"codes", "Batch number: 24318 and batch code L5032.", ST_SPEECH,
     "Batch number, 2 4 3 1 8 and batch code L 5 0 3 2."},
    {"codes", "The batch number 2 is fine.", ST_SPEECH, "The batch number 2 is fine."},
    /* a month and a year on a product's label, after the date's word or in a range
     * (hunt 95 d21, d35); a decision's number is none */
    {"month and year", "The jars have an expiry date of 04/2026.", ST_SPEECH,
     "The jars have an expiry date of April 2026."},
    {"month and year", "Batch No. HG0917, Mfg. Date 09/2024.", ST_SPEECH,
     "Batch number H G 0 9 1 7, Manufacturing Date September 2024."},
    {"month and year", "Sold between 04/2026 and 05/2026.", ST_SPEECH, "Sold between April 2026 and May 2026."},
    {"month and year", "Decision 04/2026 applies.", ST_SPEECH, "Decision 04/2026 applies."},
    /* a preposition between the amount and a noun it could measure (hunt 95 d25) */
    {"money", "Tickets cost \xC2\xA3" "20 without donation.", ST_SPEECH, "Tickets cost 20 pounds without donation."},
    {"money", "Tickets cost \xC2\xA3" "20 including donation.", ST_SPEECH, "Tickets cost 20 pounds including donation."},
    {"money", "It is a \xC2\xA3" "20 donation.", ST_SPEECH, "It is a 20 pound donation."},
    /* a weekday written short alone before a time or "until" (hunt 95 d27); a paper's
     * name after "the" stays */
    {"weekdays", "Opening hours: Tue-Sun; Fri until 9pm.", ST_SPEECH, "Opening hours, Tuesday to Sunday, Friday until 9 PM."},
    {"weekdays", "Sat 10am to 4pm.", ST_SPEECH, "Saturday 10 AM to 4 PM."},
    {"weekdays", "The Sun 10 years ago.", ST_SPEECH, "The Sun 10 years ago."},
    /* life dates in a museum's or a prize's text (hunt 95 d28) */
    {"life dates", "The sculptor Marta Restrepo (b. 1971, Medellin) won.", ST_SPEECH,
     "The sculptor Marta Restrepo, born 19 71, Medellin, won."},
    {"life dates", "Her teacher (d. 1998) was Colombian.", ST_SPEECH, "Her teacher, died 19 98, was Colombian."},
    /* a road's kilometre marker (hunt 95 d29); kilometres after a number stay */
    {"markers", "The alert covers Hwy 97C between km 12 and km 19.", ST_SPEECH,
     "The alert covers Highway 97C between kilometre 12 and kilometre 19."},
    {"markers", "It covers 40 km 2 times.", ST_SPEECH, "It covers 40 kilometres 2 times."},
    /* Australia's states by their letters, where another of them is in the sentence
     * (hunt 95 d30); alone, the letters stay letters */
    {"states", "The product was sold in NSW, VIC and QLD.", ST_SPEECH,
     "The product was sold in New South Wales, Victoria and Queensland."},
    {"states", "Stores in WA, SA and the NT are affected.", ST_SPEECH,
     "Stores in Western Australia, South Australia and the Northern Territory are affected."},
    {"states", "The VIC in Vienna hosts it.", ST_SPEECH, "The V.I.C in Vienna hosts it."},
    {"states", "SA Power Networks said so.", ST_SPEECH, "S.A Power Networks said so."},
    /* a dateline's place in capitals is a word (hunt 95 d31); a company's letters there
     * are spelled */
    {"datelines", "ACCRA, 8TH JULY 2025 \xE2\x80\x93 The Ministry has suspended the sale.", ST_SPEECH,
     "ACCRA, the 8th of July 2025, The Ministry has suspended the sale."},
    {"datelines", "NNPC, 8 July \xE2\x80\x93 The firm said so.", ST_SPEECH, "N.N.P.C, the 8th of July, The firm said so."},
    /* a line's or a relay service's number under its name and colon (hunt 95 d32); a
     * count after a service's name stays a count */
    {"phones", "National Relay Service: 133 677", ST_SPEECH, "National Relay Service, 1 3 3, 6 7 7"},
    {"phones", "Bush Fire Information Line: 1800 679 737", ST_SPEECH, "Bush Fire Information Line, 1 8 0 0, 6 7 9, 7 3 7"},
    {"phones", "Customer Service: 12 000 callers", ST_SPEECH, "Customer Service, 12000 callers"},
    /* the first time of a span whose end has "hrs" (hunt 95 d34); a duration stays */
    {"clock", "Landfall is expected between 0200 and 0500 hrs tomorrow.", ST_SPEECH,
     "Landfall is expected between oh 2 hundred and oh 5 hundred hours tomorrow."},
    {"clock", "The curfew runs from 2200 to 0600 hours.", ST_SPEECH,
     "The curfew runs from 22 hundred to oh 6 hundred hours."},
    {"clock", "We trained 1500 to 2000 hours a year.", ST_SPEECH, "We trained 15 hundred to 2000 hours a year."},
    /* a unit joined to its figure, its own stop before the noun (hunt 95 d22) */
    {"units", "The products are 7-oz. plastic containers.", ST_SPEECH, "The products are 7 ounce plastic containers."},
    {"units", "They are 2.5-lb. tubs.", ST_SPEECH, "They are 2.5 pound tubs."},
    /* fluid ounces, and a litre apart from a figure with decimals (hunt 95 d23, d24); a
     * runway's side stays a letter */
    {"units", "The recall involves 12 fl. oz. bottles of juice.", ST_SPEECH,
     "The recall involves 12 fluid ounce bottles of juice."},
    {"units", "Each holds 64 fl oz of juice.", ST_SPEECH, "Each holds 64 fluid ounces of juice."},
    {"units", "The recall involves 1.5 L bottles of water.", ST_SPEECH, "The recall involves 1.5 litre bottles of water."},
    {"units", "It is on Runway 27 L today.", ST_SPEECH, "It is on Runway 27 L today."},
    /* a slash set apart between two prices (hunt 95 d26) */
    {"money", "Tickets: \xC2\xA3" "18 / \xC2\xA3" "16 concessions.", ST_SPEECH, "Tickets, 18 pounds, 16 pounds concessions."},
    {"money", "Entry is $12 / $10 for members.", ST_SPEECH, "Entry is 12 dollars, 10 dollars for members."},
    /* a tariff heading, figure by figure (hunt 89 d35) */
    {"codes", "Exports under HS 2711.11 rose.", ST_SPEECH, "Exports under H.S 2 7 1 1, 1 1 rose."},
    {"codes", "Imports of HS code 8703 fell.", ST_SPEECH, "Imports of H.S code 8 7 0 3 fell."},
    /* a museum's accession number and a bank account's (hunt 95 d36) */
    {"codes", "The Frick Collection, New York (acc. no. 1912.1.77).", ST_SPEECH,
     "The Frick Collection, New York, accession number 1912 point 1 point 77."},
    {"codes", "Pay into acc. no. 40123456 today.", ST_SPEECH, "Pay into account number 40123456 today."},
    /* look-alikes a review of this session's rules found misread (each as before) */
    {"review", "Professor Li Sun from Tsinghua University said so.", ST_SPEECH,
     "Professor Li Sun from Tsinghua University said so."},
    {"review", "Minister Mon from the Karen National Union attended.", ST_SPEECH,
     "Minister Mon from the Karen National Union attended."},
    {"review", "Open Sat 10am to 4pm and Sun from noon.", ST_SPEECH, "Open Saturday 10 AM to 4 PM and Sunday from noon."},
    {"review", "Vic Toews, the former minister, visited Perth, WA on Monday.", ST_SPEECH,
     "Vic Toews, the former minister, visited Perth, W.A on Monday."},
    {"review", "Students in Spokane, WA posted the highest ACT scores in the state.", ST_SPEECH,
     "Students in Spokane, W.A posted the highest ACT scores in the state."},
    {"review", "Jefferson HS 2025 graduates won.", ST_SPEECH, "Jefferson H.S 2025 graduates won."},
    {"review", "The council adopted Decisions 03/2026 and 04/2026 on the budget.", ST_SPEECH,
     "The council adopted Decisions 03/2026 and 04/2026 on the budget."},
    {"review", "Registration for Round 2 10/16 to 10/30 is now open.", ST_SPEECH,
     "Registration for Round 2 10/16 to 10/30 is now open."},
    {"review", "Training time rose from 1000 to 1400 hours per pilot.", ST_SPEECH,
     "Training time rose from 1000 to 14 hundred hours per pilot."},
    {"review", "KPA, 12 March 2025 \xE2\x80\x93 The board approved the results.", ST_SPEECH,
     "K.P.A, the 12th of March 2025, The board approved the results."},
    {"review", "The vase (acc. no. 2019.45) is on display.", ST_SPEECH, "The vase, accession number 2019.45, is on display."},
    /* a timetable's departure and arrival, kilograms as "kgs" (hunt 96 d28, d16) */
    {"timetables", "Flight EL 4412 to Amsterdam, dep. 09:10, arr. 10:25, is cancelled.", ST_SPEECH,
     "Flight E.L 4412 to Amsterdam, departing 9 10, arriving 10 25, is cancelled."},
    {"units", "Tea production stood at 291.4 million kgs in the first half.", ST_SPEECH,
     "Tea production stood at 291.4 million kilograms in the first half."},
    /* a measure after "one" before its noun (hunt 96 d22) */
    {"units", "Each household will receive one 50kg bag of fertiliser.", ST_SPEECH,
     "Each household will receive one 50 kilogram bag of fertiliser."},
    {"units", "Only one 50 km of road is left.", ST_SPEECH, "Only one 50 kilometres of road is left."},
    /* a flight level, a grade's minus, a degree's class (hunt 96 d24, d20, d21); a ZIP
     * code after Florida's letters and a ratio stay */
    {"aviation", "Flights at FL350 and above may be rerouted.", ST_SPEECH,
     "Flights at flight level 350 and above may be rerouted."},
    {"aviation", "Write to Miami, FL 33126 now.", ST_SPEECH, "Write to Miami, Florida 3 3 1 2 6 now."},
    {"grades", "A total of 7,254 candidates scored a mean grade of A-.", ST_SPEECH,
     "A total of 7,254 candidates scored a mean grade of A minus."},
    {"grades", "Applicants must hold at least a Second Class Upper (2:1) degree.", ST_SPEECH,
     "Applicants must hold at least a Second Class Upper, two-one, degree."},
    {"grades", "The ratio is 2:1 today.", ST_SPEECH, "The ratio is 2 to 1 today."},
    /* a time zone in brackets after a clock time (hunt 96 d26) */
    {"zones", "Applications close at 23:59 (SAST) on 30 September 2026.", ST_SPEECH,
     "Applications close at 23 59, South Africa Standard Time, on the 30th of September 2026."},
    {"zones", "The vote (CET) passed.", ST_SPEECH, "The vote, C.E.T, passed."},
    /* an airport's code in brackets after its name (hunt 96 d12) */
    {"codes", "Flights to Toronto Pearson (YYZ) are delayed.", ST_SPEECH, "Flights to Toronto Pearson, Y.Y.Z, are delayed."},
    {"codes", "Gold Coast (OOL) is open.", ST_SPEECH, "Gold Coast, O.O.L, is open."},
    /* a range of days in a headline set in capitals (hunt 96 d25) */
    {"dates", "AIRSPACE RESTRICTION 7 TO 9 OCTOBER 2026", ST_SPEECH,
     "AIRSPACE RESTRICTION the 7th to the 9th of October 2026"},
    /* a range of grades from a starred one (hunt 96 d19) */
    {"grades", "The overall pass rate (grades A*-E) was 97.3%.", ST_SPEECH,
     "The overall pass rate, grades A star to E, was 97.3 percent."},
    /* look-alikes a second review found misread by this session's later rules */
    {"review", "Another 50 mm fell overnight, and forecasters expect another 30 mm tonight.", ST_SPEECH,
     "Another 50 millimetres fell overnight, and forecasters expect another 30 millimetres tonight."},
    {"review", "The recall involves model FL350 LED flashlights.", ST_SPEECH,
     "The recall involves model FL350 LED flashlights."},
    {"review", "Section 12 of the Finance Act 2024 (CAT) raises the threshold.", ST_SPEECH,
     "Section 12 of the Finance Act 2024, CAT, raises the threshold."},
    {"review", "Savings accounts need a min. dep. 500 shillings to open.", ST_SPEECH,
     "Savings accounts need a min, dep, 500 shillings to open."},
    {"review", "Vacancy in Grade A- and B-rated offices fell.", ST_SPEECH, "Vacancy in Grade A- and B-rated offices fell."},
    {"review", "He is Director of Operations (NEW) and of Finance.", ST_SPEECH,
     "He is Director of Operations, NEW, and of Finance."},
    /* both ends of one runway (hunt 96 d23) */
    {"runways", "Runway 4R/22L reopened at 05:40.", ST_SPEECH, "Runway 4 right, 22 left reopened at 5 40."},
    /* a route's airports joined by a hyphen, one no word opens so (hunt 96 d13) */
    {"route", "Flight CA 1182 (SFO-SEA) is cancelled.", ST_SPEECH, "Flight C.A 11 82, S.F.O S.E.A, is cancelled."},
    {"route", "The SFO-LAX-SYD rotation ends.", ST_SPEECH, "The S.F.O L.A.X S.Y.D rotation ends."},
    {"route", "Meet the ALL-NEW Kestrel.", ST_SPEECH, "Meet the ALL-NEW Kestrel."},
    {"route", "The NATO-EU summit opens.", ST_SPEECH, "The NATO-EU summit opens."},
    /* an Airbus's four-figure series, a Boeing's variant letters (hunt 96 d14) */
    {"aircraft", "Its first Airbus A350-1000 lands in March.", ST_SPEECH, "Its first Airbus A3 50 1000 lands in March."},
    {"aircraft", "A 777-300ER and a 747-8F.", ST_SPEECH, "A 7 7 7 300 E.R and a 7 4 7 8 F."},
    {"aircraft", "Route 737-8000 and the 777-300WXYZ.", ST_SPEECH, "Route 737 to 8000 and the 777-300WXYZ."},
    /* millions of tonnes, "m t" (hunt 96 d15) */
    {"tonnes", "Production is forecast at a record 2,381m t.", ST_SPEECH, "Production is forecast at a record 2,381 million tonnes."},
    {"tonnes", "Exports of 4.6m t, up 3%.", ST_SPEECH, "Exports of 4.6 million tonnes, up 3 percent."},
    {"tonnes", "The 12m t-shirt order.", ST_SPEECH, "The 12 million t-shirt order."},
    /* an exchange's letters after a hyphen are no numeral (hunt 97 d17) */
    {"exchange", "Northcrest is listed on the TSX-V and the OTCQB.", ST_SPEECH, "Northcrest is listed on the T.S.X V and the O.T.C.Q.B."},
    {"exchange", "The SALT-II treaty lapsed.", ST_SPEECH, "The SALT 2 treaty lapsed."},
    /* the Philippines' "Ma." before a given name (hunt 98 d11) */
    {"ma-maria", "It was signed by Ma. Cristina Villanueva today.", ST_SPEECH, "It was signed by Maria Cristina Villanueva today."},
    /* hyphenated capitals that open as names and loans do (a review) */
    {"route", "THE KHAN-LED GOVERNMENT RESTORED THE TSAR-ERA PALACE.", ST_SPEECH, "THE KHAN-LED GOVERNMENT RESTORED THE TSAR-ERA PALACE."},
    /* Boeing's three-letter variants (a review) */
    {"aircraft", "A 767-300ERF and a 777-200LRF.", ST_SPEECH, "A 7 6 7 300 E.R.F and a 7 7 7 200 L.R.F."},
    /* a ship's length and draught in metres, joined to the figure (hunt 97 d08) */
    {"metres", "The 23.5m fishing vessel Ocean Pride was detained.", ST_SPEECH, "The 23.5 metre fishing vessel Ocean Pride was detained."},
    {"metres", "LOA 249.9m, draught 14.8m.", ST_SPEECH, "LOA 249.9 metres, draught 14.8 metres."},
    {"metres", "The port handled 4.5m TEU in 2025.", ST_SPEECH, "The port handled 4.5 million T.E.U in 2025."},
    /* "Regd. Office:" at an Indian release's foot (hunt 97 d28) */
    {"regd", "Regd. Office: Plot No. 14, MIDC, Navi Mumbai", ST_SPEECH, "Registered Office, Plot number 14, M.I.D.C, Navi Mumbai"},
    /* a combined trial's phases (hunt 97 d11) */
    {"phases", "The Phase 2/3 trial enrolled 400 adults, and 2/3 of them were women.", ST_SPEECH, "The Phase 2 3 trial enrolled 400 adults, and two thirds of them were women."},
    /* a service's number after its name (hunt 98 d15) */
    {"service", "Patients should use NHS 111 online, or Emergency 999; there were 999 cases.", ST_SPEECH, "Patients should use N.H.S 1 1 1 online, or Emergency 9 9 9, there were 999 cases."},
    /* a vote's tally after the act's or the bill's name (hunt 98 d16) */
    {"votes", "The Senate passed the bill 52-48.", ST_SPEECH, "The Senate passed the bill 52 to 48."},
    {"votes", "Bill 52-48 was read a first time.", ST_SPEECH, "Bill 52 dash 48 was read a first time."},
    /* Canada's mineral disclosure standard by its number (hunt 97 d12) */
    {"ni43101", "Prepared in accordance with National Instrument 43-101, for ages 43-101.", ST_SPEECH, "Prepared in accordance with National Instrument 43 1 0 1, for ages 43 to 101."},
    /* an estimated time of arrival, spelled (hunt 97 d13) */
    {"eta", "The ETA is 1400 UTC.", ST_SPEECH, "The E.T.A is 14 hundred U T C."},
    /* an abbreviation in brackets after its words, though its letters count (hunt 99 d11) */
    {"mcl", "Nitrate was below the maximum contaminant level (MCL), Level II.", ST_SPEECH, "Nitrate was below the maximum contaminant level, M.C.L, Level 2."},
    /* a plural's last consonants in a capitals dateline are a word's (hunt 99 d12) */
    {"caps", "CEDAR FALLS, Iowa - The HILLS, FARMS and TOWNS of the CTS area.", ST_SPEECH, "CEDAR FALLS, Iowa, The HILLS, FARMS and TOWNS of the C.T.S area."},
    /* a genus's initial before the species: no pause (hunt 99 d13) */
    {"genus", "Routine samples showed E. coli and S. aureus, tested by E. Smith.", ST_SPEECH, "Routine samples showed E coli and S aureus, tested by E Smith."},
    /* a 24-hour time before "hrs" as a field's value or before a word of when; a span's
     * end after "until" or "and" (hunt 99 d14, d15) */
    {"clock24", "Estimated time of restoration: 2300 hrs tonight.", ST_SPEECH, "Estimated time of restoration, 23 hundred hours tonight."},
    {"clock24", "No trains from 0600 until 2200 on Sunday, or between 0800 and 0930 daily.", ST_SPEECH, "No trains from oh 6 hundred until 22 hundred on Sunday, or between oh 8 hundred and oh 9 30 daily."},
    {"clock24", "Fares rose from 2050 to 2400 euros, and 2500 hrs of training.", ST_SPEECH, "Fares rose from 2050 to 2400 euros, and 2500 hours of training."},
    /* a service's number before a word that is no noun it counts (hunt 99 d16) */
    {"service", "Call 811 before you dig, and call 911 when you smell gas.", ST_SPEECH, "Call 8 1 1 before you dig, and call 9 1 1 when you smell gas."},
    /* a measure before a word that says when or how, no noun it measures (hunt 99 d17) */
    {"units", "Trains run every 30 min. overnight, buses every 20 mins instead, on a 30 min. loop.", ST_SPEECH, "Trains run every 30 minutes overnight, buses every 20 minutes instead, on a 30 minute loop."},
    /* the inch mark after a number no quotation closes (hunt 99 d18) */
    {"inch", "A 12\" water main and a 5/8\" meter; 1\" to 3\" expected, 2.5\" overnight.", ST_SPEECH, "A 12 inch water main and a five eighths inch meter, 1 inch to 3 inches expected, 2.5 inches overnight."},
    {"inch", "The sign read \"Route 12\" all week.", ST_SPEECH, "The sign read Route 12 all week."},
    /* cents by their sign, alone and per a unit (hunt 99 d19) */
    {"cents", "It would rise to 12.1\xC2\xA2/kWh, gas to 95.3\xC2\xA2/L, a stamp to 99\xC2\xA2 and a call to 1\xC2\xA2.", ST_SPEECH, "It would rise to 12.1 cents per kilowatt hour, gas to 95.3 cents per litre, a stamp to 99 cents and a call to 1 cent."},
    /* a compass letter before a numbered street (hunt 99 d20) */
    {"streets", "The break is on N. 3rd St near Elm Ave; trains skip E 34 St; take exit E 34 to Main St.", ST_SPEECH, "The break is on North 3rd Street near Elm Avenue, trains skip East 34 Street, take exit E 34 to Main Street."},
    /* a weekday short after a clock's time; a rail junction short (hunt 99 d21, d22) */
    {"weekdays", "Buses replace trains from 11:30 PM Fri to 5 AM Mon, and from 10 p.m. Sat until 6 a.m. Sun.", ST_SPEECH, "Buses replace trains from 11 30 PM Friday to 5 AM Monday, and from 10 PM Saturday until 6 AM Sunday."},
    {"streets", "No trains between Harwick and Stenford Jn on Sunday; read Jn 3:16.", ST_SPEECH, "No trains between Harwick and Stenford Junction on Sunday, read John chapter 3, verse 16."},
    /* an amount before a modal and its verb is a quantity, in the plural (hunt 100 d12) */
    {"money", "Of the penalty, $1.9 million will fund monitoring, and a new $2m relief fund opened.", ST_SPEECH, "Of the penalty, 1.9 million dollars will fund monitoring, and a new 2 million dollar relief fund opened."},
    /* a UN document's symbol, part by part (hunt 100 d14, d24) */
    {"symbols", "See our report (A/HRC/58/47/Add.2), E/CN.6/2025/3 and notice EAR/EN/2025/117; CEO/CFO.", ST_SPEECH, "See our report, [[,eI]] slash H.R.C slash 58 slash 47 slash addendum 2, E slash C.N 6 slash 2025 slash 3 and notice E.A.R slash E.N slash 2025 slash 117, C.E.O C.F.O."},
    /* an EU act's number, its treaty's capitals spelled (hunt 100 d15) */
    {"symbols", "It failed to comply with Directive 2008/50/EC, and Directive 2019/904/EU bans it.", ST_SPEECH, "It failed to comply with Directive 2008 slash 50 slash E.C, and Directive 2019 slash 904 slash E.U bans it."},
    /* kilolitres and megalitres a day; letters said as words by espeak-ng (hunt 99 d23,
     * d25; hunt 100 d22) */
    {"units", "The first 6 kL is free; demand fell to 180 Ml/d for NYC DEP, and 2.4% in ROI.", ST_SPEECH, "The first 6 kilolitres is free, demand fell to 180 megalitres a day for N.Y.C D.E.P, and 2.4 percent in R.O.I."},
    /* (a review of hunt 99 and 100's rules) a quotation's close after a number; a measure
     * before an adverb that is an adjective; a duration before "hrs on"; Roman numerals
     * in brackets; an acronym opening with a vowel; a unit's letter; option labels; "No"
     * after a time */
    {"review", "Our deficit is below 3\" said the minister; the 30 min daily walk; logged 2200 hrs on it; Chapter (LX); by IRMS analysis.", ST_SPEECH, "Our deficit is below 3 said the minister, the 30 minute daily walk, logged 2200 hours on it, Chapter, 60, by I.R.M.S analysis."},
    {"review", "Moved to Unit E 14 St Andrews Road; options: A. increase the levy, or B. reduce it; at 6 PM No tickets.", ST_SPEECH, "Moved to Unit E 14 St Andrews Road, options, A, increase the levy, or B, reduce it, at 6 PM No tickets."},
    /* a range of letters after a plural noun (hunt 99 d28) */
    {"ranges", "Crews will flush hydrants in Zones A-D, rows C-F are closed, at the B-C border.", ST_SPEECH, "Crews will flush hydrants in Zones [[,eI]] to D, rows C to F are closed, at the B-C border."},
    /* a week by its last day (hunt 100 d21) */
    {"weeks", "Sales in Christmas week (w/e 28 Dec) were a record.", ST_SPEECH, "Sales in Christmas week, week ending the 28th of December, were a record."},
    /* A-level grades run together (hunt 99 d24) */
    {"grades", "Aisha Khan achieved A*A*A*A, and Tom A*AB.", ST_SPEECH, "Aisha Khan achieved [[,eI]] star, [[,eI]] star, [[,eI]] star, [[,eI]], and Tom [[,eI]] star, [[,eI]], B."},
    /* a currency named or coded after a "$" amount is the one said, once: "$" is the
     * peso in much of Latin America (hunt 100 d13) */
    {"money", "A subsidy of up to $1.2 million pesos, $300 pesos and $4.50 pesos.", ST_SPEECH,
     "A subsidy of up to 1.2 million pesos, 300 pesos and 4 pesos and 50 centavos."},
    {"money", "It costs $5 USD, a $5 USD fee, $20 dollars and $3 billion dollars.", ST_SPEECH,
     "It costs 5 dollars, a 5 dollar fee, 20 dollars and 3 billion dollars."},
    {"money", "The fine is $450,000 MXN or \xE2\x82\xAC" "5 euros, not $5 K.", ST_SPEECH,
     "The fine is 450,000 Mexican pesos or 5 euros, not 5 thousand dollars."},
    /* a bracket that says again what was just said is said once (hunt 100 d23) */
    {"units", "Ozone hit 85 ppb (parts per billion) and 40 \xC2\xB5g/m\xC2\xB3 (micrograms per cubic meter).", ST_SPEECH,
     "Ozone hit 85 parts per billion and 40 micrograms per cubic metre."},
    {"units", "The limit is 10 mg/L (10 milligrams per litre), 5 km (kilometres) away; 3 mi (4.8 km) off.", ST_SPEECH,
     "The limit is 10 milligrams per litre, 5 kilometres away, 3 miles, 4.8 kilometres, off."},
    {"acronyms", "The Air Quality Index (AQI) rose.", ST_SPEECH, "The Air Quality Index, AQI, rose."},
    /* a vehicle's identification number and lenders' rates are spelled (hunt 101 d11,
     * d22); a month in capitals stays a month */
    {"acronyms", "The VIN is stamped here.", ST_SPEECH, "The V.I.N is stamped here."},
    {"acronyms", "Representative APR 6.9%, 4% AER.", ST_SPEECH, "Representative A.P.R 6.9 percent, 4 percent AER."},
    {"acronyms", "Effective 15 APR 2025 it rises.", ST_SPEECH, "Effective the 15th of April 2025 it rises."},
    /* a distance kept from a place (hunt 101 d13); money raised from someone stays */
    {"units", "Keep at least 10m from the edge and within 30m of the shore.", ST_SPEECH,
     "Keep at least 10 metres from the edge and within 30 metres of the shore."},
    {"units", "They raised 10m from investors.", ST_SPEECH, "They raised 10 million from investors."},
    /* the first nine (six) months of a year, as insurers label a period (hunt 101 d14);
     * "9M cars" and 3M the company stay */
    {"quarter year", "Premiums rose 7% in the 9M period; 9M 2024 and 6M25 were weaker.", ST_SPEECH,
     "Premiums rose 7 percent in the nine month period, nine months 2024 and six months 25 were weaker."},
    {"quarter year", "We sold 9M cars and 3M 2025 sales fell.", ST_SPEECH, "We sold 9 million cars and 3M 2025 sales fell."},
    /* a count aimed at or reached, or a decimal one, in thousands (hunt 101 d20); a
     * race's distance stays */
    {"scales", "We are targeting 7.5k by Q1.", ST_SPEECH, "We are targeting 7.5 thousand by Q1."},
    {"scales", "She ran a 7.5k run and he ran 5k today.", ST_SPEECH, "She ran a 7.5k run and he ran 5k today."},
    /* a lone X after a model's letters and a hyphen is a letter (hunt 101 d12); a
     * treaty's numeral stays */
    {"roman", "It covers RAV-X and GR-X vehicles under SALT-II and START-I.", ST_SPEECH,
     "It covers RAV-X and GR-X vehicles under SALT 2 and START 1."},
    /* a car's consumption per 100 km, torque, power, voltage; yards (hunt 101 d17,
     * d18, d21); a lone V apart from its number stays */
    {"units", "It uses 16.3 kWh/100 km or 5.9 l/100 km.", ST_SPEECH,
     "It uses 16.3 kilowatt hours per 100 kilometres or 5.9 litres per 100 kilometres."},
    {"units", "It makes 150 kW, 201 hp and 310 Nm; the 12V battery; 6,412 yds.", ST_SPEECH,
     "It makes 150 kilowatts, 201 horsepower and 310 newton metres, the 12 volt battery, 6,412 yards."},
    {"units", "Go 40 V north.", ST_SPEECH, "Go 40 V north."},
    /* (a word a currency's name shares, a code a word in capitals shares: the sign's
     * currency; the review of hunt 101's rules) */
    {"money", "It closed a $2 billion real estate fund and a $5 million SOS appeal.", ST_SPEECH,
     "It closed a 2 billion dollar real estate fund and a 5 million dollar SOS appeal."},
    /* (figures alone in the bracket are the year before, unchanged: said) */
    {"units", "The margin was 12.5% (12.5%) and staff 250 (250).", ST_SPEECH,
     "The margin was 12.5 percent, 12.5 percent, and staff 250, 250."},
    /* ("at least" alone is no distance kept) */
    {"units", "The group raised at least 10m from investors; you must be at least 5m from it.", ST_SPEECH,
     "The group raised at least 10 million from investors, you must be at least 5 metres from it."},
    /* (the airline's "AER" is no rate's) */
    {"acronyms", "Passengers flying with AER LINGUS should check.", ST_SPEECH, "Passengers flying with AER LINGUS should check."},
    /* a number's groups after "#", hyphens between (hunt 101 d26) */
    {"symbols", "This is Recall #2025-087, Release #24-118 and #1.", ST_SPEECH,
     "This is Recall number 2025 087, Release number 24 118 and number 1."},
    /* a measure that opens its sentence or item before a noun in the singular: the
     * noun's measure (hunt 101 d23); what is measured out stays plural */
    {"units", "52kWh battery with a range of 250 miles.", ST_SPEECH, "52 kilowatt hour battery with a range of 250 miles."},
    {"units", "25 mm rain expected.", ST_SPEECH, "25 millimetres rain expected."},
    /* a model's capitals and a stop joined to its number (hunt 101 d19); a version's
     * decimal stays */
    {"acronyms", "The new ID.7 Tourer and ID.4 go on sale; Version 4.2 ships.", ST_SPEECH,
     "The new I.D 7 Tourer and I.D 4 go on sale, Version 4.2 ships."},
    /* Australia's six-figure "13" numbers after "on" or a dialling word (hunt 101 d16);
     * a count stays a number */
    {"phones", "Report it on 131 555; there were 131 555 visitors.", ST_SPEECH,
     "Report it on 1 3 1, 5 5 5, there were 131555 visitors."},
    /* a company's registration with its register's letters after "No." (hunt 101 d25) */
    {"numbers", "It is registered in Scotland, No. SC123456, and in England, No. 00048839.", ST_SPEECH,
     "It is registered in Scotland, number S C 1 2 3 4 5 6, and in England, number 0 0 0 4 8 8 3 9."},
    /* a UK postcode: the letters spelled, the district a number, the inward code's figure
     * and letters (hunt 101 d24) */
    {"address", "It is at 1 Queen Street, Edinburgh EH2 1AA, and London E14 5HP.", ST_SPEECH,
     "It is at 1 Queen Street, Edinburgh E.H 2, 1 A.A, and London E 14, 5 H.P."},
    /* a range of losses, each end in brackets (hunt 101 d15) */
    {"money", "Adjusted EBITDA of $(1.7)-(1.9) billion and a loss of \xE2\x82\xAC(3.0) billion.", ST_SPEECH,
     "Adjusted EBITDA of negative 1.7 to negative 1.9 billion dollars and a loss of 3.0 billion euros."},
    /* a label's amount per 100 ml or g, an emission per normal cubic metre (hunt 100
     * d19, d20) */
    {"units", "More than 4g/100ml of sugar, 3 g/100 g of fat; 78 mg/Nm\xC2\xB3 of dust.", ST_SPEECH,
     "More than 4 grams per 100 millilitres of sugar, 3 grams per 100 grams of fat, 78 milligrams per normal cubic metre of dust."},
    /* more codes of the same shape after a recall's batch code (hunt 100 d18) */
    {"codes", "Batch code: L5091A, L5092B and 2025 stock.", ST_SPEECH,
     "Batch code, L 5 0 9 1 A, L 5 0 9 2 B and 2025 stock."},
    /* a measure joined by a hyphen, its unit in a headline's capitals (hunt 100 d16) */
    {"units", "HAZE UPDATE: 24-HR READINGS AND A 5-KM RUN", ST_HEADING, "HAZE UPDATE, 24 hour READINGS AND A 5 kilometre RUN"},
    /* (the review of the late rules: each a look-alike that must stay right) */
    {"money", "Operating loss of $(30)-(25) million and net income of $(12)-(8) million.", ST_SPEECH,
     "Operating loss of 30 to 25 million dollars and net income of negative 12 to negative 8 million dollars."},
    {"money", "The plan costs R2 billion rand.", ST_SPEECH, "The plan costs 2 billion rand."},
    {"units", "Drones must fly at least 30m from people; 300 mm fell; 10 km remain.", ST_SPEECH,
     "Drones must fly at least 30 metres from people, 300 millimetres fell, 10 kilometres remain."},
    {"units", "Intake was SEK 250 million (SEK 250 million).", ST_SPEECH,
     "Intake was 250 million Swedish kronor, 250 million Swedish kronor."},
    {"scales", "Kipchoge passed 30k in the race; entrants can choose 2.5k or 5k.", ST_SPEECH,
     "Kipchoge passed 30k in the race, entrants can choose 2.5k or 5k."},
    {"roman", "The CLASS-X and PART-X results.", ST_SPEECH, "The CLASS 10 and PART 10 results."},
    {"address", "In Q2 1GW and in H1 2MW were added.", ST_SPEECH, "In Q2 1 gigawatt and in H1 2 megawatts were added."},
    {"phones", "It was up 8% on 131 000 in 2024.", ST_SPEECH, "It was up 8 percent on 131000 in 2024."},
    {"symbols", "Lots #12-18 were withdrawn.", ST_SPEECH, "Lots 12 to 18 were withdrawn."},
    /* a caption of both signs, its loss in brackets, or a loss in another clause: the
     * range's "negative" is said (review 103 r02, r03) */
    {"money", "The company expects net income (loss) per share of $(0.12)-(0.08).", ST_SPEECH,
     "The company expects net income, loss, per share of negative 0.12 to negative 0.08 dollars."},
    {"money", "Net cash inflow (outflow) of $(1.2)-(0.8) million is forecast.", ST_SPEECH,
     "Net cash inflow, outflow, of negative 1.2 to negative 0.8 million dollars is forecast."},
    {"money", "After heavy outflows, net flows of $(2.1)-(1.5) billion are expected.", ST_SPEECH,
     "After heavy outflows, net flows of negative 2.1 to negative 1.5 billion dollars are expected."},
    {"money", "It expects a net loss of $(0.12)-(0.15) per share.", ST_SPEECH,
     "It expects a net loss of 0.12 to 0.15 dollars per share."},
    /* a make's "Model-X", "Type-X", "Mark-X": the X is a letter (review 103 r04) */
    {"roman", "The company added 40 Model-X vehicles; walls use Type-X board; the Mark-X sedan.", ST_SPEECH,
     "The company added 40 Model-X vehicles, walls use Type-X board, the Mark-X sedan."},
    {"roman", "Results for GRADE-X and PHASE-X.", ST_SPEECH, "Results for GRADE 10 and PHASE 10."},
    /* metric horsepower beside an engine's other figures (review 103 r05) */
    {"units", "The motor produces 150 kW (204 PS) and 310 Nm; the engine makes 204 PS and 320 Nm.", ST_SPEECH,
     "The motor produces 150 kilowatts, 204 metric horsepower, and 310 newton metres, the engine makes 204 metric "
     "horsepower and 320 newton metres."},
    /* (a school's "PS", no engine near: as written) */
    {"units", "Pupils of District 2 PS 234 return on Monday.", ST_SPEECH, "Pupils of District 2 P.S 234 return on Monday."},
    /* the last of a list of codes after "and"; a count after a code is no code, nor a
     * year (review 103 r06, r09) */
    {"codes", "The product has batch code L5091A, L5092B and L5093C; lot number 2301, 2302, and 2303 are affected.",
     ST_SPEECH, "The product has batch code L 5 0 9 1 A, L 5 0 9 2 B and L 5 0 9 3 C, lot number 2 3 0 1, 2 3 0 2, and "
     "2 3 0 3 are affected."},
    {"codes", "Batch number 2409, 1200 bottles, was sold; quote reference 4471, 2025.", ST_SPEECH,
     "Batch number 2 4 0 9, 12 hundred bottles, was sold, quote reference 4 4 7 1, 2025."},
    /* a number's parts after "#" ("Resolution #25-07"); two short numbers after a plural
     * are a range (review 103 r07) */
    {"codes", "Resolution #25-07 was adopted; Lots #12-18 are recalled; Recall #2025-087 applies.", ST_SPEECH,
     "Resolution number 25 07 was adopted, Lots 12 to 18 are recalled, Recall number 2025 087 applies."},
    /* "k" as thousands after a count passed or reached, and at a rate; "run by" is no race
     * (review 103 r08) */
    {"scales", "The petition has passed 100k; followers hit 50k; income was 2.5k a month.", ST_SPEECH,
     "The petition has passed 100 thousand, followers hit 50 thousand, income was 2.5 thousand a month."},
    {"scales", "Sign-ups to the scheme, run by the council, have now exceeded 10k.", ST_SPEECH,
     "Sign-ups to the scheme, run by the council, have now exceeded 10 thousand."},
    {"scales", "Runners passed 30k in the race; she walks 5k a day.", ST_SPEECH,
     "Runners passed 30k in the race, she walks 5k a day."},
    /* a comparison's base after "on" is a count, whatever its last figures (review 103 r10) */
    {"phones", "Visits were up 3% on 131 450; incidents can be reported on 131 555.", ST_SPEECH,
     "Visits were up 3 percent on 131450, incidents can be reported on 1 3 1, 5 5 5."},
    /* a label's amount per 100 of a unit, in any unit of mass or energy (review 103 r11) */
    {"units", "It has 400 mg/100 g of sodium, 250 kcal/100 g, 1,200 kJ/100 g and 30 mg/100ml of caffeine.", ST_SPEECH,
     "It has 400 milligrams per 100 grams of sodium, 250 kilocalories per 100 grams, 1,200 kilojoules per 100 grams and "
     "30 milligrams per 100 millilitres of caffeine."},
    /* an architect's title; an engineer's before a doctor's (hunt 102 d13, d38) */
    {"abbr", "It was opened by Arch. Lucia Moreno and Eng. Dr. Kofi Mensah.", ST_SPEECH,
     "It was opened by Architect Lucia Moreno and Engineer Doctor Kofi Mensah."},
    /* metres below ground and in diameter; q-o-q, m-o-m; Sept alone; a weekday in brackets
     * after a date (hunt 102 d14, d25, d33, d23) */
    {"units", "The tunnels run up to 45m below ground level, each 7.1m in diameter; it cost \xC2\xA3" "45m.", ST_SPEECH,
     "The tunnels run up to 45 metres below ground level, each 7.1 metres in diameter, it cost 45 million pounds."},
    {"abbr", "GDP rose 0.9% q-o-q and 0.2% m-o-m; approval was 29 (Sept: 25).", ST_SPEECH,
     "G.D.P rose 0.9 percent quarter on quarter and 0.2 percent month on month, approval was 29, September, 25."},
    {"dates", "Closed from 25 October 2025 (Sat) to 26 October 2025 (Sun).", ST_SPEECH,
     "Closed from the 25th of October 2025, Saturday, to the 26th of October 2025, Sunday."},
    /* ranges across a spaced dash: days in ordinals, months and quarters with their
     * years, times in brackets (hunt 102 d20, d21, d22) */
    {"dates", "Fieldwork was 12th - 14th September 2025, in the season (Nov 2024 - Feb 2025), from Q1 2023 - Q2 2025.",
     ST_SPEECH, "Fieldwork was the 12th to the 14th of September 2025, in the season, November 2024 to February 2025, "
     "from Q1 2023 to Q2 2025."},
    {"dates", "Call the hotline (9am - 6pm, Mon-Fri) for details.", ST_SPEECH,
     "Call the hotline, 9 AM to 6 PM, Monday to Friday, for details."},
    /* an offset from GMT or UTC with its sign; GB adults; plus or minus before a unit;
     * a chainage (hunt 102 d15, d16, d19, d17) */
    {"symbols", "At 15:00 (GMT-6), 16:00 (GMT+3) and UTC+5:30, among 2,046 GB adults, \xC2\xB1" "1.8 pp and \xC2\xB1"
     "300 bps.", ST_SPEECH, "At 15 hundred, GMT minus 6, 16 hundred, GMT plus 3, and UTC plus 5:30, among 2,046 G.B adults, "
     "plus or minus 1.8 percentage points and plus or minus 300 basis points."},
    {"abbr", "Between the portal (Ch. 12+350) and Ch. 45.2 km; see Ch. 3; the file is 2 GB in size.", ST_SPEECH,
     "Between the portal, chainage 12 plus 350, and chainage 45.2 kilometres, see Chapter 3, the file is 2 gigabytes in "
     "size."},
    /* square feet after a scale; a unit before its dimension; a power and an energy joined
     * by a slash (hunt 102 d18, d34, d35) */
    {"units", "It offers 1.1 million sq ft, a 420 m-long bridge, a 3 km-long tunnel and a 200 MW/800 MWh battery.",
     ST_SPEECH, "It offers 1.1 million square feet, a 420 metre long bridge, a 3 kilometre long tunnel and a 200 megawatt, "
     "800 megawatt hours battery."},
    {"units", "It has 5 mg/100g of salt.", ST_SPEECH, "It has 5 milligrams per 100 grams of salt."},
    /* the rand with its thousands set apart by spaces; a road's number before a distance
     * is none (hunt 102 d24) */
    {"money", "Households on more than R30 000 a month, and R1 200 000 in total.", ST_SPEECH,
     "Households on more than 30000 rand a month, and 1200000 rand in total."},
    {"money", "Take the R300 100 km south.", ST_SPEECH, "Take the R300 100 kilometres south."},
    /* a quarter joined to its year; an age band in the plural; a range in thousands (hunt
     * 102 d26, d28, d29) */
    {"numbers", "Among 18-24s, it could add 70-90k homes by Q2-2025.", ST_SPEECH,
     "Among 18 to 24 year olds, it could add 70 to 90 thousand homes by Q2 2025."},
    {"numbers", "Enter the 5-10k fun run.", ST_SPEECH, "Enter the 5-10k fun run."},
    /* review 104's findings on the session's own speech rules */
    {"abbr", "Crowds gathered at Marble Arch, and the 250 mg/5 ml suspension was recalled.", ST_SPEECH,
     "Crowds gathered at Marble Arch, and the 250 mg/5 ml suspension was recalled."},
    {"dates", "NAIROBI, 14 October 2025 - September 2025 inflation eased.", ST_SPEECH,
     "NAIROBI, the 14th of October 2025, September 2025 inflation eased."},
    {"numbers", "Customers get 2 GB internet data; the mean was 1,050 (SAT); see page 12 (Sun).", ST_SPEECH,
     "Customers get 2 gigabytes internet data, the mean was 1,050, SAT, see page 12, Sun."},
    {"codes", "Ordinances #24-31 and #24-32 were adopted.", ST_SPEECH, "Ordinances number 24 31 and number 24 32 were adopted."},
    {"scales", "Staff are urged to cycle 10k a week and jog 5k a day.", ST_SPEECH,
     "Staff are urged to cycle 10k a week and jog 5k a day."},
    {"phones", "Help is available 24/7 on 131 450.", ST_SPEECH, "Help is available twenty-four seven on 1 3 1, 4 5 0."},
    /* a contract sum to two decimals in cedis or naira; a date after "Award" (hunt 102 d39,
     * d36) */
    {"money", "Contract Sum: GH\xE2\x82\xB5 1,245,600,000.00 and GH\xE2\x82\xB5 12.50 each.", ST_SPEECH,
     "Contract Sum, 1,245,600,000 cedis and 12 cedis and 50 pesewas each."},
    {"dates", "Date of Award: 14/08/2025", ST_META, "Date of Award, the 14th of August 2025"},
    /* review 105: the rules of the twenty-third session, narrowed and widened */
    {"dates", "Date of Award: 14-08-2025", ST_META, "Date of Award, the 14th of August 2025"},
    {"numbers", "The project is funded under Grant 12/34/5678 from the council.", ST_SPEECH,
     "The project is funded under Grant 1 2, slash, 3 4, slash, 5 6 7 8 from the council."},
    {"numbers", "Lots #12-18 and #20-25 are offered for sale.", ST_SPEECH, "Lots 12 to 18 and 20 to 25 are offered for sale."},
    {"numbers", "Units #24-31 and #24-32 are sold.", ST_SPEECH, "Units number 24 31 and number 24 32 are sold."},
    {"dates", "Polling day is October 25 (Sat).", ST_SPEECH, "Polling day is October 25th, Saturday."},
    {"dates", "Polling day is 25/10/2025 (Sat).", ST_SPEECH, "Polling day is the 25th of October 2025, Saturday."},
    {"dates", "POLLING DAY IS 25 OCTOBER 2025 (SAT).", ST_SPEECH, "POLLING DAY IS the 25th of October 2025, Saturday."},
    {"dates", "Scores for 2025 (SAT) rose.", ST_SPEECH, "Scores for 2025, SAT, rose."},
    {"dates", "Growth held up from H2 2024 - H1 2025.", ST_SPEECH, "Growth held up from second half 2024 to first half 2025."},
    {"dates", "Prices rose from mid-October 2024 - February 2025.", ST_SPEECH,
     "Prices rose from mid-October 2024 to February 2025."},
    {"money", "Trucks use the R61 120 times a day.", ST_SPEECH, "Trucks use the R61 120 times a day."},
    {"money", "Take the R21 500 metres past the toll.", ST_SPEECH, "Take the R21 500 metres past the toll."},
    {"money", "Submit Form R12 345 today.", ST_SPEECH, "Submit Form R12 345 today."},
    {"money", "Rents ranged between R4 500-R9 000 a month.", ST_SPEECH, "Rents ranged between 4500 to 9000 rand a month."},
    {"money", "Rent is R30 000 a month.", ST_SPEECH, "Rent is 30000 rand a month."},
    {"numbers", "She ran 5-10k most mornings.", ST_SPEECH, "She ran 5-10k most mornings."},
    {"numbers", "Entrants pick the 5-10k option at the city marathon.", ST_SPEECH,
     "Entrants pick the 5-10k option at the city marathon."},
    {"numbers", "The plan could deliver 70k-90k homes, or 1.5-2k a year.", ST_SPEECH,
     "The plan could deliver 70 to 90 thousand homes, or 1.5 to 2 thousand a year."},
    {"numbers", "Among 18-24's, support rose.", ST_SPEECH, "Among 18 to 24 year olds, support rose."},
    {"money", "The state gave a further $20 million, 10-year bonds making up the rest.", ST_SPEECH,
     "The state gave a further 20 million dollars, 10-year bonds making up the rest."},
    {"money", "It broke ground on a $148 million, 312-unit, mixed-use community.", ST_SPEECH,
     "It broke ground on a 148 million dollar, 312-unit, mixed-use community."},
    {"money", "It broke ground on a $1.2 billion, two-phase project.", ST_SPEECH,
     "It broke ground on a 1.2 billion dollar, two-phase project."},
    {"money", "The contract sum is \xE2\x82\xA6" "1,250,000.00 inclusive of VAT.", ST_SPEECH,
     "The contract sum is 1,250,000 naira inclusive of VAT."},
    {"money", "The fare rose to N250.75 per trip.", ST_SPEECH, "The fare rose to 250 naira and 75 kobo per trip."},
    /* hunt 103: police, earnings calls and consular notices */
    {"numbers", "Contact South Wales Police by calling 101.", ST_SPEECH, "Contact South Wales Police by calling 1 0 1."},
    {"numbers", "In an emergency, call the Egyptian Tourist Police on 126.", ST_SPEECH,
     "In an emergency, call the Egyptian Tourist Police on 1 2 6."},
    {"numbers", "Call us on 126 hectares of land.", ST_SPEECH, "Call us on 126 hectares of land."},
    {"numbers", "Anyone with information should call 101 quoting CAD 8812/08MAR25.", ST_SPEECH,
     "Anyone with information should call 1 0 1 quoting CAD 8 8 1 2, slash, 0 8 M A R 2 5."},
    {"numbers", "Call 101, quoting log NP-20251109-1162.", ST_SPEECH,
     "Call 1 0 1, quoting log N P, 2 0 2 5 1 1 0 9, 1 1 6 2."},
    {"abbreviations", "Officers executed a warrant at approx 6am yesterday.", ST_SPEECH,
     "Officers executed a warrant at approximately 6 AM yesterday."},
    {"unit", "Production averaged 84,500 boe/d in Q4, and 40 bbl/d at the new well.", ST_SPEECH,
     "Production averaged 84,500 barrels of oil equivalent a day in Q4, and 40 barrels a day at the new well."},
    {"acronym", "Ardent Semiconductor (NASDAQ: ARDS) reported results.", ST_SPEECH,
     "Ardent Semiconductor, NASDAQ, A.R.D.S, reported results."},
    {"money", "The fee for an adult passport is CAD $260.", ST_SPEECH, "The fee for an adult passport is 260 Canadian dollars."},
    {"money", "The fee is approximately MXN $3,250.", ST_SPEECH, "The fee is approximately 3,250 Mexican pesos."},
    {"time", "The consular section is open 8.30 am \xE2\x80\x93 12.30 pm.", ST_SPEECH,
     "The consular section is open 8 30 AM to 12 30 PM."},
    {"time", "Open 9 am - 5 pm.", ST_SPEECH, "Open 9 AM to 5 PM."},
    {"symbols", "We expect a cost:income ratio of c.50%.", ST_SPEECH, "We expect a cost to income ratio of circa 50 percent."},
    {"symbols", "Note:the rest follows.", ST_SPEECH, "Note,the rest follows."},
    {"dates", "Revenue for 1H was 812 billion yen; in the 2H, margins rose.", ST_SPEECH,
     "Revenue for first half was 812 billion yen, in the second half, margins rose."},
    {"dates", "Use the 1H bolt.", ST_SPEECH, "Use the 1H bolt."},
    {"symbols", "China grew about 12% cc, and 4% in cc.", ST_SPEECH,
     "China grew about 12 percent constant currency, and 4 percent in constant currency."},
    {"unit", "An engine of 150 cc.", ST_SPEECH, "An engine of 150 cc."},
    /* review 106: look-alikes the new rules took */
    {"acronym", "Our safety campaign, Aim: ZERO, continues.", ST_SPEECH, "Our safety campaign, Aim, ZERO, continues."},
    {"numbers", "Music of the 80-90s; bursts of 10-20s.", ST_SPEECH, "Music of the 80 to 90s, bursts of 10 to 20s."},
    {"numbers", "Running costs reached 40k last year.", ST_SPEECH, "Running costs reached 40 thousand last year."},
    {"numbers", "Councillors are calling on 100 or more residents to respond.", ST_SPEECH,
     "Councillors are calling on 100 or more residents to respond."},
    {"money", "The fee is CAD$260.", ST_SPEECH, "The fee is 260 Canadian dollars."},
    {"symbols", "We expect a Cost:Income Ratio of 50%.", ST_SPEECH, "We expect a Cost to Income Ratio of 50 percent."},
    {"unit", "Output was 12 Mboe/d, with 3 MMboe left.", ST_SPEECH,
     "Output was 12 thousand barrels of oil equivalent a day, with 3 million barrels of oil equivalent left."},
    {"money", "Rents of R4 500 - R9 000 a month.", ST_SPEECH, "Rents of 4500 to 9000 rand a month."},
    /* hunt 102 d31 (the sol), review 106 r09 (a share class), r11 ("citing") */
    {"money", "The average price was S/ 3.55 per kilo, up from S/3.20.", ST_SPEECH,
     "The average price was 3 soles and 55 centimos per kilo, up from 3 soles and 20 centimos."},
    {"acronym", "Berkshire (NYSE: BRK.B) and Magna (TSX: MGM.U) rose.", ST_SPEECH,
     "Berkshire, NYSE, B.R.K dot B, and Magna, T.S.X, M.G.M dot U, rose."},
    {"numbers", "Call 101 citing CAD 8812/08MAR25.", ST_SPEECH, "Call 1 0 1 citing CAD 8 8 1 2, slash, 0 8 M A R 2 5."},
    /* review 107: the rules of 3ebd207..dec59df, narrowed and widened */
    {"numbers", "The charity 5-10k event starts at 9am, and the 3-5k route follows the canal.", ST_SPEECH,
     "The charity 5-10k event starts at 9 AM, and the 3-5k route follows the canal."},
    {"numbers", "Families can try the 2-5k running challenge; the event raised 40k.", ST_SPEECH,
     "Families can try the 2-5k running challenge, the event raised 40k."},
    {"numbers", "In an emergency always call on 999, or call on 101 quoting log 455.", ST_SPEECH,
     "In an emergency always call on 9 9 9, or call on 1 0 1 quoting log 4 5 5."},
    {"acronym", "Acme Inc. (Nasdaq: ACME; TSX: ACM) rose, as did Mind Corp, Nasdaq: MIND, today.", ST_SPEECH,
     "Acme Incorporated, Nasdaq, A.C.M.E, T.S.X, A.C.M, rose, as did Mind Corp, Nasdaq, M.I.N.D, today."},
    {"dates", "The fire started in 2H and spread; the occupant of 1H was treated.", ST_SPEECH,
     "The fire started in 2H and spread, the occupant of 1H was treated."},
    {"dates", "We expect stronger growth in 2H.", ST_SPEECH,
     "We expect stronger growth in second half."},
    {"dates", "Revenue grew from 1H to 2H, compared with 1H last year.", ST_SPEECH,
     "Revenue grew from first half to second half, compared with first half last year."},
    {"unit", "Output rose to 42 Mbbl/d and 12 kboepd, with gas at 310 MMcf/d and 1.2 Bcf/d.", ST_SPEECH,
     "Output rose to 42 thousand barrels a day and 12 thousand barrels of oil equivalent a day, with gas at 310 "
     "million cubic feet a day and 1.2 billion cubic feet a day."},
    {"unit", "Reserves are 85 MMBOE and 3.4 Mbbl.", ST_SPEECH,
     "Reserves are 85 million barrels of oil equivalent and 3.4 thousand barrels."},
    {"money", "Fares rise to PEN 3.55 from S/. 3.20 on Monday.", ST_SPEECH,
     "Fares rise to 3 soles and 55 centimos from 3 soles and 20 centimos on Monday."},
    {"symbols", "Sales grew 4%cc and 5% at cc, or 5% CC; also 12% (cc).", ST_SPEECH,
     "Sales grew 4 percent constant currency and 5 percent at constant currency, or 5 percent constant currency, "
     "also 12 percent, constant currency."},
    {"symbols", "The CC list and the cc line stay.", ST_SPEECH,
     "The C.C list and the cc line stay."},
    {"symbols", "The net debt:EBITDA ratio fell.", ST_SPEECH,
     "The net debt to EBITDA ratio fell."},
    {"numbers", "Call 101 citing CAD 2231 or quote incident CAD 2231 of 4 May.", ST_SPEECH,
     "Call 1 0 1 citing CAD 2 2 3 1 or quote incident CAD 2 2 3 1 of the 4th of May."},
    {"money", "The fee is CAD 2231 in total.", ST_SPEECH,
     "The fee is 2231 Canadian dollars in total."},
    {"money", "Grants of R4 500\xE2\x80\x93R9 000 a month, or R4 500 \xE2\x80\x94 R9 000.", ST_SPEECH,
     "Grants of 4500 to 9000 rand a month, or 4500 to 9000 rand."},
    /* hunt 104: "Op." (d04), a century after its ordinal (d05), ranges to midnight and noon (d30) */
    {"dates", "The season opens with Beethoven's Sonata No. 14, Op. 27 No. 2, and Opp. 31.", ST_SPEECH,
     "The season opens with Beethoven's Sonata number 14, Opus 27 number 2, and Opera 31."},
    {"numbers", "Highlights include a 19th-c. Jacquard loom and an 18th-c chair.", ST_SPEECH,
     "Highlights include a 19th-century Jacquard loom and an 18th-century chair."},
    {"time", "Open Fri\xE2\x80\x93Sat 6pm\xE2\x80\x93midnight, Sun noon\xE2\x80\x93" "2pm and Mon 9am \xE2\x80\x93 noon.", ST_SPEECH,
     "Open Friday to Saturday 6 PM to midnight, Sunday noon to 2 PM and Monday 9 AM to noon."},
    {"time", "Open 6:00 pm \xE2\x80\x93 midnight, and 2pm\xE2\x80\x93" "11pm.", ST_SPEECH,
     "Open 6 PM to midnight, and 2 PM to 11 PM."},
    /* hunt 104: advisories' tokens (d19, d22-d24, d32), rates and denial of service (d25-d27) */
    {"acronym", "Patch CVE-2025-21298 now; see VU#384712 for details.", ST_SPEECH,
     "Patch C.V.E 2025, 2 1 2 9 8 now, see V U number 3 8 4 7 1 2 for details."},
    {"codes", "The MD5 is 9e107d9d372bb6826bd81d3542a419d6 and the key ID is 4AF3B21C.", ST_SPEECH,
     "The MD5 is 9 E 1 0, 7 D 9 D, 3 7 2 B, B 6 8 2, 6 B D 8, 1 D 3 5, 4 2 [[,eI]] 4, 1 9 D 6 and the key I.D is "
     "4AF3B21C."},
    {"codes", "Block 10.0.0.0/8 and port 8443/tcp; the host 192.0.2.7 stays.", ST_SPEECH,
     "Block 10 dot 0 dot 0 dot 0 slash 8 and port 8443 T C P, the host 192 dot 0 dot 2 dot 7 stays."},
    {"unit", "Traffic peaked at 1.7 Tbps in a DDoS attack, a DoS attack too; links run at 400 Gbit/s.", ST_SPEECH,
     "Traffic peaked at 1.7 terabits per second in a D-dos attack, a doss attack too, links run at 400 gigabits per "
     "second."},
    /* review 108: "ppt" is also parts per thousand and per trillion (r08); "calling on"
     * asks people (r09); a flat's "2H" after a dash (r10); a city before a colon is no
     * exchange (r11); "DoS" only before "attack"; a century's "c." a space apart (r12) */
    {"unit", "Salinity fell by 0.5 ppt; PFOA was 4.2 ppt.", ST_SPEECH, "Salinity fell by 0.5 ppt, P.F.O.A was 4.2 ppt."},
    {"numbers", "The charity is calling on 100 from each parish and on 500 and more businesses.", ST_SPEECH,
     "The charity is calling on 100 from each parish and on 500 and more businesses."},
    {"dates", "Firefighters were called to a fire in 2H \xE2\x80\x93 a first-floor flat.", ST_SPEECH,
     "Firefighters were called to a fire in 2H, a first-floor flat."},
    {"acronym", "Berlin: NATO defence ministers met; the DoS said so.", ST_SPEECH,
     "Berlin, Nato defence ministers met, the D.O.S said so."},
    {"numbers", "A 19th c. Jacquard loom.", ST_SPEECH, "A 19th century Jacquard loom."},
    /* review 109: "DoS" is denial of service unless a department speaks (F9); "call on
     * 101 and quote …" dials (F8); a rate's inflected words mark results (F12); "4th
     * c. 2 seconds" is circa */
    {"acronym", "A crafted packet may cause a DoS condition; the DoS said the embassy reopens.", ST_SPEECH,
     "A crafted packet may cause a doss condition, the D.O.S said the embassy reopens."},
    {"numbers", "Call on 101 and quote incident 231, or call on 999 now.", ST_SPEECH,
     "Call on 1 0 1 and quote incident 231, or call on 9 9 9 now."},
    {"dates", "We expected 2H to be weaker than 1H.", ST_SPEECH, "We expected 2H to be weaker than first half."},
    {"numbers", "She finished 4th c. 2 seconds behind.", ST_SPEECH, "She finished 4th circa 2 seconds behind."},
    /* review 110: a department's "DoS" in its other forms (F6); "call on 500 from
     * across the county" asks people (F7); processors and devices of nanometres (F8) */
    {"acronym", "A DoS spokeswoman said the Department of State (DoS) would reopen; a remote DoS is possible.",
     ST_SPEECH, "A D.O.S spokeswoman said the Department of State, D.O.S, would reopen, a remote doss is possible."},
    {"numbers", "We will call on 500 from across the county; call on 101 from any phone.", ST_SPEECH,
     "We will call on 500 from across the county, call on 1 0 1 from any phone."},
    {"unit", "Our 3nm processors ramped; 7nm devices too.", ST_SPEECH,
     "Our 3 nanometre processors ramped, 7 nanometre devices too."},
    /* hunt 105: metres by a drill hole (d15), kilotonnes of metal (d16), tonnes joined
     * to a grouped figure (d17), a dose every N weeks (d23), a p-value without its zero
     * (d24), an agency's ID (d30), an Oslo ticker (d32), a year's end and a half with
     * two figures (d35, d38), whose cents (d37); millions, knots and a quarter stay */
    {"unit", "The hole was drilled to 240m depth.", ST_SPEECH,
     "The hole was drilled to 240 metres depth."},
    {"unit", "The company raised 240m in the offering, and 5m people watched.", ST_SPEECH,
     "The company raised 240 million in the offering, and 5 million people watched."},
    {"unit", "The resource is 1.2Mt @ 2.1% Cu for 25kt contained copper.", ST_SPEECH,
     "The resource is 1.2 megatonnes @ 2.1 percent copper for 25 kilotonnes contained copper."},
    {"unit", "Winds of 45kt were recorded as the vessel made 12kt.", ST_SPEECH,
     "Winds of 45 knots were recorded as the vessel made 12 knots."},
    {"unit", "Nickel production of 4,820t was reported.", ST_SPEECH,
     "Nickel production of 4,820 tonnes was reported."},
    {"dose", "Patients received 2.5 mg/kg Q3W, then Q1W; results are due in Q3 2027.", ST_SPEECH,
     "Patients received 2.5 milligrams per kilogram every 3 weeks, then every week, results are due in Q3 2027."},
    {"numbers", "The difference was significant (HR, 0.68; P=.0003) and held at p < .001.", ST_SPEECH,
     "The difference was significant, H.R, 0.68, P equals 0.0003, and held at p less than 0.001."},
    {"codes", "The committee is registered under FPPC ID #1445678 with the state.", ST_SPEECH,
     "The committee is registered under F.P.P.C I.D number 1 4 4 5 6 7 8 with the state."},
    {"codes", "Halden Pharma ASA (OSE: HALD) today announced results.", ST_SPEECH,
     "Halden Pharma ASA, O.S.E, H.A.L.D, today announced results."},
    {"dates", "An sNDA submission is expected by YE2026, and topline data in 2H26.", ST_SPEECH,
     "An sNDA submission is expected by year-end 2026, and topline data in second half of 2026."},
    {"money", "Shares were issued at A$0.25 each, then US$0.66 and $0.50.", ST_SPEECH,
     "Shares were issued at 25 Australian cents each, then 66 US cents and 50 cents."},
    {"stage", "(BOOING)", ST_STAGE, "booing"},
    {"stage", "(CHEERS AND APPLAUSE)", ST_STAGE, "cheers and applause"},
    {"measures", "Take 500 mg x 2 tablets daily.", ST_SPEECH,
     "Take 500 milligrams x 2 tablets daily."},
    {"measures", "Customs clearances rose to 1.2m last year.", ST_SPEECH,
     "Customs clearances rose to 1.2 million last year."},
    {"titles", "The shop is at 45 Church St O'Fallon IL 62269.", ST_SPEECH,
     "The shop is at 45 Church Street O'Fallon I.L 62269."},
    {"clock", "The probe braked at 10:43 a.m. Beijing Time on Thursday and entered lunar orbit.", ST_SPEECH,
     "The probe braked at 10 43 AM Beijing Time on Thursday and entered lunar orbit."},
    {"titles", "Ald. Maria Hadden (49th Ward) said the plan was overdue.", ST_SPEECH,
     "Alderperson Maria Hadden, 49th Ward, said the plan was overdue."},
    {"measures", "The probe entered a 200 km x 5,500 km elliptical lunar orbit.", ST_SPEECH,
     "The probe entered a 200 kilometre by 5,500 kilometres elliptical lunar orbit."},
    {"measures", "Press x 2 times to reset.", ST_SPEECH,
     "Press x 2 times to reset."},
    {"styles", "HM Ambassador to Japan, Julia Longbottom, welcomed the delegation.", ST_SPEECH,
     "H.M Ambassador to Japan, Julia Longbottom, welcomed the delegation."},
    {"styles", "HM King Charles III said he was delighted.", ST_SPEECH,
     "His Majesty King Charles the 3rd said he was delighted."},
    {"est", "The bakery was est. by Jane Smith.", ST_SPEECH,
     "The bakery was established by Jane Smith."},
    {"est", "A population of 4,000 (est. 2020) lives nearby.", ST_SPEECH,
     "A population of 4,000, estimated 2020, lives nearby."},
    {"styles", "H.M. The Queen and H.R.H. Prince Carl Philip were present.", ST_SPEECH,
     "Her Majesty The Queen and His Royal Highness Prince Carl Philip were present."},
    {"styles", "HM the King spoke at the dinner.", ST_SPEECH,
     "His Majesty the King spoke at the dinner."},
    {"styles", "HM Treasury said so.", ST_SPEECH,
     "H.M Treasury said so."},
    {"styles", "H.E. Ms. Marta Ilves arrived.", ST_SPEECH,
     "Her Excellency Miz Marta Ilves arrived."},
    {"places", "The coast of Miyazaki Pref. and Kagoshima Pref. was warned.", ST_SPEECH,
     "The coast of Miyazaki Prefecture and Kagoshima Prefecture was warned."},
    {"places", "The palace at ul. Krakowskie Przedmie\xC5\x9B" "cie 48 opened.", ST_SPEECH,
     "The palace at ulica Krakowskie Przedmie\xC5\x9B" "cie 48 opened."},
    {"bearing", "PRESENT MOVEMENT...NE OR 45 DEGREES AT 15 MPH", ST_SPEECH,
     "PRESENT MOVEMENT, north-east OR 45 DEGREES AT 15 miles an hour"},
    {"bearing", "The storm is moving NNW or 340 degrees at 10 mph.", ST_SPEECH,
     "The storm is moving north-north-west or 340 degrees at 10 miles an hour."},
    {"zones", "Time of issue: 1300 hours IST", ST_SPEECH,
     "Time of issue, 13 hundred hours Indian Standard Time"},
    {"zones", "Issued at 0600 hrs UTC today.", ST_SPEECH,
     "Issued at oh 6 hundred hours U T C today."},
    {"honours", "The message came from Sir Patrick Allen, ON, GCMG, CD, today.", ST_SPEECH,
     "The message came from Sir Patrick Allen, ON, G.C.M.G, C.D, today."},
    {"honours", "We met in Ashcombe, ON, Canada.", ST_SPEECH,
     "We met in Ashcombe, Ontario, Canada."},
    {"est", "The station on Lake Ave was est. in 1923.", ST_SPEECH,
     "The station on Lake Avenue was established in 19 23."},
    {"est", "Structures destroyed: 4,000 (est.) in the area.", ST_SPEECH,
     "Structures destroyed, 4,000, estimated, in the area."},
    {"est", "About 12,500 est. were lost.", ST_SPEECH,
     "About 12,500 estimated were lost."},
    {"est", "Losses (est.) were high.", ST_SPEECH,
     "Losses, estimated, were high."},
    {"est", "The firm, est. 1890, said so.", ST_SPEECH,
     "The firm, established 18 90, said so."},
    {"est", "Est. 1890 by the river.", ST_SPEECH,
     "established 18 90 by the river."},
    {"est", "An est. 120,000 people came.", ST_SPEECH,
     "An estimated 120,000 people came."},
    {"styles", "Across FE and HE the Minister wants more apprenticeships.", ST_SPEECH,
     "Across F.E and HE the Minister wants more apprenticeships."},
    {"styles", "Within HE the President of Universities UK spoke first.", ST_SPEECH,
     "Within HE the President of Universities U.K spoke first."},
    {"styles", "HE the Ambassador of Qatar attended the ceremony.", ST_SPEECH,
     "His Excellency the Ambassador of [['kVtA:]] attended the ceremony."},
    {"titles", "The firm was referred to the SRA.", ST_SPEECH,
     "The firm was referred to the S.R.A."},
    {"titles", "The operator holds Lic. No. 12345 issued by the regulator.", ST_SPEECH,
     "The operator holds Lic, number 12345 issued by the regulator."},
    {"titles", "The approved list includes Sra. Maria Lopez and Dra. Ana Ruiz of the clinic.", ST_SPEECH,
     "The approved list includes Se\xC3\xB1ora Maria Lopez and Doctora Ana Ruiz of the clinic."},
    {"serials", "Follow Tip 3-5 of our guide.", ST_SPEECH,
     "Follow Tip 3 to 5 of our guide."},
    {"serials", "See IRS Tax Tip 2025-22 now.", ST_SPEECH,
     "See I.R.S Tax Tip 2025 dash 22 now."},
    {"serials", "Read Communiqu\xC3\xA9 014-25 today.", ST_SPEECH,
     "Read Communiqu\xC3\xA9 014 dash 25 today."},
    {"serials", "Adults aged 25-64 took part.", ST_SPEECH,
     "Adults aged 25 to 64 took part."},
    {"serials", "See Note 12-14 in the report.", ST_SPEECH,
     "See Note 12 to 14 in the report."},
    {"titles", "The Ambassador, Lic. Esteban Moctezuma, spoke.", ST_SPEECH,
     "The Ambassador, Licenciado Esteban Moctezuma, spoke."},
    {"titles", "Mtro. Roberto Velasco and Dra. Gabriela Cuevas attended.", ST_SPEECH,
     "Maestro Roberto Velasco and Doctora Gabriela Cuevas attended."},
    {"styles", "Doha, February 16 (QNA) - HE the US President praised the mediation.", ST_SPEECH,
     "Doha, February 16th, Q.N.A, His Excellency the U.S President praised the mediation."},
    {"styles", "HE the Bill passed.", ST_SPEECH,
     "HE the Bill passed."},
    {"gulf currencies", "Qatar Airways flight QR 817 landed.", ST_SPEECH,
     "[['kVtA:]] Airways flight Q.R 817 landed."},
    {"gulf currencies", "The Coast Guard SAR 3 team went.", ST_SPEECH,
     "The Coast Guard SAR 3 team went."},
    {"gulf currencies", "The Dh 2 team won.", ST_SPEECH,
     "The Dh 2 team won."},
    {"gulf currencies", "Tickets cost QR 500 each.", ST_SPEECH,
     "Tickets cost 500 riyals each."},
    {"gulf currencies", "Exports were IDR 12.500 billion.", ST_SPEECH,
     "Exports were 12500 billion rupiah."},
    {"styles", "HRH Princess Anne visited the hospital.", ST_SPEECH,
     "Her Royal Highness Princess Anne visited the hospital."},
    {"styles", "HH Sheikha Moza bint Nasser attended.", ST_SPEECH,
     "Her Highness Sheikha Moza bint Nasser attended."},
    {"styles", "HH Gregg stores closed.", ST_SPEECH,
     "H.H Gregg stores closed."},
    {"styles", "The HE Bill passed.", ST_SPEECH,
     "The HE Bill passed."},
    {"styles", "HRH The Duchess of Edinburgh came.", ST_SPEECH,
     "Her Royal Highness The Duchess of Edinburgh came."},
    {"styles", "HE Ms. Reem Al Hashimy spoke.", ST_SPEECH,
     "Her Excellency Miz Reem Al Hashimy spoke."},
    {"titles", "Speaking for Vietnam, Mr. Do Hung Viet said the talks were useful.", ST_SPEECH,
     "Speaking for Vietnam, Mister Do Hung Viet said the talks were useful."},
    {"titles", "In Istanbul, Mr. Can Dundar spoke.", ST_SPEECH,
     "In Istanbul, Mister Can Dundar spoke."},
    {"gulf currencies", "Saudi Arabia approved expenditures of SAR 1.285 trillion.", ST_SPEECH,
     "Saudi Arabia approved expenditures of 1.285 trillion riyals."},
    {"gulf currencies", "Kuwait's deficit narrowed to KD 2.4 billion.", ST_SPEECH,
     "Kuwait's deficit narrowed to 2.4 billion dinars."},
    {"gulf currencies", "Qatar announced a QR2.5 billion package.", ST_SPEECH,
     "[['kVtA:]] announced a 2.5 billion riyal package."},
    {"gulf currencies", "Dh5 million was paid and Dhs 200 each.", ST_SPEECH,
     "5 million dirhams was paid and 200 dirhams each."},
    {"gulf currencies", "Tractors worth Shs 31 billion were given.", ST_SPEECH,
     "Tractors worth 31 billion shillings were given."},
    {"gulf currencies", "It approved EUR 1.285 trillion.", ST_SPEECH,
     "It approved 1.285 trillion euros."},
    {"gulf currencies", "Hong Kong SAR 2025 plans were set.", ST_SPEECH,
     "Hong Kong SAR 2025 plans were set."},
    {"gulf currencies", "The budget of Rp 1.500 billion was set.", ST_SPEECH,
     "The budget of 1500 billion rupiah was set."},
    {"gulf currencies", "EUR 12.500 was paid.", ST_SPEECH,
     "12500 euros was paid."},
    {"styles", "At the outset, HRH the Crown Prince briefed the Cabinet.", ST_SPEECH,
     "At the outset, His Royal Highness the Crown Prince briefed the Cabinet."},
    {"styles", "HH Sheikh Hamdan came.", ST_SPEECH,
     "His Highness Sheikh Hamdan came."},
    {"styles", "HE SAID NO.", ST_SPEECH,
     "HE SAID NO."},
    {"styles", "Usec, follow-up po.", ST_SPEECH,
     "Undersecretary, follow-up po."},
    {"day of", "Done at Addis Ababa, this 14th day of January 2025.", ST_SPEECH,
     "Done at Addis Ababa, this 14th day of January 2025."},
    {"pages", "Reference: Chen Y, Okoro B. Science 391, 1102-1108.", ST_SPEECH,
     "Reference, Chen Y, Okoro B Science 391, 1102 to 1108."},
    {"pages", "The figures are at cols 412-13 of yesterday's debate.", ST_SPEECH,
     "The figures are at columns 412 to 413 of yesterday's debate."},
    {"pages", "See pp. 1914-1918 and pages 99-101.", ST_SPEECH,
     "See pages 1914 to 1918 and pages 99 to 101."},
    {"pages", "Published in Nature 612, 1120-31.", ST_SPEECH,
     "Published in Nature 612, 1120 to 1131."},
    {"pages", "And Nat. Commun. 15, 1102-1108.", ST_SPEECH,
     "And Nature Communications 15, 1102 to 1108."},
    {"pages", "The war of 1914-1918 ended.", ST_SPEECH,
     "The war of 19 14 to 19 18 ended."},
    {"pages", "Room 1102-1108 in Building 4, 1102-1108.", ST_SPEECH,
     "Room 11 oh 2 to 11 oh 8 in Building 4, 11 oh 2 to 11 oh 8."},
    {"pages", "The office opens 0900-1700 daily.", ST_SPEECH,
     "The office opens oh 9 hundred to 17 hundred daily."},
    {"pages", "Shifts run 1130-1145.", ST_SPEECH,
     "Shifts run 11 30 to 11 45."},
    {"level score", "They drew 1-1 on Saturday.", ST_SPEECH,
     "They drew 1 all on Saturday."},
    {"level score", "The 2-2 draw was fair.", ST_SPEECH,
     "The 2 all draw was fair."},
    {"level score", "A 50-50 draw is held at the fete.", ST_SPEECH,
     "A 50 50 draw is held at the fete."},
    {"level score", "Tied 0-0 at half-time.", ST_SPEECH,
     "Tied 0 0 at half-time."},
    {"level score", "The rooms 2-2 and 3-3 are shut.", ST_SPEECH,
     "The rooms 2 2 and 3 3 are shut."},
    {"acronym noun", "Committee finds $230 million IT project mismanaged.", ST_SPEECH,
     "Committee finds 230 million dollar I.T project mismanaged."},
    {"acronym noun", "The $40m NHS contract was signed.", ST_SPEECH,
     "The 40 million dollar N.H.S contract was signed."},
    {"acronym noun", "He paid $230 million IT firms.", ST_SPEECH,
     "He paid 230 million dollars I.T firms."},
    {"acronym noun", "It spent $3 billion EU funding wisely.", ST_SPEECH,
     "It spent 3 billion dollars E.U funding wisely."},
    {"acronym noun", "We gave $5 million US aid.", ST_SPEECH,
     "We gave 5 million dollars U.S aid."},
    {"vancouver", "Reference: Chen Y. Science. 2026;391(6788):1102-1108.", ST_SPEECH,
     "Reference, Chen Y Science, 2026, volume 391, issue 6788, pages 1102 to 1108."},
    {"vancouver", "See Lancet. 2025;405:1102-8 and PLoS One. 2024;19(3):e0299311 today.", ST_SPEECH,
     "See Lancet, 2025, volume 405, pages 1102 to 1108 and PLoS One, 2024, volume 19, issue 3, page e0299311 today."},
    {"vancouver", "And JAMA. 2023;329(12).", ST_SPEECH,
     "And JAMA, 2023, volume 329, issue 12."},
    {"vancouver", "Scores were 2026;391 and 10;20.", ST_SPEECH,
     "Scores were 2026;391 and 10;20."},
    {"journals", "Nat. Ecol. Evol. 10, 412-421.", ST_SPEECH,
     "Nature Ecology and Evolution 10, 412 to 421."},
    {"journals", "Published in Proc. Natl. Acad. Sci. U.S.A. 121, e2314.", ST_SPEECH,
     "Published in Proceedings of the National Academy of Sciences 121, e2314."},
    {"journals", "Also Phys. Rev. Lett. today.", ST_SPEECH,
     "Also Physical Review Letters today."},
    {"journals", "The Nat. Park opened.", ST_SPEECH,
     "The National Park opened."},
    /* hunt 109: standards of other bodies with their years, a radio's channel, knots,
     * a span of budget years, a concert's conductor; and look-alikes */
    {"standard", "62% of councils did not have a policy that met AS/NZS 10002:2022, BS 8300:2018 or ISO 9001:2015.", ST_SPEECH,
     "62 percent of councils did not have a policy that met A.S N.Z.S 10002, 2022, B.S 8300, 2018 or ISO 9001, 2015."},
    {"standard", "She was AS good AS gold.", ST_SPEECH,
     "She was AS good AS gold."},
    {"radio", "The skipper called the Coastguard on VHF Ch. 16 at 14:05, then moved to VHF ch 13.", ST_SPEECH,
     "The skipper called the Coastguard on V.H.F Channel 16 at 14 oh 5, then moved to V.H.F channel 13."},
    {"radio", "Read Ch. 16 of the almanac, as the Ch. Supt. said.", ST_SPEECH,
     "Read Chapter 16 of the almanac, as the Chief Superintendent said."},
    {"knots", "A yacht lost its mast with winds gusting 55 kn.", ST_SPEECH,
     "A yacht lost its mast with winds gusting 55 knots."},
    {"years", "The council will invest \xC2\xA3" "69.4 million a year for three years (2025/26\xE2\x80\x93" "2027/28).", ST_SPEECH,
     "The council will invest 69.4 million pounds a year for three years, 2025 26 to 2027 28."},
    {"years", "Funding for 2025/26 is confirmed.", ST_SPEECH,
     "Funding for 2025 to 26 is confirmed."},
    {"conductor", "Beethoven's Ninth with the Festival Orchestra, cond. Iv\xC3\xA1n Fischer (Usher Hall, 1 Aug, 8pm).", ST_SPEECH,
     "Beethoven's Ninth with the Festival Orchestra, conductor Iv\xC3\xA1n Fischer, Usher Hall, the 1st of August, 8 PM."},
    /* review 122: look-alikes of hunt 107's rules that must not change (an art class, a
     * nickname before "CJ", a count in thousands, a comparison, an amount before a
     * preposition, capitals said as words, a count of entries) */
    {"article", "She enrolled in Art 101 and watched Art 21 screenings with Arts 4 All, then went to Art 2026.", ST_SPEECH,
     "She enrolled in Art 101 and watched Art 21 screenings with Arts 4 All, then went to Art 2026."},
    {"article", "It breaches Art 8 ECHR and Art 10, and Art 6 of the Convention.", ST_SPEECH,
     "It breaches Article 8 E.C.H.R and Article 10, and Article 6 of the Convention."},
    {"judge", "In the Court of Appeal, Hale CJ said no, and Nash J held that it was wrong.", ST_SPEECH,
     "In the Court of Appeal, Chief Justice Hale said no, and Justice Nash held that it was wrong."},
    {"judge", "Coach CJ said the team was ready, and Agent J found the files.", ST_SPEECH,
     "Coach C.J said the team was ready, and Agent J found the files."},
    {"race", "Of course, we now have 10K members, and the fun day drew 20K visitors.", ST_SPEECH,
     "Of course, we now have 10 thousand members, and the fun day drew 20 thousand visitors."},
    {"race", "She ran a 5K and then entered the 10K race.", ST_SPEECH,
     "She ran a 5K and then entered the 10K race."},
    {"menu", "The Start > Finish route is flat, and Go to London > Paris by train.", ST_SPEECH,
     "The Start to Finish route is flat, and Go to London to Paris by train."},
    {"menu", "Weigh Privacy > Profit, and Home > Away form.", ST_SPEECH,
     "Weigh Privacy to Profit, and Home to Away form."},
    {"menu", "Go to Settings > Privacy, or navigate to Account > Security > Passwords.", ST_SPEECH,
     "Go to Settings, then Privacy, or navigate to Account, then Security, then Passwords."},
    {"attributive", "We raised our \xC2\xA3" "6m through donations and paid their \xC2\xA3" "30 online.", ST_SPEECH,
     "We raised our 6 million pounds through donations and paid their 30 pounds online."},
    {"attributive", "Residents had their \xC2\xA3" "150 rebates paid on Monday.", ST_SPEECH,
     "Residents had their 150 pound rebates paid on Monday."},
    {"slash", "Members of SAG/AFTRA, the CAMHS/CYPMHS teams and TEFL/CELTA tutors met.", ST_SPEECH,
     "Members of SAG AFTRA, the CAMHS CYPMHS teams and TEFL CELTA tutors met."},
    {"slash", "The RSPB/WWT reserve and the BMW/MINI plant are open.", ST_SPEECH,
     "The R.S.P.B W.W.T reserve and the B.M.W MINI plant are open."},
    {"registration", "Registration number 10000 arrived on Friday, and company number 01234567 filed.", ST_SPEECH,
     "Registration number 10000 arrived on Friday, and company number 0 1 2 3 4 5 6 7 filed."},
    /* hunt 107: the states' statutes and the tax authority's rulings cited, articles
     * and clauses, judges as the law reports write them, registrations, a race's
     * distance, a path through menus, capitals on both sides of a slash, an amount
     * after a possessive; and look-alikes that must not change */
    {"citation", "In 2021 the State assessed her back taxes under Colo. Rev. Stat. \xC2\xA7 39-26-104.", ST_SPEECH,
     "In 2021 the State assessed her back taxes under Colorado Revised Statutes section 39-26-104."},
    {"citation", "The taxpayer relied on Rev. Proc. 2026-14 and Rev. Rul. 2019-24 in filing her return.", ST_SPEECH,
     "The taxpayer relied on Revenue Procedure 2026 dash 14 and Revenue Ruling 2019 dash 24 in filing her return."},
    {"citation", "He sued under 740 Ill. Comp. Stat. 14/15 and Mass. Gen. Laws ch. 93A.", ST_SPEECH,
     "He sued under 740 Illinois Compiled Statutes 14/15 and Massachusetts General Laws chapter 93A."},
    {"citation", "The 2019-24 plan is done.", ST_SPEECH,
     "The 2019 to 24 plan is done."},
    {"article", "It was a proportionate interference with the rights under Arts 9\xE2\x80\x93" "11 of the ECHR, and cl 5 of the Bill is within competence.", ST_SPEECH,
     "It was a proportionate interference with the rights under Articles 9 to 11 of the E.C.H.R, and clause 5 of the Bill is within competence."},
    {"article", "It breaches Art 8 ECHR and Art 10.", ST_SPEECH,
     "It breaches Article 8 E.C.H.R and Article 10."},
    {"article", "Visit Art 21 today for the Arts 2025 festival.", ST_SPEECH,
     "Visit Art 21 today for the Arts 2025 festival."},
    {"judge", "The High Court (Chamberlain J) dismissed the claim, and the Court of Appeal (Underhill LJ) agreed.", ST_SPEECH,
     "The High Court, Justice Chamberlain, dismissed the claim, and the Court of Appeal, Justice Underhill, agreed."},
    {"judge", "Michael J. Fox came, and Plan J, the last, failed.", ST_SPEECH,
     "Michael J Fox came, and Plan J, the last, failed."},
    {"registration", "Hartwell Bryce LLP is registered in England and Wales (OC123456) and in Scotland SC045678.", ST_SPEECH,
     "Hartwell Bryce LLP is registered in England and Wales, O C 1 2 3 4 5 6, and in Scotland S C 0 4 5 6 7 8."},
    {"registration", "Lifeline Trust is a registered charity (no. 1184321) in England and Wales.", ST_SPEECH,
     "Lifeline Trust is a registered charity, number 1 1 8 4 3 2 1, in England and Wales."},
    {"registration", "Company number 01234567 is ours, and our charity number 5 on the list.", ST_SPEECH,
     "Company number 0 1 2 3 4 5 6 7 is ours, and our charity number 5 on the list."},
    {"race", "Edith Marlow, 84, walked the 10K route, and her son ran a 5K fun run.", ST_SPEECH,
     "Edith Marlow, 84, walked the 10K route, and her son ran a 5K fun run."},
    {"race", "We now have 10K followers.", ST_SPEECH,
     "We now have 10 thousand followers."},
    {"menu", "Open the app and go to Settings > Device > Firmware to update.", ST_SPEECH,
     "Open the app and go to Settings, then Device, then Firmware to update."},
    {"menu", "Tap Account > Privacy, then close it.", ST_SPEECH,
     "Tap Account, then Privacy, then close it."},
    {"menu", "The route runs Keswick > Penrith > Hartside.", ST_SPEECH,
     "The route runs Keswick to Penrith to Hartside."},
    {"slash", "California residents have rights under the CCPA/CPRA and the GDPR/CCPA rules.", ST_SPEECH,
     "California residents have rights under the C.C.P.A C.P.R.A and the G.D.P.R C.C.P.A rules."},
    {"slash", "The CDU/CSU leads, and the EU/UK deal holds.", ST_SPEECH,
     "The C.D.U C.S.U leads, and the E.U U.K deal holds."},
    {"attributive", "Thanks to your generosity, we have raised \xC2\xA3" "3.8m of our \xC2\xA3" "6m target.", ST_SPEECH,
     "Thanks to your generosity, we have raised 3.8 million pounds of our 6 million pound target."},
    {"attributive", "Their $5bn plan and its \xC2\xA3" "2m budget were approved.", ST_SPEECH,
     "Their 5 billion dollar plan and its 2 million pound budget were approved."},
    {"attributive", "We gave our \xC2\xA3" "6m already, and their \xC2\xA3" "5m raised so far.", ST_SPEECH,
     "We gave our 6 million pounds already, and their 5 million pounds raised so far."},
    /* review 120: citations after "from", a lectionary's "Sg" and "Bar" after a reading's
     * label, "1 Samuel 17" (not "2 Kings 5", a score); odds are no dates; a day list
     * with no word before; a count per hour of "bus" and "people", litres per second;
     * a postcode's outward part left to its own rule */
    {"scripture", "Today's Gospel, from Luke 4:16-21, tells of the synagogue, and the reading is taken from Isaiah 40:31.", ST_SPEECH,
     "Today's Gospel, from Luke chapter 4, verses 16 to 21, tells of the synagogue, and the reading is taken from Isaiah chapter 40, verse 31."},
    {"scripture", "First Reading: Sg 2:8-14", ST_SPEECH,
     "First Reading, Song of Songs chapter 2, verses 8 to 14"},
    {"scripture", "Sixth Reading: Bar 3:9-15, then 2 Kings 5 and 1 Samuel 17.", ST_SPEECH,
     "Sixth Reading, Baruch chapter 3, verses 9 to 15, then 2 Kings 5 and First Samuel chapter 17."},
    {"date", "Ladbrokes have slashed the odds to 16/1 to 12/1, and odds 15/8 to 11/4 on the favourite.", ST_SPEECH,
     "Ladbrokes have slashed the odds to 16/1 to 12/1, and odds 15/8 to 11/4 on the favourite."},
    {"date", "The recycling centre will be closed 24, 25 and 26 December.", ST_SPEECH,
     "The recycling centre will be closed the 24th, the 25th and the 26th of December."},
    {"unit", "Buses run 1 bus/hr for 30 people/hr, and 300 litres/s pass the weir.", ST_SPEECH,
     "Buses run 1 bus per hour for 30 people per hour, and 300 litres per second pass the weir."},
    {"code", "A Ford Focus, registration AB12 CDE, was seen near Aberdeen AB12 3CD.", ST_SPEECH,
     "A Ford Focus, registration [[,eI]] B 12 C.D.E, was seen near Aberdeen AB12 3CD."},
    /* hunt 108: days and months a range apart, no year (d16); two letters a word might
     * be said as, joined to a number (d18); review 119: a book that is a word or a
     * name too is read only as a citation is set, no citation before a clock's "pm",
     * a chapter alone only after a numbered book's abbreviation, a rate only where
     * the count agrees with its number, "CFU" in capitals no unit */
    {"date", "Key dates: 25/12 - 26/12 no trains at all, and 24/12 to 2/1 a reduced service.", ST_SPEECH,
     "Key dates, the 25th of December to the 26th of December no trains at all, and the 24th of December to the 2nd of January a reduced service."},
    {"code", "Rebooked as FA2490A at 13:30 after flight BA2490 and MH370, rated IP68.", ST_SPEECH,
     "Rebooked as F [[,eI]] 2490 [[,eI]] at 13 30 after flight B [[,eI]] 2490 and MH370, rated I P 68."},
    {"code", "Cells with CD41 and HL60 and the CY2024 and FY2025 figures.", ST_SPEECH,
     "Cells with CD41 and HL60 and the calendar year 2024 and fiscal year 2025 figures."},
    {"scripture", "The prophet says the righteous live by faith (Hab 2:4), and Ezra 3:11; is sung.", ST_SPEECH,
     "The prophet says the righteous live by faith, Habakkuk chapter 2, verse 4, and Ezra chapter 3, verse 11, is sung."},
    {"scripture", "Ezra 4:30 arrived at the hotel and the Tob 4:15 kick-off was late.", ST_SPEECH,
     "Ezra 4 30 arrived at the hotel and the Tob 4 15 kick-off was late."},
    {"scripture", "Meet John 7:30 pm at the gate for the Rev 7:30 pm service, not at Mt 5:9 tonight.", ST_SPEECH,
     "Meet John 7 30 PM at the gate for the Rev 7 30 PM service, not at Mt 5 to 9 tonight."},
    {"scripture", "He won 1 Mark 5 times, got 2 Cor 13 wrong, and Row 2 Col 5 and 2 John 5 are fine.", ST_SPEECH,
     "He won 1 Mark 5 times, got Second Corinthians chapter 13 wrong, and Row 2 Col 5 and 2 John 5 are fine."},
    {"unit", "Not 2 max/min readings or 3 pri/sec schools, and up to 2 guest/s may attend.", ST_SPEECH,
     "Not 2 max min readings or 3 pri sec schools, and up to 2 guest s may attend."},
    {"unit", "We saw 2 litres/min flow and 3 beats/min.", ST_SPEECH,
     "We saw 2 litres per minute flow and 3 beats per minute."},
    {"unit", "The 2024 CFU Club Shield starts in May, worth 120 CFU.", ST_SPEECH,
     "The 2024 C.F.U Club Shield starts in May, worth 120 C.F.U."},
    /* hunt 108: books of scripture, surahs, verse suffixes and a chapter alone after a
     * numbered book (d12-d15); "p.a." a rate (d21); a list of days (d20); a count per
     * a time or per a unit after a slash (d17, d19) */
    {"scripture", "Read (Hab 2:4) and Zeph 3:17 with Tob 4:15, and Phlm 1:6 tonight.", ST_SPEECH,
     "Read, Habakkuk chapter 2, verse 4, and Zephaniah chapter 3, verse 17 with Tobit chapter 4, verse 15, and Philemon chapter 1, verse 6 tonight."},
    {"scripture", "Read 1 Macc 2:1 and Song 2:4; before the service.", ST_SPEECH,
     "Read First Maccabees chapter 2, verse 1 and Song of Songs chapter 2, verse 4, before the service."},
    {"scripture", "There is no compulsion in religion (Surah 2:256), and Quran 2:255 says more.", ST_SPEECH,
     "There is no compulsion in religion, Surah 2, verse 256, and Quran, surah 2, verse 255 says more."},
    {"scripture", "The Beatitudes (Mt 5:3ff) and Jn 3:16b are read, then Gen 2:4f.", ST_SPEECH,
     "The Beatitudes, Matthew chapter 5, verse 3 and following, and John chapter 3, verse 16 B are read, then Genesis chapter 2, verse 4 and the next."},
    {"scripture", "Read the hymn to love in 1 Cor 13 at home.", ST_SPEECH,
     "Read the hymn to love in First Corinthians chapter 13 at home."},
    {"scripture", "Read Ps 126:5 and Mark 5 before Job 3 begins.", ST_SPEECH,
     "Read Psalm chapter 126, verse 5 and Mark 5 before Job 3 begins."},
    {"money", "The offer costs the sector an estimated \xC2\xA3" "350m p.a. in total.", ST_SPEECH,
     "The offer costs the sector an estimated 350 million pounds per annum in total."},
    {"date", "Update for customers: industrial action on 8, 9 and 10 December.", ST_SPEECH,
     "Update for customers, industrial action on the 8th, the 9th and the 10th of December."},
    {"date", "Strikes on 7, 8, 9 and 10 December 2026 and ages 8, 9 and 10.", ST_SPEECH,
     "Strikes on the 7th, the 8th, the 9th and the 10th of December 2026 and ages 8, 9 and 10."},
    {"unit", "On 29 Dec there will be approx. 1 train/hr to Leeds.", ST_SPEECH,
     "On the 29th of December there will be approximately 1 train per hour to Leeds."},
    {"unit", "Routine tests detected E. coli at 2 cfu/100ml and 30 cells/mL in the water.", ST_SPEECH,
     "Routine tests detected E coli at 2 colony-forming units per 100 millilitres and 30 cells per millilitre in the water."},
    {"unit", "Take 2 tablets/day and read 3 pages/min, not and/or.", ST_SPEECH,
     "Take 2 tablets per day and read 3 pages per minute, not and or."},
    {"tech", "The V6.0 model ships in May, with V2.4.1 firmware.", ST_SPEECH,
     "The V6.0 model ships in May, with version 2.4.1 firmware."},
    {"tech", "Update to v2.4.1 today, or v3.0 later.", ST_SPEECH,
     "Update to version 2.4.1 today, or version 3.0 later."},
    {"tech", "All 7.x releases are affected, and the v1 API too.", ST_SPEECH,
     "All 7 point x releases are affected, and the v1 API too."},
    {"sport", "Our goal is to dredge the channel to 12' by May.", ST_SPEECH,
     "Our goal is to dredge the channel to 12' by May."},
    {"sport", "The pitch has a safety fence 10' from the goal line and floodlights on 60' poles.", ST_SPEECH,
     "The pitch has a safety fence 10' from the goal line and floodlights on 60' poles."},
    {"sport", "The team scored each 5' cap and the 3' untranslated region.", ST_SPEECH,
     "The team scored each 5' cap and the 3' untranslated region."},
    {"sport", "Pym scored on 41' and Carr added a second on 67'.", ST_SPEECH,
     "Pym scored on 41 minutes and Carr added a second on 67 minutes."}, /* SAME */
    {"parliament", "The lamp uses c. 60W and the c. 300W lamp is brighter.", ST_SPEECH,
     "The lamp uses circa 60 watts and the circa 300 watts lamp is brighter."},
    {"parliament", "See Official Report, 4 March 2025, c. 287W, and col. 12WS.", ST_SPEECH,
     "See Official Report, the 4th of March 2025, column 287 W, and column 12 W.S."}, /* SAME */
    {"education", "The bank was regraded to a 2:1 or flatter slope.", ST_SPEECH,
     "The bank was regraded to a 2 to 1 or flatter slope."},
    {"education", "The team won a 2:1 in Munich.", ST_SPEECH,
     "The team won a 2 to 1 in Munich."},
    {"sport", "Pell then doubled the lead from the penalty spot on 41' after Carney was tripped.", ST_SPEECH,
     "Pell then doubled the lead from the penalty spot on 41 minutes after Carney was tripped."},
    {"sport", "Goals: Pym 90+3', Lee 12\xE2\x80\xB2.", ST_SPEECH,
     "Goals, Pym 90 plus 3 minutes, Lee 12 minutes."},
    {"sport", "Eastwick scorers: Pym 23, Dunleavy 89 og.", ST_SPEECH,
     "Eastwick scorers, Pym 23, Dunleavy 89 own goal."},
    {"sport", "Bennett, 19, made his debut for the 1st XI on Saturday.", ST_SPEECH,
     "Bennett, 19, made his debut for the 1st eleven on Saturday."},
    {"sport", "He scored in the 89' minute.", ST_SPEECH,
     "He scored in the 89' minute."}, /* SAME */
    {"sport", "The cliff was 40' high, and the goal was scored.", ST_SPEECH,
     "The cliff was 40' high, and the goal was scored."}, /* SAME */
    {"sport", "Binding is readily detected when the 3' G is replaced by a C and a goal.", ST_SPEECH,
     "Binding is readily detected when the 3' G is replaced by a C and a goal."}, /* SAME */
    {"sport", "He said 'we need 3' and left.", ST_SPEECH,
     "He said 'we need 3' and left."}, /* SAME */
    {"parliament", "The Minister's answer (Official Report, 14 January 2026, Vol. 760, c. 287W) was wrong.", ST_SPEECH,
     "The Minister's answer, Official Report, the 14th of January 2026, Volume 760, column 287 W, was wrong."},
    {"parliament", "The figures are at cols 412 of the debate.", ST_SPEECH,
     "The figures are at columns 412 of the debate."},
    {"parliament", "The 40W bulb failed.", ST_SPEECH,
     "The 40 watt bulb failed."}, /* SAME */
    {"education", "She graduated with a 2:1 in History in 2019.", ST_SPEECH,
     "She graduated with a two one in History in 2019."},
    {"education", "The panel voted a 2:1 in favour of the appeal.", ST_SPEECH,
     "The panel voted a 2 to 1 in favour of the appeal."}, /* SAME */
    {"education", "The vote was a 2:1 split.", ST_SPEECH,
     "The vote was a 2 to 1 split."}, /* SAME */
    {"parliament", "On a point of order, a Cheann Comhairle.", ST_SPEECH,
     "On a point of order, a [[hj'aUn]] [[k'o:rl@]]."}, /* SAME */
    {"science", "The coating lowered surface tension to 32mN/m.", ST_SPEECH,
     "The coating lowered surface tension to 32mN m."},
    {"science", "The thruster gave as small as 5mN of force.", ST_SPEECH,
     "The thruster gave as small as 5mN of force."},
    {"mining", "The order DEC-31-2025 shipped, and ISO-9001-2015 applies.", ST_SPEECH,
     "The order DEC-31-2025 shipped, and ISO-9001-2015 applies."},
    {"mining", "The base was collared at 4120mE on the old grid.", ST_SPEECH,
     "The base was collared at 4120mE on the old grid."},
    {"mining", "ASX: KRM", ST_SPEECH,
     "A.S.X, K.R.M"},
    {"mining", "TSX: KRM | OTCQB: KRMF", ST_SPEECH,
     "T.S.X, K.R.M, O.T.C.Q.B, K.R.M.F"},
    {"mining", "AIM: KRM", ST_SPEECH,
     "AIM, K.R.M"},
    {"mining", "NOTICE: READ THIS", ST_SPEECH,
     "NOTICE, READ THIS"}, /* SAME */
    {"science", "VG-301 was dosed at 1.33\xC3\x97" "10\xC2\xB9\xE2\x81\xB4 vg/kg in all patients.", ST_SPEECH,
     "V.G 301 was dosed at 1.33 times 10 to the power of 14 vector genomes per kilogram in all patients."},
    {"science", "The therapy was given at 2\xC3\x97" "10\xC2\xB9\xC2\xB3 vg/kg as a single infusion.", ST_SPEECH,
     "The therapy was given at 2 times 10 to the power of 13 vector genomes per kilogram as a single infusion."},
    {"science", "HBV DNA was below 20 IU/mL at Week 48.", ST_SPEECH,
     "H.B.V D.N.A was below 20 international units per millilitre at Week 48."},
    {"science", "He took 400 IU of vitamin D daily.", ST_SPEECH,
     "He took 400 international units of vitamin D daily."},
    {"science", "Mean eGFR fell by 1.8 mL/min/1.73 m\xC2\xB2 over the study.", ST_SPEECH,
     "Mean eGFR fell by 1.8 millilitres per minute per 1.73 square metres over the study."},
    {"science", "Mean eGFR was 61 mL/min/1.73m2 at baseline.", ST_SPEECH,
     "Mean eGFR was 61 millilitres per minute per 1.73 square metres at baseline."},
    {"science", "It was 1.8 mL/min/1.73 in all of them.", ST_SPEECH,
     "It was 1.8 mL min/1.73 in all of them."}, /* SAME */
    {"science", "Creatinine clearance fell to 60 mL/min over the study.", ST_SPEECH,
     "Creatinine clearance fell to 60 millilitres per minute over the study."}, /* SAME */
    {"science", "The shares traded at 2.50 times book value.", ST_SPEECH,
     "The shares traded at 2.50 times book value."},
    {"mining", "The information was approved by David Lee, P.Geo., a Qualified Person.", ST_SPEECH,
     "The information was approved by David Lee, P Geo, a Qualified Person."},
    {"mining", "It was reviewed by Ana Ruiz, P.Eng., the Qualified Person.", ST_SPEECH,
     "It was reviewed by Ana Ruiz, P Eng, the Qualified Person."},
    {"mining", "The Inferred Resource is 48.2 Moz AgEq at 212 g/t AgEq.", ST_SPEECH,
     "The Inferred Resource is 48.2 million ounces silver equivalent at 212 grams per tonne silver equivalent."},
    {"mining", "The Company's ISIN is ZAE000123456.", ST_SPEECH,
     "The Company's ISIN is Z [[,eI]] E 0 0 0 1 2 3 4 5 6."},
    {"mining", "Hole CA-26-014 returned 386.0 m of 0.62% Cu from 44.0 m.", ST_SPEECH,
     "Hole C.A 26 014 returned 386.0 metres of 0.62 percent copper from 44.0 metres."},
    {"mining", "Hole KDD-0231 was collared at 412350mE 6587220mN in MGA Zone 51, at 250mRL.", ST_SPEECH,
     "Hole K.D.D 0231 was collared at 412350 metres east 6587220 metres north in M.G.A Zone 51, at 250 metres reduced level."},
    {"mining", "Hole KDD-0231 returned 12.4 m of 3.2 g/t Au.", ST_SPEECH,
     "Hole K.D.D 0231 returned 12.4 metres of 3.2 grams per tonne gold."}, /* SAME */
    /* review 114: money words near the figure only, and only against "to", "over",
     * "at"; the department's officials after "against"; a direction's acronyms of three
     * or four letters and a pope's name before his numeral */
    {"unit", "Drilling was increased from 200m to 450m depth after the company raised 15m.", ST_SPEECH,
     "Drilling was increased from 200 metres to 450 metres depth after the company raised 15 million."},
    {"acronym", "The state filed a lawsuit against DoS officials over the remote learning server contract.", ST_SPEECH,
     "The state filed a lawsuit against D.O.S officials over the remote learning server contract."},
    {"stage", "(NBA PLAYERS ON STAGE AS ABC FILMS)", ST_STAGE, "N.B.A players on stage AS A.B.C films"},
    {"stage", "(POPE LEO XIV ENTERS)", ST_STAGE, "pope Leo the 14th enters"},
    /* review 113: production in kilotonnes, intercepts "of" a grade and "terminated at",
     * a drilling budget in millions, the attack a flaw allows, more services' numbers */
    {"unit", "Production for the quarter was 42kt, in line with guidance.", ST_SPEECH,
     "Production for the quarter was 42 kilotonnes, in line with guidance."},
    {"unit", "Hole RD12 intersected 56m of 2.1% Cu and was terminated at 450m.", ST_SPEECH,
     "Hole RD12 intersected 56 metres of 2.1 percent copper and was terminated at 450 metres."},
    {"unit", "The drilling budget was increased to 12m for the year.", ST_SPEECH,
     "The drilling budget was increased to 12 million for the year."},
    {"acronym", "A flaw could allow DoS by a remote attacker; apply the patch to prevent DoS.", ST_SPEECH,
     "A flaw could allow doss by a remote attacker, apply the patch to prevent doss."},
    {"numbers", "In Italy, call on 115 if you see a fire.", ST_SPEECH,
     "In Italy, call on 1 1 5 if you see a fire."},
    {"stage", "(POPE LEO XIV WAVES)", ST_STAGE, "pope Leo the 14th waves"},
    {"stage", "(MAN SPEAKING)", ST_STAGE, "man speaking"},
    /* review 112: millions in a sentence about drilling, knots of a ferry, nautical
     * miles beside sales, the department after "against" and "prevent", a vote's count
     * after "call on" (over-reach of this session's rules); "p≤.001", "q3w" (variants) */
    {"unit", "Redgum raised 25m in a placement to fund drilling at Copperhead.", ST_SPEECH,
     "Redgum raised 25 million in a placement to fund drilling at Copperhead."},
    {"unit", "The 2026 drilling budget of 12m will be funded from cash of 40m.", ST_SPEECH,
     "The 2026 drilling budget of 12 million will be funded from cash of 40 million."},
    {"unit", "The new ferry cruises at 30kt, doubling capacity on the route.", ST_SPEECH,
     "The new ferry cruises at 30 knots, doubling capacity on the route."},
    {"unit", "The new drone covers 150nm, up from 100nm on the old model, and sales begin in June.", ST_SPEECH,
     "The new drone covers 150 nautical miles, up from 100 nautical miles on the old model, and sales begin in June."},
    {"acronym", "The advocacy group filed a lawsuit against DoS; the ruling will prevent DoS from revoking visas.", ST_SPEECH,
     "The advocacy group filed a lawsuit against D.O.S, the ruling will prevent D.O.S from revoking visas."},
    {"numbers", "The opposition can call on 243 if every member turns up for the vote.", ST_SPEECH,
     "The opposition can call on 243 if every member turns up for the vote."},
    {"numbers", "The hazard ratio was 0.62 (p\xE2\x89\xA4.001).", ST_SPEECH,
     "The hazard ratio was 0.62, p at most 0.001."},
    {"dose", "Patients received 200 mg q3w for up to 35 cycles.", ST_SPEECH,
     "Patients received 200 milligrams every 3 weeks for up to 35 cycles."},
    {"stage", "(KING CHARLES III ARRIVES)", ST_STAGE, "king Charles the 3rd arrives"},
    /* hunt 105 d22, d34: a lab's and a trial's letters, spelled */
    {"acronym", "Serum ALT normalized; grade 3 TRAEs occurred, and the ORR was 41%.", ST_SPEECH,
     "Serum A.L.T normalized, grade 3 T.R.A.E's occurred, and the O.R.R was 41 percent."},
    /* review 111: the attack after "(", "lead to", "result in", "enables", before "traffic"
     * and "protection"; the department before its people and its verbs (F7, F12); any
     * number "call on" dials before "immediately" or "if" (F8); nodes named with
     * a chipmaker's words (F11) */
    {"acronym", "A flaw allows a denial-of-service (DoS) attack.", ST_SPEECH,
     "A flaw allows a denial-of-service, doss, attack."},
    {"acronym", "Crafted packets could lead to DoS.", ST_SPEECH,
     "Crafted packets could lead to doss."},
    {"acronym", "Exploitation could result in DoS on affected devices.", ST_SPEECH,
     "Exploitation could result in doss on affected devices."},
    {"acronym", "The bug enables DoS and DDoS attacks.", ST_SPEECH,
     "The bug enables doss and D-dos attacks."},
    {"acronym", "We deployed DoS protection against the traffic.", ST_SPEECH,
     "We deployed doss protection against the traffic."},
    {"acronym", "Please contact your local DoS office.", ST_SPEECH,
     "Please contact your local D.O.S office."},
    {"acronym", "The DoS attempts to contact every citizen abroad.", ST_SPEECH,
     "The D.O.S attempts to contact every citizen abroad."},
    {"numbers", "In an emergency, call on 108 immediately.", ST_SPEECH,
     "In an emergency, call on 1 0 8 immediately."},
    {"numbers", "To report a crime, call on 100 if you are in danger.", ST_SPEECH,
     "To report a crime, call on 1 0 0 if you are in danger."},
    {"numbers", "The charity will call on 300 from its own members.", ST_SPEECH,
     "The charity will call on 300 from its own members."},
    {"unit", "3nm contributed 24% of wafer revenue in the quarter.", ST_SPEECH,
     "3 nanometre contributed 24 percent of wafer revenue in the quarter."},
    {"unit", "We shipped our first 2nm accelerators and 3nm modems.", ST_SPEECH,
     "We shipped our first 2 nanometre accelerators and 3 nanometre modems."},
    {"unit", "Demand for 5nm and 3nm capacity stayed high.", ST_SPEECH,
     "Demand for 5 nanometre and 3 nanometre capacity stayed high."},
    {"unit", "The platforms lie 40nm east of the island.", ST_SPEECH,
     "The platforms lie 40 nautical miles east of the island."},
    /* hunt 103 w17 (a range of rates, its zeros after the point) and w01 (a chip's nanometres) */
    {"numbers", "We confirm an EBIT margin of 10.5\xE2\x80\x93" "11.0% for FY 2025, and 9.0-10.0% after.", ST_SPEECH,
     "We confirm an EBIT margin of 10.5 to 11 percent for fiscal year 2025, and 9 to 10 percent after."},
    {"unit", "We shipped our 3nm product and 2 nm wafers; the boat was 3nm off the coast.", ST_SPEECH,
     "We shipped our 3 nanometre product and 2 nanometre wafers, the boat was 3 nautical miles off the coast."},
    /* a tender's number of lettered parts after "No." (hunt 102 d37) */
    {"codes", "It was awarded under Tender No. LMWA/WKS/T/2025/014 today.", ST_SPEECH,
     "It was awarded under Tender number L.M.W.A slash W.K.S slash T slash 2025 slash 014 today."},
    /* an amount before a comma and another measure of the same noun (hunt 102 d40) */
    {"money", "It broke ground on a $148 million, 312-unit community; it raised a further $500 million, 2-for-1.",
     ST_SPEECH, "It broke ground on a 148 million dollar, 312-unit community, it raised a further 500 million dollars, "
     "2-for-1."},
};

/* A statement that cites no paragraphs (sp_context.footnotes): a bare "[2]" is a
 * footnote's mark or a seed, not said; opening a paragraph, its number. */
static void test_footnotes(void)
{
    static const char *const notes[][2] = {
        {"The rate is highest in the north [2].", "The rate is highest in the north."},
        {"In the men's draw, [2] Tomasz Wierzbicki beat Oliver Hannaford.",
         "In the men's draw, Tomasz Wierzbicki beat Oliver Hannaford."},
        {"[2] Regional Poverty Survey, 2025.", "2, Regional Poverty Survey, 2025."},
        /* (cited with a word before them, still paragraphs) */
        {"See paragraphs [34]-[41] and at [12].", "See paragraphs 34 to 41 and at 12."},
    };
    for (size_t i = 0; i < sizeof notes / sizeof *notes; i++) {
        char *got = sp_speech_text(notes[i][0], ST_SPEECH, &(sp_context){NULL, 0, 0, 0, NULL, 1});
        CHECKF(got && strcmp(got, notes[i][1]) == 0, "footnotes: [%s]\n    got  [%s]\n    want [%s]", notes[i][0],
               got ? got : "(null)", notes[i][1]);
        free(got);
    }
    /* each in a statement that writes its dates in the order given, citing paragraphs
     * or not; the text wanted, or (want NULL) words it must not have */
    static const struct {
        const char *text;
        st_kind kind;
        dt_order order;
        int footnotes;
        const char *want, *hasnt;
    } placed[] = {
        /* where the statement cites them, "[2]" is paragraph 2 */
        {"The court erred in law [45].", ST_SPEECH, 0, 0, "The court erred in law, paragraph 45.", NULL},
        /* a judge as the law reports write one in a judgment, which cites its paragraphs;
         * elsewhere, with no court in the sentence, a name and a letter (review 122) */
        {"Whipple LJ agreed, and (Nash J) too.", ST_SPEECH, 0, 0, "Justice Whipple agreed, and, Justice Nash, too.",
         NULL},
        {"Goal scorers were (Wilson J) and (Taylor C) in the final.", ST_SPEECH, 0, 1, NULL, "Justice"},
        /* "Perth, WA": in a statement that writes dates day first, Western Australia's
         * letters, never "Washington"; in a US one (month first), the state */
        {"We are in Perth, WA.", ST_SPEECH, DT_DAY_FIRST, 0, "We are in Perth, W.A.", NULL},
        {"We are in Tacoma, WA.", ST_SPEECH, DT_MONTH_FIRST, 0, "We are in Tacoma, Washington.", NULL},
        /* a footnote's mark in superscript opening the note, as "[1]" is said; after a
         * percentage, not said */
        {"\xC2\xB2 Procured through the stockpile.", ST_NOTE, 0, 1, "Note 2, Procured through the stockpile.", NULL},
        {"\xC2\xB9\xE2\x81\xB0 Teams of four.", ST_NOTE, 0, 1, "Note 10, Teams of four.", NULL},
        {"Revenue rose 12%\xC2\xB9 in the year.", ST_SPEECH, 0, 1, "Revenue rose 12 percent in the year.", NULL},
        /* "on 9/11" in a statement that writes dates day first: the attacks */
        {"They died on 9/11 in New York.", ST_SPEECH, DT_DAY_FIRST, 0, NULL, "November"},
        {"They met on 9/12 in York.", ST_SPEECH, DT_DAY_FIRST, 0, "They met on the 9th of December in York.", NULL},
        /* a storm's centre: a latitude and a longitude, not watts */
        {"The centre was at 27.4N 90.1W at noon.", ST_SPEECH, 0, 0, "The centre was at 27.4 north, 90.1 west at noon.",
         NULL},
        /* a state's postal code after a town and its comma, before a verb */
        {"Brightmeadow Farms of Salinas, CA is recalling spinach.", ST_SPEECH, DT_MONTH_FIRST, 0,
         "Brightmeadow Farms of Salinas, California is recalling spinach.", NULL},
        /* a grid address's compass points after their numbers */
        {"Officers went to 4500 S. 900 E.", ST_SPEECH, DT_MONTH_FIRST, 0, "Officers went to 4500 South 900 East.", NULL},
        /* ", MP" after a name is a member of parliament; after "Saipan," the Northern
         * Mariana Islands */
        {"Tom Reyes, MP, said so.", ST_SPEECH, DT_DAY_FIRST, 0, "Tom Reyes, M.P, said so.", NULL},
        {"Offices open in Guam, Saipan, MP, and Honolulu.", ST_SPEECH, DT_MONTH_FIRST, 0,
         "Offices open in Guam, Saipan, the Northern Mariana Islands, and Honolulu.", NULL},
    };
    for (size_t i = 0; i < sizeof placed / sizeof *placed; i++) {
        char *got = sp_speech_text(placed[i].text, placed[i].kind,
                                   &(sp_context){NULL, placed[i].order, 0, 0, NULL, placed[i].footnotes});
        CHECKF(got && (placed[i].want ? strcmp(got, placed[i].want) == 0 : !strstr(got, placed[i].hasnt)),
               "[%s]\n    got  [%s]\n    want [%s]", placed[i].text, got ? got : "(null)",
               placed[i].want ? placed[i].want : placed[i].hasnt);
        free(got);
    }
}

/* No text reaches espeak-ng as phonemes or commands, whatever made it: every form
 * found by attacking herald, and the lexicon's own phonemes still pass. */
static void test_guard(const sp_lexicon *lex)
{
    char longph[600];
    snprintf(longph, sizeof longph, "Say [(Applause)[%0200d]] now.", 0);
    for (size_t i = 14; i < 214; i++)
        longph[i] = 't';
    char dots[400] = "Visit ";
    for (int i = 0; i < 120; i++)
        strcat(dots, "a.");
    const char *texts[] = {
        longph,
        "[[h@l'oU]] world",
        "Say [(Applause)[h@l'oU]] now.",
        "[ [x] ]",
        "A [[_^_xxxxxxxxxxxxxxxxxxxx]] switch.",
        "Ends in two stops..",
        dots,
        "Number 123456789012345678901234567890123456789012345678901234567890123456789 here.",
        "Bakhmut and [[Bakhmut]] and [\x02h@l'oU].",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        for (st_kind k = ST_TITLE; k <= ST_NOTE; k++) {
            char *speech = sp_speech_text(texts[i], k, &(sp_context){lex, 0, 0, 0, NULL, 0});
            char *out = speech ? syn_text(speech) : NULL;
            CHECK(out != NULL);
            if (!out) {
                free(speech);
                continue;
            }
            /* the only [[ ]] are the lexicon's, whole and short */
            for (const char *p = strstr(out, "[["); p; p = strstr(p + 2, "[[")) {
                const char *e = strstr(p, "]]");
                CHECKF(e && e - p - 2 <= SP_PHONEMES_MAX && sp_phonemes_ok(p + 2, (size_t)(e - p - 2)),
                       "text %zu: phonemes from the text: %s", i, out);
            }
            CHECKF(!strstr(out, "[\x02"), "text %zu: [ then U+0002", i);
            for (const char *p = out; *p; p++)
                CHECKF((unsigned char)*p >= 0x20 && *p != 0x7F, "text %zu: control character", i);
            size_t n = strlen(out);
            CHECKF(!(n >= 2 && out[n - 1] == '.' && out[n - 2] == '.' && (n < 3 || out[n - 3] != '.')),
                   "text %zu ends in two stops: %s", i, out);
            free(speech);
            free(out);
        }
    /* word runs joined by marks other than spaces are broken too (espeak-ng reads past
     * an array from about 300 words in one clause) */
    static const char joins[] = {' ', '-', ',', '_', '#', '|', '/'};
    for (size_t j = 0; j < sizeof joins; j++) {
        char run[2000];
        size_t k = 0;
        for (int w = 0; w < 400; w++) {
            run[k++] = 'a';
            run[k++] = joins[j];
        }
        run[k] = '\0';
        char *g = syn_text(run);
        size_t words = 0, most = 0;
        for (const char *c = g; c && *c; c++) {
            if (c[0] == ',' && c[1] == ' ')
                words = 0;
            else if (*c == 'a' && ++words > most)
                most = words;
        }
        CHECKF(g && most < 300, "join '%c': %zu words without a clause break", joins[j], most);
        free(g);
    }
    /* the lexicon's phonemes arrive, as phonemes */
    char *speech = sp_speech_text("Bakhmut today.", ST_SPEECH, &(sp_context){lex, 0, 0, 0, NULL, 0}), *out = syn_text(speech);
    CHECK_STR(out, "[[baxm'u:t]] today.");
    free(speech);
    free(out);
    /* a marker left open, or phonemes that are not plain, are dropped, not passed */
    out = syn_text("a \x01h@l'oU");
    CHECK_STR(out, "a ");
    free(out);
    out = syn_text("a \x01_^_xx\x02 b");
    CHECK_STR(out, "a  b");
    free(out);
    out = syn_text("a \xEE\x80\x80" "b \xD4\xB0" "c");
    CHECK_STR(out, "a b c");
    free(out);
    /* lexicon phonemes are checked when the lexicon is read */
    sp_lexicon l2 = {0};
    hd_diag d = {0};
    const char *bad[] = {"x\t[[_^_en]]\n", "x\t[[a]]b]]\n", "x\t[[<b>]]\n",
                         "x\t[[tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt]]\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECKF(sp_lexicon_parse(&l2, bad[i], strlen(bad[i]), "bad.txt", &d) == HD_ERR_SETTINGS,
               "bad lexicon line %zu accepted", i);
    sp_lexicon_clear(&l2);
}

/* French statements (lang 1): what French espeak-ng misreads, rewritten; what it reads
 * right, left alone. */
static const struct {
    const char *family, *in, *want;
} french[] = {
    {"touche", "Pour poser une question, appuyez sur *1.", "Pour poser une question, appuyez sur étoile 1."},
    {"unit\xC3\xA9s", "Un objectif de 95 g/km en 2030.", "Un objectif de 95 grammes par kilom\xC3\xA8tre en 2030."},
    {"abr\xC3\xA9viations", "En commission (doc. 56 0734/001).", "En commission, document 56 0734/001."},
    {"dates sans ann\xC3\xA9" "e", "D\xC3\xA8s le 17/3 et le 1/4, un bassin de 40 m3.", "D\xC3\xA8s le 17 mars et le 1er avril, un bassin de 40 m\xC3\xA8tres cubes."},
    {"capitales", "MESURES D'ORDRE INDIVIDUEL", "MESURES D'ORDRE INDIVIDUEL"},
    {"capitales", "L'ARBRE ET L'OMBRE DE L'OMS", "L'ARBRE ET L'OMBRE DE L'O M S"},
    {"articles", "L'article 49.3 et l'article 49-3, puis l'article R 121-1.", "L'article 49 3 et l'article 49 3, puis l'article R 121 tiret 1."},
    {"domaines", "Il sera publi\xC3\xA9 sur diplomatie.gouv.fr demain.", "Il sera publi\xC3\xA9 sur diplomatie point gouv point F R demain."},
    {"m\xC3\xA9gatonnes", "4,8 Mt CO2e par an.", "4,8 m\xC3\xA9gatonnes CO2 \xC3\xA9quivalent par an."},
    {"titres", "M. Ruiz, Mme Okafor, MM. Faure et Benali, Dr Lemaire.",
     "Monsieur Ruiz, Madame Okafor, Messieurs Faure et Benali, Docteur Lemaire."},
    {"heures", "Rendez-vous à 17 h 45, à 9h, à 21 h et à 1 h 05.",
     "Rendez-vous à 17 heures 45, à 9 heures, à vingt et une heures et à une heure 5."},
    {"ordinaux", "Le 1er mars, la 1re fois, la 2e étape, au XXIe siècle, François Ier, les 3es.",
     "Le premier mars, la première fois, la deuxième étape, au vingt et unième siècle, François premier, les troisièmes."},
    {"ordinaux", "Le XIXe siècle, la 80e session, le 101e jour, le 9e et le 5e rang.",
     "Le dix-neuvième siècle, la quatre-vingtième session, le cent unième jour, le neuvième et le cinquième rang."},
    {"argent", "Soit 8 M€, 1,2 Md€, 12 €, 1 234,50 $ et 40 milliards $.",
     "Soit 8 millions d'euros, 1,2 milliard d'euros, 12 euros, 1234 dollars 50 et 40 milliards de dollars."},
    {"nombres", "Plus de 12 000 personnes, 40 000 t et -4 %.", "Plus de 12000 personnes, 40000 tonnes et moins 4 %."},
    {"sigles", "L'UE, le PIB, l'OTAN, l'ONU et le CO2.", "L'U E, le P I B, l'OTAN, l'ONU et le C O 2."},
    {"abréviations", "Voir l'art. 5, p. ex. le n° 12, cf. p. 47, c.-à-d. demain.",
     "Voir l'article 5, par exemple le numéro 12, confère page 47, c'est-à-dire demain."},
    {"unités", "Sur 25 km, 40 kg et 3 MW, à 90 km/h.",
     "Sur 25 kilomètres, 40 kilogrammes et 3 mégawatts, à 90 kilomètres par heure."},
    {"adresses", "Écrire à presse@exemple.fr ou voir www.exemple.fr.",
     "Écrire à presse arobase exemple point F R ou voir exemple point F R."},
    /* another script is named, not spelled letter by letter */
    {"écritures", "Le poète \xD0\x86\xD0\xB2\xD0\xB0\xD0\xBD (Ivan) et \xCF\x86\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xB1.",
     "Le poète {uk:\xD0\x86\xD0\xB2\xD0\xB0\xD0\xBD}, Ivan, et {el:\xCF\x86\xCE\xB9\xCE\xBB\xCE\xAF\xCE\xB1}."},
    {"écritures", "Le panneau \xE5\xA4\x96\xE4\xBA\xA4\xE9\x83\xA8.", "Le panneau texte en chinois."},
    /* the code before the amount, Swiss "mio." and apostrophes */
    {"montants", "Soit 500 mio. CHF pour la ville, CHF 3 millions et CHF 16'400 (EUR 40 mio. pour tous).",
     "Soit 500 millions de francs suisses pour la ville, 3 millions de francs suisses et 16400 francs suisses, "
     "40 millions d'euros pour tous."},
    {"montants", "Un budget de 2 mrd CHF et USD 12,50.", "Un budget de 2 milliards de francs suisses et 12 dollars 50."},
    /* five to seven capitals no one says as a word are spelled; those said are not */
    {"montants", "Soit \xE2\x82\xAC 300 et \xE2\x82\xAC" "300.", "Soit 300 euros et 300 euros."},
    {"unités", "Soit 400 GWh.", "Soit 400 gigawattheures."},
    {"montants", "Soit 250 000 \xE2\x82\xAC, 12 000 000 \xE2\x82\xAC et 3 000 millions $ US.",
     "Soit 250000 euros, 12000000 euros et 3000 millions de dollars am\xC3\xA9ricains."},
    {"fils", "QU\xC3\x89" "BEC, le 3 f\xC3\xA9vr. 2025 /CNW/ - Le ministre annonce un plan.",
     "QU\xC3\x89" "BEC, le 3 f\xC3\xA9vrier 2025, Le ministre annonce un plan."},
    {"montants", "Soit 2500 $ US, 40 $ CA et 3 millions $ US.",
     "Soit 2500 dollars am\xC3\xA9ricains, 40 dollars canadiens et 3 millions de dollars am\xC3\xA9ricains."},
    {"sigles", "La FNSEA, l'ANSSI, l'URSSAF, l'UNESCO et l'INSEE.",
     "La F N S E A, l'A N S S I, l'URSSAF, l'UNESCO et l'INSEE."},
    /* « une » before a feminine noun; a masculine one, 71 and a number that names
     * (« page 21 ») stay */
    {"accord", "Soit 1 personne, 21 tonnes, 81 femmes, 101 places, 71 tonnes et 1 million.",
     "Soit une personne, vingt-et-une tonnes, quatre-vingt-une femmes, 100 une places, 71 tonnes et 1 million."},
    {"accord", "Voir la page 21 relative aux 31 communes.", "Voir la page 21 relative aux trente-et-une communes."},
    /* surnames in capitals are names: after a first name, or said as they are written */
    {"sigles", "Olaf SCHOLZ et Emmanuel MACRON avec STRAUSS.", "Olaf SCHOLZ et Emmanuel MACRON avec STRAUSS."},
    /* a quotation in English is English's; one in Spanish with a French small word
     * (« la ») stays French: the statement's own small words keep it */
    {"citations", "Il a dit \xC2\xAB\xC2\xA0we are all in this together\xC2\xA0\xC2\xBB hier.",
     "Il a dit {en:we are all in this together} hier."},
    {"citations", "Il a dit \xC2\xAB\xC2\xA0la paix est l\xC3\xA0\xC2\xA0\xC2\xBB hier.", "Il a dit la paix est l\xC3\xA0 hier."},
    /* a quotation over several sentences: its end, with no opening mark */
    {"citations", "Nous sommes pr\xC3\xAAts.\xC2\xA0\xC2\xBB", "Nous sommes pr\xC3\xAAts."},
    /* English rules do not touch a French sentence: no "the 3rd of", no "percent";
     * numeric dates are French dates, day first */
    {"anglais", "Le 03/02/2025, 35 % et 3:1.", "Le 3 février 2025, 35 % et 3:1."},
    {"dates", "Le 01.03.2025 et le 2025-03-04.", "Le 1er mars 2025 et le 4 mars 2025."},
    {"romains", "Louis XIV, Jean-Paul II, François Ier, au chapitre IV de la Ve partie.",
     "Louis 14, Jean-Paul 2, François premier, au chapitre 4 de la cinquième partie."},
    {"titres", "Merci, M. le ministre, et MM. les députés.", "Merci, Monsieur le ministre, et Messieurs les députés."},
    {"suisse", "Soit 1'250'000 francs et 16'400 emplois.", "Soit 1250000 francs et 16400 emplois."},
    {"heures", "Ouvert 24 h/24 et 7 j/7.", "Ouvert 24 heures sur 24 et 7 jours sur 7."},
    {"ordinaux", "La 2nde phase et le 2nd tour.", "La seconde phase et le second tour."},
    {"sigles", "L'AFD et l'OIM avec l'OTAN, selon l'AFP. LE PRÉSIDENT est là.",
     "L'A F D et l'O I M avec l'OTAN, selon l'A F P, LE PRÉSIDENT est là."},
};

/* Spanish statements (lang 2). */
static const struct {
    const char *family, *in, *want;
} spanish[] = {
    {"millones", "Una inversi\xC3\xB3n de $48,500 mdp y de $1,200 mdd.", "Una inversi\xC3\xB3n de 48,500 millones de pesos y de 1,200 millones de d\xC3\xB3lares."},
    {"tecla", "Para preguntar, marque *1.", "Para preguntar, marque asterisco 1."},
    {"grado por ordinal", "El 1\xC2\xB0 de junio, con 20 \xC2\xB0" "C.", "El primero de junio, con 20 grados Celsius."},
    {"pesos dominicanos", "Son RD$ 4.200 millones en la Pza. Mayor, Ext. 2231.", "Son 4200 millones de pesos dominicanos en la plaza Mayor, extensi\xC3\xB3n 2231."},
    {"fechas sin a\xC3\xB1o", "Desde el 17/3 y del 1/4, de 8 a 20 hs.", "Desde el 17 de marzo y del 1 de abril, de 8 a 20 horas."},
    {"inciso", "\xE2\x80\x94" "Ah\xC3\xAD atr\xC3\xA1s, \xC2\xBF" "c\xC3\xB3mo te llamas?\xE2\x80\x94",
     "Ah\xC3\xAD atr\xC3\xA1s, \xC2\xBF" "c\xC3\xB3mo te llamas?"},
    {"t\xC3\xADtulos", "La directora de Salud, Lic. Rosa Vera, y el director, Ing. Juan Soto.",
     "La directora de Salud, Licenciada Rosa Vera, y el director, Ingeniero Juan Soto."},
    {"tel\xC3\xA9" "fonos", "Llame al tel\xC3\xA9" "fono 913 358 412 o al WhatsApp 952 842 623; son 1 240 000 personas.",
     "Llame al tel\xC3\xA9" "fono 9 1 3, 3 5 8, 4 1 2 o al WhatsApp 9 5 2, 8 4 2, 6 2 3, son 1240000 personas."},
    {"n\xC3\xBAmero", "El comunicado No. 147.", "El comunicado n\xC3\xBAmero 147."},
    {"art\xC3\xAD" "culos", "El art\xC3\xAD" "culo 16.2 y el 3.5 %.", "El art\xC3\xAD" "culo 16 2 y el 3.5 %."},
    {"trimestres", "En el 3T de 2027, en el 2T y en el 1S de 2028.", "En el tercer trimestre de 2027, en el segundo trimestre y en el primer semestre de 2028."},
    {"tratamientos", "El Sr. Ruiz y la Sra. Okafor, con la Dra. Vidal.", "El Señor Ruiz y la Señora Okafor, con la Doctora Vidal."},
    {"ordinales", "El 1.º de junio, la 2.ª fase, el 3.er puesto y los 1.os.",
     "El primero de junio, la segunda fase, el tercer puesto y los primeros."},
    {"horas", "A las 17:45 h y a las 9 h.", "A las 17:45 horas y a las 9 horas."},
    {"horas en punto", "A las 10:00 h, a las 18.00 h y a la 1:00 h.", "A las 10 horas, a las 18 horas y a la una hora."},
    {"dinero", "Aportará 8 M€ y 12 €, también con EE. UU.", "Aportará 8 millones de euros y 12 euros, también con Estados Unidos."},
    {"abreviaturas", "Según el art. 17, p. ej. el n.º 4, aprox. hoy.", "Según el artículo 17, por ejemplo el número 4, aproximadamente hoy."},
    {"siglas", "La UE y el PIB.", "La U E y el P I B."},
    {"fechas", "El 15/03/2025 y Felipe VI con Juan Carlos I.", "El 15 de marzo de 2025 y Felipe sexto con Juan Carlos primero."},
    {"teléfono", "Llame al +34 913 000 000.", "Llame al más 3 4, 9 1 3, 0 0 0, 0 0 0."},
    {"abreviaturas", "SS.MM. los Reyes y las CC.AA. firmaron el N° 70 a las 10 hrs.",
     "Sus Majestades los Reyes y las comunidades autónomas firmaron el número 70 a las 10 horas."},
    {"ordinales", "El 13.º puesto, el 3er lugar, a las 9.30 horas.", "El 13 puesto, el tercer lugar, a las 9:30 horas."},
    {"dinero", "Son USD 12, EUR 3 millones y 3 mill. de euros.", "Son 12 dólares, 3 millones de euros y 3 millones de euros."},
    {"dinero", "Compró US$ 1.250 millones y U$S 28.500 millones.",
     "Compró 1250 millones de dólares estadounidenses y 28500 millones de dólares estadounidenses."},
    {"abreviaturas", "En el Km. 3, según Fdez. y Glez. Ruiz.", "En el kilómetro 3, según Fernández y González Ruiz."},
    {"siglas", "La FNSEA y el CSIF.", "La F N S E A y el C S I F."},
    /* a number agrees with the noun it counts; a year, a number that names, a verb
     * after it leave it alone */
    {"dinero", "Cuesta $20, $1.205.450 millones y 1 $.", "Cuesta 20 dólares, 1205450 millones de dólares y un dólar."},
    {"dinero", "Son 250 000 \xE2\x82\xAC.", "Son 250000 euros."},
    {"concordancia", "Aportará 1 M€, 21 millones, 200 toneladas, 1 vez y 21 personas.",
     "Aportará un millón de euros, veintiún millones, doscientas toneladas, una vez y veintiuna personas."},
    {"concordancia", "Hubo 101 camiones, 200.000 personas, 31.000 euros y 1 plan.",
     "Hubo ciento un camiones, doscientas mil personas, treinta y un mil euros y un plan."},
    {"concordancia", "En 2021 hubo 3 días; el siglo 21 necesita agua y los 21 participaron el 1 de enero.",
     "En 2021 hubo 3 días, el siglo 21 necesita agua y los 21 participaron el 1 de enero."},
    /* a Spanish quotation with a word French also writes stays Spanish; an English
     * one is English's */
    {"citas", "\xC2\xAB" "No podemos esperar a la pr\xC3\xB3xima\xC2\xBB, dijo.", "No podemos esperar a la próxima, dijo."},
    {"citas", "Dijo \xE2\x80\x9Cwe will be there for them\xE2\x80\x9D ayer.", "Dijo {en:we will be there for them} ayer."},
    {"horas", "Hasta las 24:00 horas, a las 08:00, a las 7:45 a. m., a las 9 a.m. y a las 10:00 p. m.",
     "Hasta las 24 horas, a las 8 horas, a las 7:45 de la ma\xC3\xB1" "ana, a las 9 de la ma\xC3\xB1" "ana y a las 10 de la tarde."},
    {"abreviaturas", "El COMUNICADO N.\xC2\xB0 012 con S/ 160 millones en 18 ha.",
     "El COMUNICADO n\xC3\xBAmero 012 con 160 millones de soles en 18 hect\xC3\xA1reas."},
};

/* Speech text with each passage in another language as {code:text}. New string. */
static char *visible(const char *speech)
{
    size_t n = speech ? strlen(speech) : 0, k = 0;
    char *v = speech ? malloc(n + 1) : NULL;
    for (size_t i = 0; v && i < n; i++) {
        char c = speech[i];
        v[k++] = c == SP_SPAN_OPEN ? '{' : c == SP_SPAN_TEXT ? ':' : c == SP_SPAN_CLOSE ? '}' : c;
    }
    if (v)
        v[k] = '\0';
    return v;
}

int main(void)
{
    for (size_t i = 0; i < sizeof spanish / sizeof *spanish; i++) {
        char *speech = sp_speech_text(spanish[i].in, ST_SPEECH, &(sp_context){NULL, 0, 2, 0, NULL, 0});
        char *got = visible(speech);
        free(speech);
        CHECKF(got && strcmp(got, spanish[i].want) == 0, "es %s: [%s]\n    got  [%s]\n    want [%s]",
               spanish[i].family, spanish[i].in, got ? got : "(null)", spanish[i].want);
        free(got);
    }
    /* where the statement says "$" is the peso (México, "US$" for the dollar …) */
    {
        static const char *const in[][2] = {
            {"Un super\xC3\xA1vit de $1.205.450 millones y $20.45 por litro.",
             "Un super\xC3\xA1vit de 1205450 millones de pesos y 20 pesos 45 por litro."},
            {"Son $ 300 y US$ 5.", "Son 300 pesos y 5 d\xC3\xB3lares estadounidenses."},
            /* the sign and the word written both; commas grouping thousands */
            {"Cuesta $350 pesos y hay $1,200 millones de pesos para 1,234,567 personas.",
             "Cuesta 350 pesos y hay 1200 millones de pesos para 1234567 personas."},
        };
        for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
            char *got = sp_speech_text(in[i][0], ST_SPEECH, &(sp_context){NULL, 0, 2, 1, NULL, 0});
            CHECKF(got && strcmp(got, in[i][1]) == 0, "pesos: [%s]\n    got  [%s]\n    want [%s]", in[i][0],
                   got ? got : "(null)", in[i][1]);
            free(got);
        }
    }
    for (size_t i = 0; i < sizeof french / sizeof *french; i++) {
        char *speech = sp_speech_text(french[i].in, ST_SPEECH, &(sp_context){NULL, 0, 1, 0, NULL, 0});
        char *got = visible(speech);
        free(speech);
        CHECKF(got && strcmp(got, french[i].want) == 0, "fr %s: [%s]\n    got  [%s]\n    want [%s]",
               french[i].family, french[i].in, got ? got : "(null)", french[i].want);
        free(got);
    }
    sp_lexicon lex = {0};
    const data_file *f = data_get("voices/lexicon.txt");
    CHECK(f != NULL);
    if (f)
        CHECK_INT(sp_lexicon_parse(&lex, f->bytes, f->len, "built-in", NULL), HD_OK);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        /* compared as espeak-ng is given it: lexicon phonemes in [[ ]] */
        char *speech = sp_speech_text(cases[i].in, cases[i].kind, &(sp_context){&lex, 0, 0, 0, NULL, 0});
        char *guarded = speech ? syn_text(speech) : NULL, *got = visible(guarded);
        free(guarded);
        CHECKF(got && strcmp(got, cases[i].want) == 0, "%s: [%s]\n    got  [%s]\n    want [%s]",
               cases[i].family, cases[i].in, got ? got : "(null)", cases[i].want);
        free(speech);
        free(got);
    }
    test_guard(&lex);
    test_footnotes();

    /* A user's entry wins; lower-case entries match any case; bad lines are errors. */
    const char *user = "# mine\nkyiv\tKee-iv\nNARVA = Nar-vah\n";
    CHECK_INT(sp_lexicon_parse(&lex, user, strlen(user), "mine.txt", NULL), HD_OK);
    char *got = sp_speech_text("KYIV and Narva and NARVA.", ST_SPEECH, &(sp_context){&lex, 0, 0, 0, NULL, 0});
    CHECK_STR(got, "Kee-iv and Narva and Nar-vah.");
    free(got);
    hd_diag d = {0};
    CHECK_INT(sp_lexicon_parse(&lex, "ok\tfine\nlonely\n", 15, "bad.txt", &d), HD_ERR_SETTINGS);
    CHECK_INT(d.line, 2);
    CHECK_STR(d.path, "bad.txt");
    sp_lexicon_clear(&lex);
    return h_report("test_speech");
}
