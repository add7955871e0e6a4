// 中文文本：样式、字体、版面、PDF 和文件的提示。
#include "common/messages/catalog_parts.hpp"

namespace gongwen::detail {
namespace {

constexpr CatalogEntry kMessages[] = {
    // 样式（TOML）文件。
    {"GW-E-STYLE", "range", "{lo} 到 {hi}{unit}"},
    {"GW-E-STYLE", "range-ratio", "大于 0、不超过 1"},
    {"GW-E-STYLE", "or", " 或 "},
    {"GW-E-STYLE", "lacks", "样式缺少 [{table}] {key}；内置样式必须设置每一项"},
    {"GW-E-STYLE", "key-value", "[{table}] {key} = {value}：{what}"},
    {"GW-E-STYLE", "not-number", "不是数字；请写 {range} 的数字"},
    {"GW-E-STYLE", "number-range", "超出允许范围；请写 {range} 的数字"},
    {"GW-E-STYLE", "not-whole", "不是整数；请写 {range} 的整数"},
    {"GW-E-STYLE", "whole-range", "超出允许范围；请写 {range} 的整数"},
    {"GW-E-STYLE", "not-colour",
     "不是颜色；请写 \"cmyk(c,m,y,k)\"、\"rgb(r,g,b)\" 或 \"gray(g)\"，各值为 0 到 1 的普通小数，"
     "如 \"cmyk(0,1,1,0)\""},
    {"GW-E-STYLE", "not-flag", "不是 true 或 false；请写 true 或 false"},
    {"GW-E-STYLE", "not-choice", "不是可用的值；请写 {choices}"},
    {"GW-E-STYLE", "not-font-chain", "不是字体链；请写 1 到 {max} 个字体路径或 \"fc:字体族名\" 组成的列表"},
    {"GW-E-STYLE", "unknown-table", "没有样式表 [{table}]"},
    {"GW-E-STYLE", "unknown-key", "没有样式项 {table}.{key}"},
    {"GW-E-STYLE", "toml", "样式文件不是有效的 TOML：{what}"},
    {"GW-E-STYLE", "non-ascii",
     "字符串或注释之外（或 \"\"\" 字符串中反斜杠之后）有非 ASCII 字符；TOML 只允许它出现在引号内或 # 之后"},
    {"GW-E-STYLE", "room",
     "下端距页面顶端 {end}，超出 {limit} 的位置 {over}（第 1 页要留出一行空行和正文第一行，7.3.3）"},
    {"GW-E-STYLE", "masthead-room",
     "版头（版心上边缘下 35 mm 处按 masthead_pt 排发文机关标志，其下两行排发文字号，再下 4 mm "
     "排红色分隔线）{room}；请加大 body_height_mm 或减小 masthead_pt"},
    {"GW-E-STYLE", "title-room",
     "[title] blank_lines_above = {lines}，加上分隔线下一个 line_pitch_pt = {pitch}：标题{room}；"
     "请减少空行或加高版心"},
    {"GW-E-STYLE", "letter-room",
     "[letter] 信函格式的发文机关标志在 mark_top_mm = {top} 处，其下 4 mm 为双线，再下为标题：标题{room}"},
    {"GW-E-STYLE", "order-room", "[order] 命令格式的发文机关标志在 mark_below_body_top_mm = {offset} 处，{room}"},
    {"GW-E-STYLE", "body-wider",
     "[page] left_mm + body_width_mm = {sum}，比页面宽度 width_mm = {page} 还宽；版心必须在页面之内"},
    {"GW-E-STYLE", "body-taller",
     "[page] top_mm + body_height_mm = {sum}，比页面高度 height_mm = {page} 还高；版心必须在页面之内"},
    {"GW-E-STYLE", "page-number-room",
     "页码（版心下 dash_center_below_body_mm 再加一个 page_number_pt）下端距页面顶端 {end}，"
     "超出了 height_mm = {page}；请在版心下留出页码的位置"},
    {"GW-E-STYLE", "line-pitch",
     "[grid] lines_per_page = {lines} 时行距为 {pitch}（body_height_mm / lines_per_page），"
     "小于 body_pt = {body}；请减少每页行数或减小 body_pt"},
    {"GW-E-STYLE", "char-pitch",
     "[{table}] {key} = {chars} 时字距为 {pitch}（body_width_mm / {chars}），小于 0.9 × body_pt = "
     "{body}；请减少每行字数或减小 body_pt"},
    {"GW-E-STYLE", "tight-pitch",
     "[layout] tight_min_line_pitch_pt = {pitch} 小于 body_pt = {body}；压缩后的行距也要容得下一行字"},
    {"GW-E-STYLE", "title-pitch",
     "[title] line_pitch_pt = {pitch} 小于 title_pt = {size}；标题各行会重叠"},
    {"GW-E-STYLE", "colophon-size",
     "[sizes] colophon_pt = {size} 大于行距 {pitch}；版记各行排在行格上"},
    {"GW-E-STYLE", "seal-wider", "[layout] seal_diameter_mm = {diameter} 比版心宽度（{width}）还大"},
    {"GW-E-STYLE", "letter-line", "[letter] line_length_mm = {length} 比页面宽度（{page}）还长"},
    {"GW-E-STYLE", "letter-lines",
     "[letter] mark_top_mm + bottom_line_above_page_bottom_mm = {sum}，两线之间没有页面空间"
     "（height_mm = {page}）"},
    {"GW-E-STYLE", "order-mark",
     "[order] mark_below_body_top_mm = {offset} 不在版心之内（版心高度 {height}）"},
    {"GW-E-STYLE-UNREADABLE", "", "无法读取样式文件 {path}：{why}；请检查 --style 给出的路径"},
    {"GW-E-STYLE-UNREADABLE", "too-large", "文件超过样式文件上限 {limit} 字节（1 MiB）"},
    {"GW-E-STYLE-UNREADABLE", "not-regular", "它不是普通文件"},
    {"GW-E-FONT-ROLE", "",
     "没有字体角色“{role}”；可用的角色是 xiaobiaosong（小标宋）、fangsong（仿宋）、heiti（黑体）、"
     "kaiti（楷体）、songti（宋体）"},
    // 字体和字形。
    {"GW-E-FONT-UNAVAILABLE", "",
     "字体“{font}”（用于 {role}）无法使用：{why}；请运行 scripts/setup.sh 获取默认字体，"
     "或用 --font 角色=路径 为该角色指定其他字体"},
    {"GW-W-FALLBACK-UNAVAILABLE", "", "备用字体“{font}”（用于 {role}）无法使用：{why}"},
    {"GW-W-FONT-SUBSTITUTED", "",
     "字体“{font}”（用于 {role}）未安装；改用该角色的默认字体“{default}”（请安装该字体，"
     "或在 fontconfig 中为该名称设置别名）"},
    {"GW-E-OUT-OF-MEMORY", "shaping",
     "HarfBuzz 排字时内存不足，位置：{at}（共 {count} 处）；请释放内存，或减少同时排版的文件"},
    {"GW-E-OUT-OF-MEMORY", "shaping-one",
     "HarfBuzz 排字时内存不足，位置：{at}（共 {count} 处）；请释放内存，或减少同时排版的文件"},
    {"GW-E-MISSING-GLYPH", "",
     "所配置的字体和备用字体都没有这些字符：{list}；请在该角色的字体链中加入含有这些字符的字体"
     "（--font 或样式的 [fonts]）"},
    {"GW-E-MISSING-GLYPH", "item", "{char}（{at}，{role}）"},
    {"GW-W-FONT-FALLBACK", "", "角色 {role} 用备用字体“{font}”排出了：{list}"},
    {"GW-W-FONT-FALLBACK", "item", "{char}（{at}）"},
    // 排版流程。
    {"GW-E-INPUT-TOO-LARGE", "render",
     "输入有 {bytes} 字节，超过上限 {limit} 字节（确需如此，请调高 Limits::max_input_bytes）"},
    {"GW-E-INPUT-TOO-LARGE", "file",
     "{path} 超过输入上限 {limit} 字节；确需如此，请调高 Limits::max_input_bytes"},
    {"GW-E-INPUT-EMPTY", "", "输入为空（0 字节）：请传入文本及其字节长度，或传入以 NUL 结尾的文本并把长度设为 0"},
    {"GW-E-OUT-OF-MEMORY", "render", "排版时内存不足"},
    {"GW-E-INTERNAL", "render", "内部错误：{what}；请报告此问题"},
    {"GW-E-INTERNAL", "render-unknown", "内部错误；请报告此问题"},
    {"GW-E-INTERNAL", "stray-box", "内部错误：版面中有内容放在了不该放的位置（{what}）；请连同输入文件报告此问题"},
    // 版面。
    {"GW-E-TOO-MANY-PAGES", "",
     "文件需要超过 {max} 页；确需如此，请调高页数上限（Limits::max_pages）"},
    {"GW-E-MASTHEAD-TOO-TALL", "",
     "版头下端距页面顶端 {end:.1f} 毫米，超出第 1 页为主体部分留出的 {limit:.1f} 毫米位置 "
     "{over:.1f} 毫米；请减少发文机关标志中的机关（只写主办机关，或用简称）"},
    {"GW-E-TITLE-TOO-LONG", "",
     "标题需要 {lines} 行，但第 1 页版头下只排得下 {fit} 行（第 1 页还要排出正文第一行）；请缩短标题"},
    {"GW-E-COLOPHON-TOO-LONG", "",
     "版记需要 {lines} 行，但一页只有 {page} 行；请缩短主送或抄送机关名单"},
    {"GW-E-TABLE-TOO-WIDE", "",
     "各列的毫米宽度合计 {total:.1f} 毫米，但版心只有 {width:.1f} 毫米宽；请缩小列宽，"
     "或把一些列改为按比例（N*）"},
    {"GW-E-TABLE-COLUMN-NARROW", "",
     "第 {column} 列宽 {width:.1f} 毫米，按表格字号排不下一个字（连同边距需 {min:.1f} 毫米）；"
     "请加宽该列或减少列数"},
    {"GW-W-TABLE-ROW-SPLIT", "",
     "表格中有一行（连同 rowspan 合并的行）比一页还高，只能在文字行之间分页；请缩短单元格内容或拆分该行"},
    {"GW-E-MASTHEAD-TOO-WIDE", "",
     "发文机关标志按标题字号（{size:.0f} 磅）压缩到 60 % 仍排不进版心：宽出 {over:.1f} 毫米"
     "（需要 {needed:.1f} 毫米，版心 {width:.1f} 毫米）；请使用机关的规范化简称"},
    {"GW-E-LINE-OVERFLOW", "",
     "{element}必须排在一行内，但宽出 {over:.1f} 毫米（需要 {needed:.1f} 毫米，可用 {width:.1f} "
     "毫米）；请缩短"},
    {"line-element", "title line", "标题行"},
    {"line-element", "印发机关和印发日期 line (<printer>, <print-date>)",
     "印发机关和印发日期这一行（<printer>、<print-date>）"},
    {"line-element", "发文字号 (<doc-number>)", "发文字号（<doc-number>）"},
    {"line-element", "签发人 line (<signers>)", "签发人这一行（<signers>）"},
    {"line-element", "签发人职务和签名章 line (<position>, <name>)",
     "签发人职务和签名章这一行（<position>、<name>）"},
    {"GW-E-PDF", "", "无法写出 PDF：{what}"},
    // 文件。
    {"GW-E-IMPORT-FORMAT", "binary",
     "无法读取 {path}（.doc 和 .wps 是二进制格式，PDF 是印刷输出）：请用 Word 或 WPS 打开，另存为 .docx"},
    {"GW-E-OUTPUT-IS-INPUT", "", "不能把 PDF 写到输入文件 {path} 上；请另选输出路径"},
    {"GW-E-INPUT-UNREADABLE", "", "无法读取 {path}：{why}"},
    {"GW-E-INPUT-UNREADABLE", "folder", "无法读取 {path}：它是文件夹"},
    {"GW-E-OUTPUT-UNWRITABLE", "", "无法写入 {path}：{why}"},
    {"GW-E-OUTPUT-NOT-REGULAR", "",
     "不能把 PDF 写到 {path}：它是{what}，不是普通文件；请指定一个普通文件（或新文件名）作为输出"},
    {"file-kind", "character-device", "字符设备"},
    {"file-kind", "block-device", "块设备"},
    {"file-kind", "fifo", "命名管道（FIFO）"},
    {"file-kind", "socket", "套接字"},
    {"file-kind", "folder", "文件夹"},
    {"file-kind", "symlink", "符号链接"},
    {"file-kind", "other", "非普通文件"},
    {"file-kind", "foreign-symlink", "共享粘滞文件夹中属于其他用户的符号链接"},
    {"file-kind", "dangling-symlink", "指向不存在对象的符号链接（{why}）"},
    {"file-kind", "symlink-to", "指向{kind}的符号链接"},
};

}  // namespace

std::span<const CatalogEntry> zh_render_messages() { return kMessages; }

}  // namespace gongwen::detail
