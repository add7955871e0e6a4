// English texts of the style, font, layout, PDF and file messages.
#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    // Style (TOML) files.
    {"GW-E-STYLE", "range", "from {lo} to {hi}{unit}"},
    {"GW-E-STYLE", "range-ratio", "greater than 0 and at most 1"},
    {"GW-E-STYLE", "or", " or "},
    {"GW-E-STYLE", "lacks", "the style lacks [{table}] {key}; the built-in style must set every key"},
    {"GW-E-STYLE", "key-value", "[{table}] {key} = {value} {what}"},
    {"GW-E-STYLE", "not-number", "is not a number; write a number {range}"},
    {"GW-E-STYLE", "number-range", "is outside the allowed range; write a number {range}"},
    {"GW-E-STYLE", "not-whole", "is not a whole number; write one {range}"},
    {"GW-E-STYLE", "whole-range", "is outside the allowed range; write a whole number {range}"},
    {"GW-E-STYLE", "not-colour",
     "is not a colour; write \"cmyk(c,m,y,k)\", \"rgb(r,g,b)\" or \"gray(g)\" with plain "
     "decimals from 0 to 1, e.g. \"cmyk(0,1,1,0)\""},
    {"GW-E-STYLE", "not-flag", "is not true or false; write true or false"},
    {"GW-E-STYLE", "not-choice", "is not allowed; write {choices}"},
    {"GW-E-STYLE", "not-font-chain",
     "is not a font chain; write a list of 1 to {max} font paths or \"fc:Family\" names"},
    {"GW-E-STYLE", "unknown-table", "unknown style table [{table}]"},
    {"GW-E-STYLE", "unknown-key", "unknown style key {table}.{key}"},
    {"GW-E-STYLE", "toml", "style file is not valid TOML: {what}"},
    {"GW-E-STYLE", "non-ascii",
     "a non-ASCII character outside a string or comment, or right after a backslash in a "
     "\"\"\" string; TOML allows it only inside quotes or after #"},
    {"GW-E-STYLE", "room",
     "ends {end} from the page top, {over} below the {limit} that leave one blank line and the "
     "first body line on page 1 (§7.3.3)"},
    {"GW-E-STYLE", "masthead-room",
     "the 版头 (the mark 35 mm below the 版心 top at masthead_pt, the 发文字号 two lines below, "
     "the red rule 4 mm under it) {room}; make body_height_mm larger or masthead_pt smaller"},
    {"GW-E-STYLE", "title-room",
     "[title] blank_lines_above = {lines} and one line_pitch_pt = {pitch} below the red rule: "
     "the title {room}; use fewer blank lines or a taller 版心"},
    {"GW-E-STYLE", "letter-room",
     "[letter] the 信函's mark at mark_top_mm = {top}, its double line 4 mm below and the title "
     "below that: the title {room}"},
    {"GW-E-STYLE", "order-room", "[order] the 命令's mark at mark_below_body_top_mm = {offset} {room}"},
    {"GW-E-STYLE", "body-wider",
     "[page] left_mm + body_width_mm = {sum} is wider than width_mm = {page}; the 版心 must lie "
     "inside the page"},
    {"GW-E-STYLE", "body-taller",
     "[page] top_mm + body_height_mm = {sum} is taller than height_mm = {page}; the 版心 must "
     "lie inside the page"},
    {"GW-E-STYLE", "page-number-room",
     "the page number (dash_center_below_body_mm plus one page_number_pt below the 版心) ends "
     "{end} from the page top, below height_mm = {page}; leave room for it under the 版心"},
    {"GW-E-STYLE", "line-pitch",
     "[grid] lines_per_page = {lines} gives a line pitch of {pitch} (body_height_mm / "
     "lines_per_page), less than body_pt = {body}; use fewer lines or a smaller body_pt"},
    {"GW-E-STYLE", "char-pitch",
     "[{table}] {key} = {chars} gives a character pitch of {pitch} (body_width_mm / {chars}), "
     "less than 0.9 × body_pt = {body}; use fewer characters or a smaller body_pt"},
    {"GW-E-STYLE", "tight-pitch",
     "[layout] tight_min_line_pitch_pt = {pitch} is less than body_pt = {body}; a tightened line "
     "must still hold a line of text"},
    {"GW-E-STYLE", "title-pitch",
     "[title] line_pitch_pt = {pitch} is less than title_pt = {size}; title lines would overlap"},
    {"GW-E-STYLE", "colophon-size",
     "[sizes] colophon_pt = {size} is more than the line pitch {pitch}; 版记 lines are set on the "
     "grid"},
    {"GW-E-STYLE", "seal-wider", "[layout] seal_diameter_mm = {diameter} is wider than the 版心 ({width})"},
    {"GW-E-STYLE", "letter-line", "[letter] line_length_mm = {length} is wider than the page ({page})"},
    {"GW-E-STYLE", "letter-lines",
     "[letter] mark_top_mm + bottom_line_above_page_bottom_mm = {sum} leaves no page between "
     "them (height_mm = {page})"},
    {"GW-E-STYLE", "order-mark",
     "[order] mark_below_body_top_mm = {offset} is not inside the 版心 (body height {height})"},
    {"GW-E-STYLE-UNREADABLE", "", "cannot read style file {path}: {why}; check the --style path"},
    {"GW-E-STYLE-UNREADABLE", "too-large",
     "it is larger than the style file limit of {limit} bytes (1 MiB)"},
    {"GW-E-STYLE-UNREADABLE", "not-regular", "it is not a regular file"},
    {"GW-E-FONT-ROLE", "",
     "unknown font role '{role}'; roles are xiaobiaosong, fangsong, heiti, kaiti, songti"},
    // Fonts and shaping.
    {"GW-E-FONT-UNAVAILABLE", "",
     "font '{font}' for role {role} cannot be used: {why}; run scripts/setup.sh to fetch the "
     "default fonts, or point the role at another font with --font ROLE=PATH"},
    {"GW-W-FALLBACK-UNAVAILABLE", "", "font '{font}' for role {role} cannot be used: {why}"},
    {"GW-W-FONT-SUBSTITUTED", "",
     "font \"{font}\" for role {role} is not installed; using the role's default \"{default}\" "
     "instead (install the font, or alias the name in fontconfig)"},
    {"GW-E-OUT-OF-MEMORY", "shaping",
     "HarfBuzz ran out of memory shaping the text at {at} ({count} places); free memory or "
     "render fewer documents at once"},
    {"GW-E-OUT-OF-MEMORY", "shaping-one",
     "HarfBuzz ran out of memory shaping the text at {at} ({count} place); free memory or "
     "render fewer documents at once"},
    {"GW-E-MISSING-GLYPH", "",
     "no configured font or fallback has these characters: {list}; add a font that has them "
     "to the role's chain (--font or the style's [fonts])"},
    {"GW-E-MISSING-GLYPH", "item", "{char} at {at} ({role})"},
    {"GW-W-FONT-FALLBACK", "", "role {role} uses fallback font \"{font}\" for {list}"},
    {"GW-W-FONT-FALLBACK", "item", "{char} at {at}"},
    // The pipeline.
    {"GW-E-INPUT-TOO-LARGE", "render",
     "input is {bytes} bytes; the limit is {limit} bytes (raise Limits::max_input_bytes if it "
     "is intended)"},
    {"GW-E-INPUT-TOO-LARGE", "file",
     "{path} is over the input limit of {limit} bytes; raise Limits::max_input_bytes if it is "
     "intended"},
    {"GW-E-INPUT-EMPTY", "", "the input is empty (0 bytes): pass the text and its length in bytes, or NUL-terminated text with length 0"},
    {"GW-E-OUT-OF-MEMORY", "render", "ran out of memory while rendering"},
    {"GW-E-INTERNAL", "render", "internal error: {what}; please report it"},
    {"GW-E-INTERNAL", "render-unknown", "internal error; please report it"},
    {"GW-E-INTERNAL", "stray-box",
     "internal error: layout put a box where it may not go ({what}); please report it with the "
     "input"},
    // Layout.
    {"GW-E-TOO-MANY-PAGES", "",
     "the document needs more than {max} pages; raise the page limit (Limits::max_pages) if "
     "this is intended"},
    {"GW-E-MASTHEAD-TOO-TALL", "",
     "the 版头 ends {end:.1f} mm from the page top, {over:.1f} mm below the {limit:.1f} mm that "
     "leave room for the 主体 on page 1; put fewer issuers on the 发文机关标志 (the lead issuer "
     "alone, or short names)"},
    {"GW-E-TITLE-TOO-LONG", "",
     "the title needs {lines} lines but only {fit} fit on page 1 below the 版头 (page 1 must "
     "also show the first body line); shorten the title"},
    {"GW-E-COLOPHON-TOO-LONG", "",
     "the 版记 needs {lines} lines but a page holds {page}; shorten the 主送 or 抄送 lists"},
    {"GW-E-TABLE-TOO-WIDE", "",
     "the columns' mm widths add up to {total:.1f} mm but the 版心 is {width:.1f} mm wide; "
     "narrow them, or give some a share (N*) instead"},
    {"GW-E-TABLE-COLUMN-NARROW", "",
     "column {column} is {width:.1f} mm wide, too narrow for one character at the table's size "
     "({min:.1f} mm with padding); widen it or use fewer columns"},
    {"GW-W-TABLE-ROW-SPLIT", "",
     "a table row (with the rows its rowspans join) is taller than a page, so it is split "
     "between its text lines; shorten its cells or split the row"},
    {"GW-E-MASTHEAD-TOO-WIDE", "",
     "the 发文机关标志 does not fit the 版心 even condensed to 60 % at the title's size "
     "({size:.0f} pt): {over:.1f} mm too wide ({needed:.1f} mm needed, {width:.1f} mm "
     "available); use the issuers' short names (规范化简称)"},
    {"GW-E-LINE-OVERFLOW", "",
     "the {element} must stay on one line but is {over:.1f} mm too wide ({needed:.1f} mm "
     "needed, {width:.1f} mm available); shorten it"},
    {"line-element", "title line", "title line"},
    {"line-element", "印发机关和印发日期 line (<printer>, <print-date>)",
     "印发机关和印发日期 line (<printer>, <print-date>)"},
    {"line-element", "发文字号 (<doc-number>)", "发文字号 (<doc-number>)"},
    {"line-element", "签发人 line (<signers>)", "签发人 line (<signers>)"},
    {"line-element", "签发人职务和签名章 line (<position>, <name>)",
     "签发人职务和签名章 line (<position>, <name>)"},
    {"GW-E-PDF", "", "could not write the PDF: {what}"},
    // Files.
    {"GW-E-IMPORT-FORMAT", "binary",
     "{path} cannot be read (.doc and .wps are binary formats, PDF is print output): open it in "
     "Word or WPS and save it as .docx"},
    {"GW-E-OUTPUT-IS-INPUT", "",
     "refusing to write the PDF over the input {path}; choose another output path"},
    {"GW-E-INPUT-UNREADABLE", "", "cannot read {path}: {why}"},
    {"GW-E-INPUT-UNREADABLE", "folder", "cannot read {path}: it is a folder"},
    {"GW-E-OUTPUT-UNWRITABLE", "", "cannot write {path}: {why}"},
    {"GW-E-OUTPUT-NOT-REGULAR", "",
     "refusing to write the PDF to {path}: it is {what}, not a regular file; name a regular "
     "file (or a new one) as the output"},
    {"file-kind", "character-device", "a character device"},
    {"file-kind", "block-device", "a block device"},
    {"file-kind", "fifo", "a FIFO (named pipe)"},
    {"file-kind", "socket", "a socket"},
    {"file-kind", "folder", "a folder"},
    {"file-kind", "symlink", "a symbolic link"},
    {"file-kind", "other", "not a regular file"},
    {"file-kind", "foreign-symlink", "a symbolic link owned by another user in a shared sticky folder"},
    {"file-kind", "dangling-symlink", "a symbolic link to nothing that exists ({why})"},
    {"file-kind", "symlink-to", "a symbolic link to {kind}"},
};

}  // namespace

std::span<const CatalogEntry> en_render_messages() { return kMessages; }

}  // namespace gongwen::detail
