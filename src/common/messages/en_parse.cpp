// English texts of the XML stage's messages (the texts the library has always had).
#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    {"GW-E-ENCODING", "utf32", "the file is UTF-32; save it as UTF-8"},
    {"GW-E-ENCODING", "utf16", "the file is UTF-16; save it as UTF-8"},
    {"GW-E-ENCODING", "nul",
     "the file has NUL bytes (UTF-16 or UTF-32 without a byte-order mark?); save it as UTF-8"},
    {"GW-E-ENCODING", "not-utf8",
     "the file is not valid UTF-8 here; save it as UTF-8 (the contract's only encoding)"},
    {"GW-E-ENCODING", "declared",
     "the XML declares encoding \"{encoding}\"; only UTF-8 is accepted: save the file as UTF-8 "
     "and declare encoding=\"UTF-8\""},
    {"GW-E-XML-MALFORMED", "control", "control character {codepoint} is not allowed in XML; remove it"},
    {"GW-E-XML-MALFORMED", "declaration-not-first",
     "the XML is not well-formed: an XML declaration <?xml …?> must be the very first thing in "
     "the file (not even a space or line before it); move it to the start or remove it"},
    {"GW-E-XML-MALFORMED", "second-declaration",
     "the XML is not well-formed: a second XML declaration <?xml …?>; a file has one, at its "
     "very start: remove this one"},
    {"GW-E-XML-MALFORMED", "bad-reference",
     "the XML is not well-formed: \"&#\" starts no character reference here; write one as "
     "&#x4E2D; or &#20013; (with the ';'), or &amp; for a literal &"},
    {"GW-E-XML-MALFORMED", "after-root",
     "the XML is not well-formed: there is content after the root element </gongwen>; a notice "
     "is one <gongwen> element"},
    {"GW-E-XML-MALFORMED", "text-outside-root",
     "the XML is not well-formed: text outside the root element <gongwen>; remove it"},
    {"GW-E-XML-MALFORMED", "parse",
     "the XML is not well-formed ({what}); check that every tag is closed and that & and < in "
     "text are written &amp; and &lt;"},
    {"GW-E-XML-MALFORMED", "unclosed",
     "the XML is not well-formed: {element} is opened here but never closed; add </{name}> "
     "where it ends"},
    {"GW-E-XML-MALFORMED", "stray-close",
     "the XML is not well-formed: </{name}> closes nothing that is open here (the innermost "
     "open element is {element}, at line {line}); correct the tag's name or remove it"},
    {"GW-E-BAD-CHARACTER", "",
     "{codepoint} is {kind}, which a notice cannot carry; remove it (or type the character you "
     "meant)"},
    {"GW-E-BAD-CHARACTER", "reference",
     "the character reference {reference} is {codepoint}{kind}, which a notice cannot carry; "
     "remove it (or write the character you meant itself)"},
    {"GW-E-XML-ENTITY", "",
     "&{name}; is not an XML entity (a notice has no DOCTYPE, so only &amp; &lt; &gt; &quot; "
     "&apos; exist); write the character itself: {hint}"},
    {"GW-E-XML-DOCTYPE", "",
     "a DOCTYPE is not allowed (the contract never declares or expands entities); remove the "
     "<!DOCTYPE …> line"},
    {"GW-E-NESTING", "", "elements are nested more than {depth} deep; flatten the document"},
    {"GW-E-INPUT-TOO-LARGE", "",
     "input is {bytes} bytes; the limit is {limit} (raise it with Limits::max_input_bytes)"},
    {"GW-E-XML-ROOT", "", "the root element must be <gongwen>, not {element}"},
    {"GW-E-OUT-OF-MEMORY", "parse", "ran out of memory while reading the XML; lower the input size"},
    {"GW-E-INTERNAL", "parse", "reading the XML failed: {what}"},
    {"GW-E-INTERNAL", "parse-unknown", "reading the XML failed"},
    {"GW-E-LANDSCAPE-PLACE", "",
     "orientation=\"…\" is allowed on <attachment> only (GB/T 9704 §8 横排 pages), not on "
     "{element}; put the wide table in an attachment with orientation=\"landscape\""},
    {"GW-E-UNKNOWN-ATTRIBUTE", "",
     "{element} has no attribute \"{attribute}\" (it may have {allowed}); remove it (see the "
     "README's XML format)"},
    {"GW-E-UNKNOWN-ATTRIBUTE", "none-allowed",
     "{element} has no attribute \"{attribute}\" (it takes none); remove it (see the "
     "README's XML format)"},
    {"GW-E-UNKNOWN-ELEMENT", "",
     "{element} is not allowed inside {parent}; see the README's XML format for what goes there"},
    {"GW-E-BAD-TEXT", "", "text directly inside {parent}; put it in an element such as <p>"},
    {"GW-E-DUPLICATE-ELEMENT", "", "{element} appears more than once here; keep one"},
    {"GW-E-BAD-FORMAT", "", "format=\"{value}\" is not one of document, letter, order, minutes"},
    {"GW-E-MISSING-ELEMENT", "body", "<body> is missing; every notice needs its 正文"},
    {"GW-E-MISSING-ELEMENT", "title",
     "<title> is missing; a document or letter needs its 标题 (it is optional only in "
     "format=\"order\" and format=\"minutes\")"},
    {"GW-E-MISSING-ELEMENT", "order-masthead",
     "<masthead> is missing; an order's 发文机关标志 is the issuer followed by 命令 or 令, e.g. "
     "<masthead suffix=\"令\"><issuer>某某省人民政府</issuer></masthead>"},
    {"GW-E-MISSING-ELEMENT", "order-signature",
     "an order's <signature> needs <name> (签发人) or <issuer>"},
    {"GW-E-MISSING-ELEMENT", "signature-issuer",
     "<signature> needs at least one <issuer> (发文机关署名)"},
    {"GW-E-MISSING-ELEMENT", "section-heading", "a <section> needs a <heading> (its title)"},
    {"GW-E-MISSING-ELEMENT", "masthead-issuer", "<masthead> needs at least one <issuer>"},
    {"GW-E-MISSING-ELEMENT", "signers-signer", "<signers> needs at least one <signer>"},
    {"GW-E-MISSING-ELEMENT", "signature-date",
     "<signature> needs a <date> (成文日期), e.g. 2022-03-31"},
    {"GW-E-MISSING-ELEMENT", "table-row", "a <table> needs at least one <tr> (in <thead> or <tbody>)"},
    {"GW-E-MISSING-ELEMENT", "colgroup-col", "<colgroup> needs a <col> per column (or leave it out)"},
    {"GW-E-MISSING-ELEMENT", "tr-cell", "a <tr> needs at least one <td> or <th>; remove the empty row"},
    {"GW-E-MISSING-ATTRIBUTE", "order-suffix",
     "an order's <masthead> needs suffix=\"命令\" or suffix=\"令\""},
    {"GW-E-MISSING-ATTRIBUTE", "attachment-title", "<attachment> needs title=\"…\" (the 附件 name)"},
    {"GW-E-MISSING-ATTRIBUTE", "seal-src", "<seal> needs src=\"file.png\""},
    {"GW-E-BAD-ATTRIBUTE", "order-suffix", "an order's masthead suffix is 命令 or 令, not \"{value}\""},
    {"GW-E-BAD-ATTRIBUTE", "runin", "runin=\"{value}\": write runin=\"true\" or runin=\"false\""},
    {"GW-E-BAD-ATTRIBUTE", "number",
     "number=\"{value}\": the only value is \"none\" (headings are numbered automatically by "
     "depth)"},
    {"GW-E-BAD-ATTRIBUTE", "orientation", "orientation=\"{value}\": write landscape (横排) or portrait"},
    {"GW-E-BAD-ATTRIBUTE", "table-size",
     "size=\"{value}\" is not a table size; write 三号, 小三, 四号 (the default) or 小四"},
    {"GW-E-BAD-ATTRIBUTE", "align", "align=\"{value}\": write left, center or right"},
    {"GW-E-BAD-ATTRIBUTE", "span", "{attribute}=\"{value}\": write a whole number from 1 to {max}"},
    {"GW-E-SEAL-COUNT", "",
     "{seals} seal(s) for {issuers} issuer(s); give one <seal> per <issuer>, in the same order"},
    {"GW-W-IGNORED-ELEMENT", "", "{element} is laid out only in format=\"minutes\"; it is left out"},
    {"GW-W-HALFWIDTH-PUNCT", "",
     "{count} half-width punctuation marks between Chinese characters in {element} became "
     "full-width (at {places}); type them full-width, or render with --keep-halfwidth-punct to "
     "keep them"},
    {"GW-W-HALFWIDTH-PUNCT", "one",
     "{count} half-width punctuation mark between Chinese characters in {element} became "
     "full-width (at {places}); type them full-width, or render with --keep-halfwidth-punct to "
     "keep them"},
    {"GW-W-HALFWIDTH-PUNCT", "attribute",
     "{count} half-width punctuation marks between Chinese characters in <{owner} "
     "{attribute}=\"…\"> became full-width (at {places}); type them full-width, or render with "
     "--keep-halfwidth-punct to keep them"},
    {"GW-W-HALFWIDTH-PUNCT", "attribute-one",
     "{count} half-width punctuation mark between Chinese characters in <{owner} "
     "{attribute}=\"…\"> became full-width (at {places}); type them full-width, or render with "
     "--keep-halfwidth-punct to keep them"},
    {"GW-E-EMPTY-ELEMENT", "", "{element} is empty; give it text"},
    {"GW-W-EMPTY-PARAGRAPH", "", "an empty <p> is left out"},
    {"GW-E-EMPTY-ELEMENT", "cc-label", "label=\"\" is empty; leave it out for 抄送"},
    {"GW-E-BAD-DATE", "",
     "{element} \"{value}\" is not a real date; write it as YYYY-MM-DD, e.g. 2022-03-31"},
    {"GW-E-SECTION-DEPTH", "",
     "sections go four levels deep at most (一、（一）1.（1）); this is a fifth: make it a "
     "paragraph of its parent, or move it up a level"},
    {"GW-W-COPY-NUMBER", "", "份号 is six Arabic digits (GB/T 9704 §7.2.1), e.g. 000123"},
    {"GW-E-TABLE-NESTED", "",
     "a <table> inside a table cell; tables do not nest: split it into two tables, or use "
     "colspan/rowspan"},
    {"GW-E-TABLE-ROW-WIDTH", "columns", "a table has at most {max} columns; split it"},
    {"GW-E-TABLE-ROW-WIDTH", "row-columns",
     "this row spans {columns} columns; a table has at most {max}: split it"},
    {"GW-E-TABLE-ROW-WIDTH", "row-past",
     "this row's cells (with their colspan and the rowspans from above) run past the table's "
     "{columns} columns; add or remove cells, or change a colspan"},
    {"GW-E-TABLE-ROW-WIDTH", "row-short",
     "this row's cells (with their colspan and the rowspans from above) do not fill the table's "
     "{columns} columns; add or remove cells, or change a colspan"},
    {"GW-E-TABLE-WIDTH", "",
     "width=\"{value}\" is neither millimetres nor a share; write e.g. width=\"14mm\" or "
     "width=\"2*\", or leave it out to fit the content"},
    {"GW-E-TABLE-ROWSPAN", "",
     "this cell's rowspan reaches {rows} row(s) past the end of its {element}; lower the rowspan "
     "or add rows"},
    {"GW-E-SEAL-UNREADABLE", "refused",
     "the seal image \"{src}\" cannot be used: it is missing or unreadable, lies outside the XML "
     "file's folder and the allowed seal folders (--seal-dir), or is not a PNG or JPEG file; "
     "give a PNG (with transparency) or JPEG by a path relative to the XML file"},
    {"GW-E-SEAL-UNREADABLE", "file-too-large",
     "the seal image \"{src}\" is {bytes} bytes; the limit is {limit} bytes (a seal PNG is "
     "usually under 1 MB); make it smaller"},
    {"GW-E-SEAL-UNREADABLE", "bytes-too-many",
     "the seal image \"{src}\" is {bytes} bytes; the limit is {limit} bytes"},
    {"GW-E-SEAL-UNREADABLE", "not-image", "the seal image \"{src}\" is not a PNG or JPEG image"},
    {"GW-E-SEAL-UNREADABLE", "no-pixels",
     "the seal image \"{src}\" has no pixels (a zero width or height)"},
    {"GW-E-SEAL-UNREADABLE", "too-many-pixels",
     "the seal image \"{src}\" is {width}×{height} pixels; the limit is {max_side} pixels a side "
     "and {max_pixels} pixels in all (a 42 mm seal at 1200 dpi is about 2000×2000); scale it down"},
    {"GW-E-SEAL-UNREADABLE", "out-of-memory",
     "the seal image \"{src}\" could not be decoded (out of memory)"},
    {"GW-E-SEAL-UNREADABLE", "broken-png",
     "the seal image \"{src}\" is a broken PNG ({detail}); export it again"},
    {"GW-E-SEAL-UNREADABLE", "broken-jpeg",
     "the seal image \"{src}\" is a broken JPEG ({detail}); scan or export it again"},
    {"GW-E-SEAL-UNREADABLE", "cmyk",
     "the seal image \"{src}\" is a CMYK JPEG; save or scan it as RGB (or export a PNG)"},
    // Words inside other messages.
    {"char-kind", "NUL", "NUL"},
    {"char-kind", "a control character", "a control character"},
    {"char-kind", "a UTF-16 surrogate, not a character", "a UTF-16 surrogate, not a character"},
    {"char-kind", "beyond U+10FFFF, the last Unicode code point",
     "beyond U+10FFFF, the last Unicode code point"},
    {"char-kind", "a Unicode noncharacter", "a Unicode noncharacter"},
    {"xml-status", "No error", "No error"},
    {"xml-status", "Error reading from file/stream", "Error reading from file/stream"},
    {"xml-status", "Could not allocate memory", "Could not allocate memory"},
    {"xml-status", "Internal error occurred", "Internal error occurred"},
    {"xml-status", "Could not determine tag type", "Could not determine tag type"},
    {"xml-status", "Error parsing document declaration/processing instruction", "Error parsing document declaration/processing instruction"},
    {"xml-status", "Error parsing comment", "Error parsing comment"},
    {"xml-status", "Error parsing CDATA section", "Error parsing CDATA section"},
    {"xml-status", "Error parsing document type declaration", "Error parsing document type declaration"},
    {"xml-status", "Error parsing start element tag", "Error parsing start element tag"},
    {"xml-status", "Error parsing element attribute", "Error parsing element attribute"},
    {"xml-status", "Error parsing end element tag", "Error parsing end element tag"},
    {"xml-status", "Start-end tags mismatch", "Start-end tags mismatch"},
    {"xml-status", "Unable to append nodes: root is not an element or document", "Unable to append nodes: root is not an element or document"},
    {"xml-status", "No document element found", "No document element found"},
    {"xml-status", "Error parsing PCDATA section", "Error parsing PCDATA section"},
    {"xml-status", "Unknown error", "Unknown error"},
    {"entity-hint", "nbsp", "U+00A0 (no-break space), or U+3000 (　) for a full-width space"},
    {"entity-hint", "ensp", "U+3000 (　), the full-width space"},
    {"entity-hint", "emsp", "U+3000 (　), the full-width space"},
    {"entity-hint", "copy", "© (U+00A9)"},
    {"entity-hint", "reg", "® (U+00AE)"},
    {"entity-hint", "mdash", "— (U+2014); a Chinese dash is two: ——"},
    {"entity-hint", "hellip", "… (U+2026); Chinese ellipsis is two: ……"},
    {"entity-hint", "middot", "· (U+00B7)"},
    {"entity-hint", "ldquo", "“ (U+201C) or ” (U+201D)"},
    {"entity-hint", "rdquo", "“ (U+201C) or ” (U+201D)"},
    {"entity-hint", "times", "× (U+00D7)"},
    {"entity-hint", "other",
     "e.g. U+3000 (　) for a full-width space, or a character reference such as &#x3000;"},
};

}  // namespace

std::span<const CatalogEntry> en_parse_messages() { return kMessages; }

}  // namespace gongwen::detail
