// 中文文本：XML 阶段的提示（写给办公室工作人员：说清哪里不对、该怎么改）。
// 元素名用 GB/T 9704-2012 的要素名称（标题、发文字号、成文日期、版记……），见
// zh_element_name()。
#include "common/messages/catalog_parts.hpp"

#include <string_view>

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    {"GW-E-ENCODING", "utf32", "文件是 UTF-32 编码；请另存为 UTF-8"},
    {"GW-E-ENCODING", "utf16", "文件是 UTF-16 编码；请另存为 UTF-8"},
    {"GW-E-ENCODING", "nul",
     "文件中有 NUL 字节（可能是没有字节顺序标记的 UTF-16 或 UTF-32）；请另存为 UTF-8"},
    {"GW-E-ENCODING", "not-utf8", "文件此处不是有效的 UTF-8；请另存为 UTF-8（本格式只接受 UTF-8）"},
    {"GW-E-ENCODING", "declared",
     "XML 声明的编码是“{encoding}”，只接受 UTF-8：请把文件另存为 UTF-8，并写 encoding=\"UTF-8\""},
    {"GW-E-XML-MALFORMED", "control", "XML 中不允许有控制字符 {codepoint}；请删除"},
    {"GW-E-XML-MALFORMED", "declaration-not-first",
     "XML 格式有误：XML 声明 <?xml …?> 必须是文件最开头的内容（前面连空格、空行都不能有）；"
     "请把它移到开头，或删除"},
    {"GW-E-XML-MALFORMED", "second-declaration",
     "XML 格式有误：出现了第二个 XML 声明 <?xml …?>；一个文件只在最开头有一个，请删除这一个"},
    {"GW-E-XML-MALFORMED", "bad-reference",
     "XML 格式有误：此处的“&#”不是完整的字符引用；请写成 &#x4E2D; 或 &#20013;（带分号），"
     "要写 & 本身请写 &amp;"},
    {"GW-E-XML-MALFORMED", "after-root",
     "XML 格式有误：根元素 </gongwen> 之后还有内容；一份公文只有一个 <gongwen> 元素"},
    {"GW-E-XML-MALFORMED", "text-outside-root", "XML 格式有误：根元素 <gongwen> 之外有文字；请删除"},
    {"GW-E-XML-MALFORMED", "parse",
     "XML 格式有误（{what}）；请检查每个标签是否都已闭合，正文中的 & 和 < 是否写成了 &amp; 和 &lt;"},
    {"GW-E-XML-MALFORMED", "unclosed",
     "XML 格式有误：{element}从这里开始，但没有结束标签；请在它结束的地方补上 </{name}>"},
    {"GW-E-XML-MALFORMED", "stray-close",
     "XML 格式有误：</{name}> 没有对应的开始标签（此处尚未结束的是第 {line} 行的 {element}）；"
     "请改正标签名，或删除它"},
    {"GW-E-BAD-CHARACTER", "", "{codepoint} 是{kind}，公文中不能有；请删除（或改成想要的字符）"},
    {"GW-E-BAD-CHARACTER", "reference",
     "字符引用 {reference} 是 {codepoint}{kind}，公文中不能有；请删除（或直接写出想要的字符）"},
    {"GW-E-XML-ENTITY", "",
     "&{name}; 不是 XML 实体（公文没有 DOCTYPE，只能用 &amp; &lt; &gt; &quot; &apos;）；"
     "请直接写出字符：{hint}"},
    {"GW-E-XML-DOCTYPE", "",
     "不允许使用 DOCTYPE（本格式从不声明或展开实体）；请删除 <!DOCTYPE …> 这一行"},
    {"GW-E-NESTING", "", "元素嵌套超过 {depth} 层；请减少嵌套层数"},
    {"GW-E-INPUT-TOO-LARGE", "",
     "输入有 {bytes} 字节，超过上限 {limit} 字节（可用 Limits::max_input_bytes 调高上限）"},
    {"GW-E-XML-ROOT", "", "根元素必须是 <gongwen>，不能是 {element}"},
    {"GW-E-OUT-OF-MEMORY", "parse", "读取 XML 时内存不足；请减小输入文件"},
    {"GW-E-INTERNAL", "parse", "读取 XML 失败：{what}"},
    {"GW-E-INTERNAL", "parse-unknown", "读取 XML 失败"},
    {"GW-E-LANDSCAPE-PLACE", "",
     "orientation=\"…\" 只能用在 <attachment>（附件）上（GB/T 9704 第 8 章 横排页），不能用在 "
     "{element}上；请把宽表格放进附件，并写 orientation=\"landscape\""},
    {"GW-E-UNKNOWN-ATTRIBUTE", "",
     "{element}没有属性“{attribute}”（可用的属性：{allowed}）；请删除（见 README 的 XML 格式说明）"},
    {"GW-E-UNKNOWN-ATTRIBUTE", "none-allowed",
     "{element}没有属性“{attribute}”（它不带任何属性）；请删除（见 README 的 XML 格式说明）"},
    {"GW-E-UNKNOWN-ELEMENT", "",
     "{parent}中不能放 {element}；可放哪些元素，见 README 的 XML 格式说明"},
    {"GW-E-BAD-TEXT", "", "文字直接写在了 {parent}中；请放进 <p>（段落）等元素里"},
    {"GW-E-DUPLICATE-ELEMENT", "", "{element}在此处出现了不止一次；请只保留一个"},
    {"GW-E-BAD-FORMAT", "",
     "format=\"{value}\" 不是可用的格式；请写 document（文件格式）、letter（信函格式）、"
     "order（命令格式）或 minutes（纪要格式）"},
    {"GW-E-MISSING-ELEMENT", "body", "缺少 <body>（正文）；每份公文都要有正文"},
    {"GW-E-MISSING-ELEMENT", "title",
     "缺少 <title>（标题）；文件格式和信函格式都要有标题（只有 format=\"order\" 和 "
     "format=\"minutes\" 可以不写）"},
    {"GW-E-MISSING-ELEMENT", "order-masthead",
     "缺少 <masthead>（发文机关标志）；命令格式的发文机关标志是发文机关全称加“命令”或“令”，如 "
     "<masthead suffix=\"令\"><issuer>某某省人民政府</issuer></masthead>"},
    {"GW-E-MISSING-ELEMENT", "order-signature",
     "命令格式的 <signature> 要有 <name>（签发人）或 <issuer>（发文机关署名）"},
    {"GW-E-MISSING-ELEMENT", "signature-issuer",
     "<signature> 中至少要有一个 <issuer>（发文机关署名）"},
    {"GW-E-MISSING-ELEMENT", "section-heading", "<section>（层次）要有 <heading>（层次标题）"},
    {"GW-E-MISSING-ELEMENT", "masthead-issuer",
     "<masthead>（发文机关标志）中至少要有一个 <issuer>（发文机关）"},
    {"GW-E-MISSING-ELEMENT", "signers-signer", "<signers> 中至少要有一个 <signer>（签发人）"},
    {"GW-E-MISSING-ELEMENT", "signature-date",
     "<signature> 中要有 <date>（成文日期），如 2022-03-31"},
    {"GW-E-MISSING-ELEMENT", "table-row",
     "<table>（表格）中至少要有一个 <tr>（行），放在 <thead> 或 <tbody> 中"},
    {"GW-E-MISSING-ELEMENT", "colgroup-col", "<colgroup> 中每一列要有一个 <col>（或者不写 <colgroup>）"},
    {"GW-E-MISSING-ELEMENT", "tr-cell", "<tr>（行）中至少要有一个 <td> 或 <th>；请删除这个空行"},
    {"GW-E-MISSING-ATTRIBUTE", "order-suffix",
     "命令格式的 <masthead> 要写 suffix=\"命令\" 或 suffix=\"令\""},
    {"GW-E-MISSING-ATTRIBUTE", "attachment-title", "<attachment> 要写 title=\"…\"（附件名称）"},
    {"GW-E-MISSING-ATTRIBUTE", "seal-src", "<seal>（印章）要写 src=\"印章文件.png\""},
    {"GW-E-BAD-ATTRIBUTE", "order-suffix", "命令格式的发文机关标志以“命令”或“令”结尾，不能是“{value}”"},
    {"GW-E-BAD-ATTRIBUTE", "runin", "runin=\"{value}\" 不对：请写 runin=\"true\" 或 runin=\"false\""},
    {"GW-E-BAD-ATTRIBUTE", "number",
     "number=\"{value}\" 不对：只能写 \"none\"（层次标题按层级自动编号）"},
    {"GW-E-BAD-ATTRIBUTE", "orientation",
     "orientation=\"{value}\" 不对：请写 landscape（横排）或 portrait（竖排）"},
    {"GW-E-BAD-ATTRIBUTE", "table-size",
     "size=\"{value}\" 不是表格字号；请写 三号、小三、四号（默认）或 小四"},
    {"GW-E-BAD-ATTRIBUTE", "align", "align=\"{value}\" 不对：请写 left、center 或 right"},
    {"GW-E-BAD-ATTRIBUTE", "span", "{attribute}=\"{value}\" 不对：请写 1 到 {max} 之间的整数"},
    {"GW-E-SEAL-COUNT", "",
     "有 {seals} 个印章、{issuers} 个发文机关署名；请每个 <issuer> 对应一个 <seal>，顺序相同"},
    {"GW-W-IGNORED-ELEMENT", "", "{element}只在纪要格式（format=\"minutes\"）中排出；此处不排"},
    {"GW-W-HALFWIDTH-PUNCT", "",
     "{element}中汉字之间的 {count} 个半角标点已改为全角（位置：{places}）；请直接输入全角标点，"
     "或用 --keep-halfwidth-punct 保留半角"},
    {"GW-W-HALFWIDTH-PUNCT", "one",
     "{element}中汉字之间的 {count} 个半角标点已改为全角（位置：{places}）；请直接输入全角标点，"
     "或用 --keep-halfwidth-punct 保留半角"},
    {"GW-W-HALFWIDTH-PUNCT", "attribute",
     "<{owner} {attribute}=\"…\"> 中汉字之间的 {count} 个半角标点已改为全角（位置：{places}）；"
     "请直接输入全角标点，或用 --keep-halfwidth-punct 保留半角"},
    {"GW-W-HALFWIDTH-PUNCT", "attribute-one",
     "<{owner} {attribute}=\"…\"> 中汉字之间的 {count} 个半角标点已改为全角（位置：{places}）；"
     "请直接输入全角标点，或用 --keep-halfwidth-punct 保留半角"},
    {"GW-E-EMPTY-ELEMENT", "", "{element}是空的；请填写内容"},
    {"GW-W-EMPTY-PARAGRAPH", "", "空的 <p>（段落）不排出"},
    {"GW-E-EMPTY-ELEMENT", "cc-label", "label=\"\" 是空的；用“抄送”时请不写 label"},
    {"GW-E-BAD-DATE", "",
     "{element}的日期“{value}”不存在；请写成 YYYY-MM-DD，如 2022-03-31"},
    {"GW-E-SECTION-DEPTH", "",
     "层次最多四层（一、（一）1.（1））；这是第五层：请把它改为上一层的段落，或提高一层"},
    {"GW-W-COPY-NUMBER", "", "份号是 6 位阿拉伯数字（GB/T 9704 7.2.1），如 000123"},
    {"GW-E-TABLE-NESTED", "",
     "表格单元格中又有 <table>；表格不能嵌套：请拆成两个表格，或使用 colspan/rowspan 合并单元格"},
    {"GW-E-TABLE-ROW-WIDTH", "columns", "表格最多 {max} 列；请拆分表格"},
    {"GW-E-TABLE-ROW-WIDTH", "row-columns", "这一行跨 {columns} 列，表格最多 {max} 列：请拆分表格"},
    {"GW-E-TABLE-ROW-WIDTH", "row-past",
     "这一行的单元格（连同 colspan 和上方的 rowspan）超出了表格的 {columns} 列；请增删单元格，"
     "或修改 colspan"},
    {"GW-E-TABLE-ROW-WIDTH", "row-short",
     "这一行的单元格（连同 colspan 和上方的 rowspan）不满表格的 {columns} 列；请增删单元格，"
     "或修改 colspan"},
    {"GW-E-TABLE-WIDTH", "",
     "width=\"{value}\" 既不是毫米数也不是比例；请写成 width=\"14mm\" 或 width=\"2*\"，"
     "或者不写，按内容定宽"},
    {"GW-E-TABLE-ROWSPAN", "",
     "这个单元格的 rowspan 超出所在 {element}末尾 {rows} 行；请减小 rowspan 或增加行"},
    {"GW-E-SEAL-UNREADABLE", "refused",
     "印章图片“{src}”无法使用：文件不存在或无法读取，或不在 XML 文件所在文件夹及允许的印章文件夹"
     "（--seal-dir）中，或不是 PNG、JPEG 文件；请用相对于 XML 文件的路径给出 PNG（带透明背景）或 "
     "JPEG 图片"},
    {"GW-E-SEAL-UNREADABLE", "file-too-large",
     "印章图片“{src}”有 {bytes} 字节，超过上限 {limit} 字节（印章 PNG 一般不到 1 MB）；请缩小图片"},
    {"GW-E-SEAL-UNREADABLE", "bytes-too-many",
     "印章图片“{src}”有 {bytes} 字节，超过上限 {limit} 字节"},
    {"GW-E-SEAL-UNREADABLE", "not-image", "印章图片“{src}”不是 PNG 或 JPEG 图片"},
    {"GW-E-SEAL-UNREADABLE", "no-pixels", "印章图片“{src}”没有像素（宽或高为 0）"},
    {"GW-E-SEAL-UNREADABLE", "too-many-pixels",
     "印章图片“{src}”为 {width}×{height} 像素，上限是每边 {max_side} 像素、共 {max_pixels} 像素"
     "（42 毫米的印章按 1200 dpi 约为 2000×2000）；请缩小图片"},
    {"GW-E-SEAL-UNREADABLE", "out-of-memory", "印章图片“{src}”无法解码（内存不足）"},
    {"GW-E-SEAL-UNREADABLE", "broken-png", "印章图片“{src}”是损坏的 PNG（{detail}）；请重新导出"},
    {"GW-E-SEAL-UNREADABLE", "broken-jpeg",
     "印章图片“{src}”是损坏的 JPEG（{detail}）；请重新扫描或导出"},
    {"GW-E-SEAL-UNREADABLE", "cmyk",
     "印章图片“{src}”是 CMYK 模式的 JPEG；请保存或扫描为 RGB 模式（或导出 PNG）"},
    // 嵌在其他提示中的词语。
    {"char-kind", "NUL", "空字符 NUL"},
    {"char-kind", "a control character", "控制字符"},
    {"char-kind", "a UTF-16 surrogate, not a character", "UTF-16 代理码位，不是字符"},
    {"char-kind", "beyond U+10FFFF, the last Unicode code point",
     "超出了 Unicode 的最后一个码位 U+10FFFF"},
    {"char-kind", "a Unicode noncharacter", "Unicode 非字符"},
    {"xml-status", "No error", "没有错误"},
    {"xml-status", "Error reading from file/stream", "读取文件或数据流出错"},
    {"xml-status", "Could not allocate memory", "内存不足"},
    {"xml-status", "Internal error occurred", "内部错误"},
    {"xml-status", "Could not determine tag type", "无法判断标签类型"},
    {"xml-status", "Error parsing document declaration/processing instruction", "XML 声明或处理指令有误"},
    {"xml-status", "Error parsing comment", "注释有误"},
    {"xml-status", "Error parsing CDATA section", "CDATA 段有误"},
    {"xml-status", "Error parsing document type declaration", "DOCTYPE 声明有误"},
    {"xml-status", "Error parsing start element tag", "开始标签有误"},
    {"xml-status", "Error parsing element attribute", "属性有误"},
    {"xml-status", "Error parsing end element tag", "结束标签有误"},
    {"xml-status", "Start-end tags mismatch", "开始标签和结束标签不对应"},
    {"xml-status", "Unable to append nodes: root is not an element or document", "无法添加节点"},
    {"xml-status", "No document element found", "没有根元素"},
    {"xml-status", "Error parsing PCDATA section", "文字内容有误"},
    {"xml-status", "Unknown error", "未知错误"},
    {"entity-hint", "nbsp", "U+00A0（不换行空格），全角空格请用 U+3000（　）"},
    {"entity-hint", "ensp", "U+3000（　），即全角空格"},
    {"entity-hint", "emsp", "U+3000（　），即全角空格"},
    {"entity-hint", "copy", "©（U+00A9）"},
    {"entity-hint", "reg", "®（U+00AE）"},
    {"entity-hint", "mdash", "—（U+2014）；中文破折号是两个：——"},
    {"entity-hint", "hellip", "…（U+2026）；中文省略号是两个：……"},
    {"entity-hint", "middot", "·（U+00B7）"},
    {"entity-hint", "ldquo", "“（U+201C）或 ”（U+201D）"},
    {"entity-hint", "rdquo", "“（U+201C）或 ”（U+201D）"},
    {"entity-hint", "times", "×（U+00D7）"},
    {"entity-hint", "other", "如全角空格 U+3000（　），或写字符引用 &#x3000;"},
};

// GB/T 9704-2012 的要素名称，附在提示里的元素名之后：<title>（标题）。
constexpr std::pair<std::string_view, std::string_view> kElementNames[] = {
    {"gongwen", "公文"}, {"copy-number", "份号"}, {"secrecy", "密级和保密期限"},
    {"urgency", "紧急程度"}, {"masthead", "发文机关标志"}, {"issuer", "发文机关"},
    {"doc-number", "发文字号"}, {"signers", "签发人"}, {"signer", "签发人"},
    {"title", "标题"}, {"main-to", "主送机关"}, {"addressee", "主送机关"}, {"body", "正文"},
    {"section", "层次"}, {"heading", "层次标题"}, {"p", "段落"}, {"attachment", "附件"},
    {"signature", "发文机关署名和成文日期"}, {"date", "成文日期"}, {"seal", "印章"},
    {"name", "签发人姓名"}, {"note", "附注"}, {"colophon", "版记"}, {"cc", "抄送机关"},
    {"printer", "印发机关"}, {"print-date", "印发日期"}, {"table", "表格"},
    {"caption", "表题"}, {"thead", "表头"}, {"tbody", "表体"}, {"tr", "表格行"},
    {"td", "单元格"}, {"th", "表头单元格"}, {"attendees", "出席人员"},
    {"absentees", "请假人员"}, {"observers", "列席人员"}, {"proofreader", "校对人"},
    {"position", "职务"},
};

}  // namespace

std::span<const CatalogEntry> zh_parse_messages() { return kMessages; }

std::string_view zh_element_name(std::string_view element) {
  for (const auto& [name, zh] : kElementNames) {
    if (name == element) return zh;
  }
  return {};
}

}  // namespace gongwen::detail
