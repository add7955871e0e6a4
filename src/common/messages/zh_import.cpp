// 中文文本：导入（.docx、.txt）的提示和说明。
#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    {"GW-E-IMPORT-BAD-OPTION", "", "--date 给出的日期“{value}”不存在；请写成 YYYY-MM-DD，如 2022-03-31"},
    {"GW-E-IMPORT-NO-TITLE", "",
     "没有识别出标题：请用 --title 给出；或用 --partial 先写出 XML，再由人工补全"},
    {"GW-E-IMPORT-NO-TITLE", "partial", "没有识别出标题：请用 --title 给出（已按 --partial 写出不完整的 XML）"},
    {"GW-E-IMPORT-NO-DATE", "",
     "没有识别出成文日期：请用 --date YYYY-MM-DD 给出；或用 --partial 先写出 XML，再由人工补全"},
    {"GW-E-IMPORT-NO-DATE", "partial",
     "没有识别出成文日期：请用 --date YYYY-MM-DD 给出（已按 --partial 写出不完整的 XML）"},
    {"GW-E-IMPORT-NO-ISSUER", "",
     "成文日期上方没有识别出发文机关署名：请用 --issuer 给出；或用 --partial 先写出 XML，再由人工补全"},
    {"GW-E-IMPORT-NO-ISSUER", "partial",
     "成文日期上方没有识别出发文机关署名：请用 --issuer 给出（已按 --partial 写出不完整的 XML）"},
    {"GW-E-IMPORT-TOO-LARGE", "",
     "输入有 {bytes} 字节，超过上限 {limit} 字节；请拆分文件，或调高上限（--max-input-bytes）"},
    {"GW-E-IMPORT-TOO-LARGE", "part", "{what}：超过上限；请拆分文件，或调高上限（--max-input-bytes）"},
    {"GW-E-IMPORT-EMPTY", "", "文本中没有可导入的内容；请确认文件是否选对"},
    {"GW-E-IMPORT-BINARY", "",
     "{kind}（{codepoint}）不是文字：这不是文本文件，或文件已损坏；请导入另存为 UTF-8 或 GB18030 的 .txt"},
    {"GW-E-IMPORT-FORMAT", "not-text",
     "这是{kind}，不是文本：请用 Word 或 WPS 打开，另存为 .docx（或把文字复制到 .txt 中）"},
    {"GW-E-IMPORT-FORMAT", "not-word",
     "这个 zip 包不是 Word 文档（没有 word/document.xml）：请导入 .docx 或 .txt"},
    {"GW-E-IMPORT-ENCODING", "",
     "第 {offset} 字节处：{problem}；请把文本另存为 UTF-8（或 GB18030，或带 BOM 的 UTF-16）"},
    {"GW-E-IMPORT-DOCX", "", "这个 .docx 无法读取：{why}；请用 Word 或 WPS 打开，重新另存为 .docx"},
    {"GW-N-IMPORT-ELEMENT", "", "识别出{label} <{name}>：{text}"},
    {"GW-N-IMPORT-ELEMENT", "paragraph", "识别出正文 {count} 段"},
    {"GW-N-IMPORT-ELEMENT", "paragraphs", "识别出正文 {count} 段"},
    {"binary-kind", "a .doc or .wps file (Word 97 / WPS binary)", " .doc 或 .wps 文件（Word 97 / WPS 二进制格式）"},
    {"binary-kind", "a PDF file", " PDF 文件"},
    {"binary-kind", "an RTF file", " RTF 文件"},
    {"metadata-kind", "a 发布日期 line", "发布日期行"},
    {"metadata-kind", "a 责任编辑/稿件来源 line", "责任编辑/稿件来源行"},
    {"metadata-kind", "a 作者/来源 line", "作者/来源行"},
    {"metadata-kind", "the page's TOP link", "网页的“返回顶部”链接"},
    // 导入说明。
    {"import-note", "title-option", "用 --title 给出的标题取代了文本中的标题"},
    {"import-note", "issuer-option", "用 --issuer 给出的署名取代了文本中的署名"},
    {"import-note", "date-option", "用 --date 给出的日期取代了文本中的成文日期"},
    {"import-note", "issuers-from-masthead", "成文日期上方没有署名：用发文机关标志中的机关作为署名"},
    {"import-note", "list-number", "Word 自动编号“{number}”已写成文字"},
    {"import-note", "pingji", "删去了“平急”：GB/T 9704-2012 的紧急程度只有“特急”和“加急”"},
    {"import-note", "doc-number-brackets", "发文字号“{before}”的年份改用六角括号〔〕：“{after}”"},
    {"import-note", "title-by-look", "居中、字大、加粗，判断为标题"},
    {"import-note", "title-spaces", "删去了标题中的空格"},
    {"import-note", "title-joined", "标题占 {lines} 行（到第 {last} 行），已合并为一个标题"},
    {"import-note", "title-before-addressee", "这一行末尾没有文种，但下面是主送机关，判断为标题"},
    {"import-note", "heading-number",
     "层次标题的序号是“{marker}”，按顺序应为“{expected}”；序号按原样保留（number=\"none\"）"},
    {"import-note", "runin", "段中标题：句号后接正文"},
    {"import-note", "joined-line", "与第 {line} 行合并（该行在句中断开）"},
    {"import-note", "printer-above", "印发机关在印发日期的上一行"},
    {"import-note", "name-space", "删去了姓名中的空格"},
    {"import-note", "cc-final-stop", "名单末尾的句号由排版程序自动加上，已删去"},
    {"import-note", "attachment-untitled", "附件标识后没有附件名称；把这一行作为附件名称"},
    {"import-note", "after-date", "成文日期之后的文字放入附注"},
    {"import-note", "attachment-missing", "附件说明列出了附件“{name}”，但文本中没有它的内容；请补上"},
    {"import-note", "attachment-count", "附件说明列出 {listed} 个附件，但文本中有 {found} 个"},
    {"import-note", "breadcrumb", "删去了网页导航“{text}”"},
    {"import-note", "metadata", "删去了{kind}：“{text}”"},
    {"import-note", "site-column", "删去了“{text}”（网页导航中的栏目名）"},
    {"import-note", "page-heading", "删去了网页标题“{text}”（下文作为标题重复出现）"},
    {"import-note", "halfwidth", "汉字之间的 {count} 个半角标点已改为全角"},
    {"import-note", "halfwidth-one", "汉字之间的 {count} 个半角标点已改为全角"},
    {"import-note", "doubled-mark", "第 {column} 列的重复标点“{mark}”予以保留；请核对"},
};

}  // namespace

std::span<const CatalogEntry> zh_import_messages() { return kMessages; }

}  // namespace gongwen::detail
