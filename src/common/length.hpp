// One fixed-point unit for every length: the EMU (English Metric Unit of OOXML),
// 1 mm = 36000, 1 pt = 12700. Both millimetres and points are whole numbers of it, so
// the standard's numbers (37 mm, 16 pt) are exact and layout is reproducible.
#pragma once

#include <cstdint>

namespace gongwen::detail {

using Length = std::int64_t;

inline constexpr Length kEmuPerMm = 36000;
inline constexpr Length kEmuPerPt = 12700;

constexpr Length mm(std::int64_t v) { return v * kEmuPerMm; }
constexpr Length pt(std::int64_t v) { return v * kEmuPerPt; }
// Rounded to the nearest EMU (half away from zero); for values read from style files.
constexpr Length mm_f(double v) {
  double e = v * static_cast<double>(kEmuPerMm);
  return static_cast<Length>(e < 0 ? e - 0.5 : e + 0.5);
}
constexpr Length pt_f(double v) {
  double e = v * static_cast<double>(kEmuPerPt);
  return static_cast<Length>(e < 0 ? e - 0.5 : e + 0.5);
}
// a * num / den rounded to nearest, in integers (no drift when stepping a grid).
__extension__ typedef __int128 Wide;  // products of two lengths need 128 bits
constexpr Length mul_div(Length a, std::int64_t num, std::int64_t den) {
  Wide p = static_cast<Wide>(a) * num;
  Wide q = p >= 0 ? (p + den / 2) / den : (p - den / 2) / den;
  return static_cast<Length>(q);
}
inline double to_pt(Length v) { return static_cast<double>(v) / kEmuPerPt; }
inline double to_mm(Length v) { return static_cast<double>(v) / kEmuPerMm; }

}  // namespace gongwen::detail
