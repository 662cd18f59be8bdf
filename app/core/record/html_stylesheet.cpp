#include "record/html_stylesheet.h"

namespace vigie {

namespace {

const char* const kScreen = R"css(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px;
  line-height: 1.45; color: #1b1f24; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; color: #000e9c; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #000e9c; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p { margin: .25rem 0; }
a { color: #0050d7; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d5d9e0; }
thead th { background: #eef2f8; font-size: .85rem; }
table.facts { width: auto; }
table.facts th { padding-right: 1.5rem; }
td.status { white-space: nowrap; width: 12rem; }
td.changed { white-space: nowrap; width: 9.5rem; color: #4a515c; font-size: .85rem; }
.mark { font-size: 1.15em; }
.status-done .mark { color: #1e7d32; }
.status-attention .mark { color: #b35c00; }
.status-na .mark { color: #6b7280; }
.intro, .summary, .progress { color: #3c434d; }
.label { font-weight: 600; }
.note { border-left: 3px solid #c7cdd6; padding-left: .6rem; color: #2f3540; }
.note-text { white-space: pre-wrap; }
.evidence { background: #f1f5fa; padding: .3rem .6rem; font-size: .9rem; border-left: 3px solid #0050d7;
  margin-top: .3rem; }
.evidence.verdict-ok { border-left-color: #1e7d32; }
.evidence.verdict-attention { border-left-color: #b35c00; background: #fdf3e7; }
.evidence.verdict-unknown { border-left-color: #6b7280; }
.verdict-text { font-weight: 600; }
ul.evidence-lines { margin: .15rem 0; padding-left: 1.2rem; }
.disagreement { font-weight: 600; color: #8a4500; }
.caption { font-weight: 600; }
ul.links { margin: .2rem 0 .6rem; }
aside.tip, aside.warning { border-left: 4px solid #0050d7; background: #f1f5fa; padding: .3rem .7rem; margin: .5rem 0; }
aside.warning { border-left-color: #b35c00; background: #fdf3e7; }
ul.choices { list-style: none; padding: 0; margin: .3rem 0; }
ul.choices li { display: inline-block; margin-right: 1.4rem; }
.line { border-bottom: 1px solid #7a828e; height: 1.7rem; }
nav ol { padding-left: 1.4rem; }
)css";

const char* const kPrint = R"css(
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #4a515c; }
  section.wizard { break-before: page; }
  tr, .step h3, .line { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  thead th { background: none; border-bottom: 1.5pt solid #1b1f24; }
}
)css";

}  // namespace

std::string htmlStylesheet(PaperSize paper) {
    std::string page = paper == PaperSize::Letter ? "letter" : "A4";
    return std::string(kScreen) + kPrint + "@page { size: " + page + "; margin: 16mm 14mm; }\n";
}

}  // namespace vigie
