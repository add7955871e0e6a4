// Stream objects whose /FlateDecode bytes are ours (deflated with libdeflate, or taken
// from the font program cache) rather than libharu's: HPDF_Dict_Write removes a /Filter
// key it did not set itself, so the filter is written by the dictionary's write hook
// (write_fn, called after its keys and before ">>") and libharu copies the bytes as they are.
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <span>

#include "pdf/hpdf_document.hpp"

namespace gongwen::detail {

// A new indirect stream holding `deflated` (a zlib stream) with /Filter /FlateDecode.
HPDF_Dict new_flate_stream(HpdfDocument& doc, std::span<const std::uint8_t> deflated,
                           const char* what);

// Deflates `raw` (kDeflateLevel) into a new stream as above. Empty `raw` gives an empty
// stream without a filter: zero bytes are no zlib stream (ISO 32000-1 §7.4.4).
HPDF_Dict new_deflated_stream(HpdfDocument& doc, std::span<const std::uint8_t> raw,
                              const char* what);

// A stream whose deflated bytes libharu never copies into its own memory stream: they are
// written straight into the PDF at the save (the bytes of a cached font program, the
// largest part of every PDF). The dictionary's write hook writes /Length and /Filter and
// notes the output stream; its after-write hook then writes "stream … endstream" (after
// ">>", before libharu's "endobj"). `bytes` and this object must outlive the save.
struct BorrowedStream {
  std::span<const std::uint8_t> bytes;
  HPDF_Stream out = nullptr;
};
HPDF_Dict new_borrowed_flate_stream(HpdfDocument& doc, BorrowedStream& stream, const char* what);

// Replaces the bytes of an existing stream dictionary (a page's /Contents, which libharu
// created and fills) with their deflated form, filter written by us as above.
bool deflate_stream_in_place(HpdfDocument& doc, HPDF_Dict stream, const char* what);

}  // namespace gongwen::detail
