// English texts of the importer's messages and notes.
#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    {"GW-E-IMPORT-BAD-OPTION", "",
     "--date \"{value}\" is not a real date; write it as YYYY-MM-DD, e.g. 2022-03-31"},
    {"GW-E-IMPORT-NO-TITLE", "",
     "no 标题 (title) recognised: give it with --title; or use --partial to write the XML for a "
     "person to complete"},
    {"GW-E-IMPORT-NO-TITLE", "partial",
     "no 标题 (title) recognised: give it with --title (written incomplete: --partial)"},
    {"GW-E-IMPORT-NO-DATE", "",
     "no 成文日期 (signature date) recognised: give it with --date YYYY-MM-DD; or use --partial "
     "to write the XML for a person to complete"},
    {"GW-E-IMPORT-NO-DATE", "partial",
     "no 成文日期 (signature date) recognised: give it with --date YYYY-MM-DD (written "
     "incomplete: --partial)"},
    {"GW-E-IMPORT-NO-ISSUER", "",
     "no 署名 (issuer) recognised above the date: give it with --issuer; or use --partial to "
     "write the XML for a person to complete"},
    {"GW-E-IMPORT-NO-ISSUER", "partial",
     "no 署名 (issuer) recognised above the date: give it with --issuer (written incomplete: "
     "--partial)"},
    {"GW-E-IMPORT-TOO-LARGE", "",
     "the input is {bytes} bytes, over the limit of {limit}; split it or raise the limit "
     "(--max-input-bytes)"},
    {"GW-E-IMPORT-TOO-LARGE", "part",
     "{what}: over the limit; split the document or raise the limit (--max-input-bytes)"},
    {"GW-E-IMPORT-EMPTY", "", "the text holds nothing to import; check that it is the right file"},
    {"GW-E-IMPORT-BINARY", "",
     "{kind} ({codepoint}) is not text: this is not a text file, or it is damaged; import a .txt "
     "saved as UTF-8 or GB18030"},
    {"GW-E-IMPORT-FORMAT", "not-text",
     "this is {kind}, not text: open it in Word or WPS and save it as .docx (or copy its text "
     "into a .txt)"},
    {"GW-E-IMPORT-FORMAT", "not-word",
     "this zip package is not a Word document (no word/document.xml): import a .docx or a .txt"},
    {"GW-E-IMPORT-ENCODING", "",
     "at byte offset {offset}: {problem}; save the text as UTF-8 (or GB18030, or UTF-16 with a "
     "BOM)"},
    {"GW-E-IMPORT-DOCX", "",
     "this .docx cannot be read: {why}; open it in Word or WPS and save it again as .docx"},
    {"GW-N-IMPORT-ELEMENT", "", "recognised {label} <{name}>: {text}"},
    {"GW-N-IMPORT-ELEMENT", "paragraph", "recognised {count} body paragraph"},
    {"GW-N-IMPORT-ELEMENT", "paragraphs", "recognised {count} body paragraphs"},
    {"binary-kind", "a .doc or .wps file (Word 97 / WPS binary)",
     "a .doc or .wps file (Word 97 / WPS binary)"},
    {"binary-kind", "a PDF file", "a PDF file"},
    {"binary-kind", "an RTF file", "an RTF file"},
    {"metadata-kind", "a 发布日期 line", "a 发布日期 line"},
    {"metadata-kind", "a 责任编辑/稿件来源 line", "a 责任编辑/稿件来源 line"},
    {"metadata-kind", "a 作者/来源 line", "a 作者/来源 line"},
    {"metadata-kind", "the page's TOP link", "the page's TOP link"},
    // The import log's notes.
    {"import-note", "title-option", "--title replaces the title found in the text"},
    {"import-note", "issuer-option", "--issuer replaces the 署名 in the text"},
    {"import-note", "date-option", "--date replaces the 成文日期 in the text"},
    {"import-note", "issuers-from-masthead",
     "no 署名 above the 成文日期: the 发文机关标志's issuers are used"},
    {"import-note", "list-number", "Word's list number \"{number}\" written out"},
    {"import-note", "pingji", "dropped 平急: GB/T 9704-2012 has only 特急 and 加急"},
    {"import-note", "doc-number-brackets", "发文字号 \"{before}\" written with 〔〕: \"{after}\""},
    {"import-note", "title-by-look", "taken as the title: centred, large and bold"},
    {"import-note", "title-spaces", "removed the spaces inside the title"},
    {"import-note", "title-joined", "title over {lines} lines (to line {last}) joined"},
    {"import-note", "title-before-addressee",
     "no 文种 at the end of this line; taken as the title because the 主送机关 follows"},
    {"import-note", "heading-number",
     "heading numbered \"{marker}\" where {expected} was expected; its number is kept as written "
     "(number=\"none\")"},
    {"import-note", "runin", "run-in heading: body text follows its 。"},
    {"import-note", "joined-line", "joined to line {line}, which ends in mid-sentence"},
    {"import-note", "printer-above", "印发机关 on the line above its 印发日期"},
    {"import-note", "name-space", "removed the space inside the name"},
    {"import-note", "cc-final-stop", "the final 。 of the list is left to the engine, which adds it"},
    {"import-note", "attachment-untitled", "附件 label without a title; kept as the title"},
    {"import-note", "after-date", "text after the 成文日期 kept in the 附注"},
    {"import-note", "attachment-missing",
     "附件 \"{name}\" is listed but its content is not in the text; add it"},
    {"import-note", "attachment-count", "附件说明 lists {listed} attachments but the text has {found}"},
    {"import-note", "breadcrumb", "removed the breadcrumb \"{text}\""},
    {"import-note", "metadata", "removed {kind}: \"{text}\""},
    {"import-note", "site-column", "removed \"{text}\", a site column named in the breadcrumb"},
    {"import-note", "page-heading", "removed the page heading \"{text}\", repeated as the title below"},
    {"import-note", "halfwidth", "made {count} half-width punctuation marks between CJK characters full-width"},
    {"import-note", "halfwidth-one", "made {count} half-width punctuation mark between CJK characters full-width"},
    {"import-note", "doubled-mark", "doubled mark \"{mark}\" at column {column} kept; check it"},
};

}  // namespace

std::span<const CatalogEntry> en_import_messages() { return kMessages; }

}  // namespace gongwen::detail
