// Whether a document is written in traditional or simplified Chinese characters, so that
// a font collection's face follows the text (issue 12 §4): Noto CJK's SC face for
// simplified text, its TC face for traditional; never face 0 (the JP face) by default.
// The document model has no language, so it is decided from the text, once per document.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::detail {

enum class HanVariant { simplified, traditional };

// Counts, in UTF-8 text, characters used only in traditional writing (這 們 關 於 黨 …)
// against their simplified forms (这 们 关 于 党 …): traditional when the former are more.
// Text with neither (or invalid UTF-8 bytes, skipped) is simplified, the 公文 default.
HanVariant han_variant_of(std::string_view utf8);

// A fontconfig family named for one variant ("Noto Serif CJK SC", "Noto Sans CJK SC:Bold")
// renamed for `variant` (→ "Noto Serif CJK TC"); other names are returned unchanged.
std::string family_for_variant(const std::string& family, HanVariant variant);

// The suffix a collection's family names carry for the variant: "SC" or "TC".
const char* variant_suffix(HanVariant variant);

}  // namespace gongwen::detail
