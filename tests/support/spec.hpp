// The spec's numbers (shared/spec/gbt9704.md), written out independently of the engine's
// style code so that tests compare the PDF with the standard, not with ourselves.
#pragma once

namespace gongwen::spec {

constexpr double kPt = 25.4 / 72.0;               // mm per point
constexpr double kTop = 37.0;                     // 天头
constexpr double kLeft = 28.0;                    // 订口
constexpr double kRight = 28.0 + 156.0;           // 版心 right edge
constexpr double kBottom = 37.0 + 225.0;          // 版心 bottom edge (262 mm)
constexpr double kLinePitch = 225.0 / 22.0;       // 10.227 mm
constexpr double kCharPitch = 156.0 / 28.0;       // 5.5714 mm (15.79 pt)
constexpr double kBody = 16.0 * kPt;              // 3号 em, mm
constexpr double kColophonChar = 14.0 * kPt;      // 4号 em, mm
// Top of the em box of body grid line k (0-based): the em box is centred in its line box.
constexpr double body_em_top(int k) { return kTop + k * kLinePitch + (kLinePitch - kBody) / 2; }

}  // namespace gongwen::spec
