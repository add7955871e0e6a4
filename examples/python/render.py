#!/usr/bin/env python3
"""Renders a notice from memory with libgongwen through ctypes, then prints where each
seal was placed (so an OA system can apply its certified electronic seal, 电子印章, there)
and the diagnostics.

    python3 render.py LIBGONGWEN NOTICE.xml OUT.pdf

LIBGONGWEN is the library's path, e.g. /opt/gongwen/lib/libgongwen.so. Exit status: 0 when
the PDF was written, 1 when the notice has errors (see the diagnostics), 2 on misuse.
"""
import ctypes
import os
import sys

c_size_t, c_int, c_double, c_char_p, c_void_p = (
    ctypes.c_size_t, ctypes.c_int, ctypes.c_double, ctypes.c_char_p, ctypes.c_void_p)


class Seal(ctypes.Structure):  # gongwen_seal in gongwen.h
    _fields_ = [("page", c_int), ("center_x_mm", c_double), ("center_y_mm", c_double),
                ("diameter_mm", c_double), ("issuer", c_char_p)]


def load(path):
    """The library with the signatures this program uses (ctypes would guess int)."""
    lib = ctypes.CDLL(path)
    sig = {
        "gongwen_engine_new": (c_void_p, [c_char_p]),
        "gongwen_engine_free": (c_int, [c_void_p]),
        "gongwen_options_new": (c_void_p, []),
        "gongwen_options_set_base_dir": (c_int, [c_void_p, c_char_p]),
        "gongwen_options_free": (c_int, [c_void_p]),
        "gongwen_render": (c_int, [c_void_p, c_char_p, c_size_t, c_char_p, c_void_p,
                                   ctypes.POINTER(c_void_p)]),
        "gongwen_result_pdf": (ctypes.POINTER(ctypes.c_ubyte), [c_void_p, ctypes.POINTER(c_size_t)]),
        "gongwen_result_pages": (c_int, [c_void_p]),
        "gongwen_result_diagnostic_count": (c_size_t, [c_void_p]),
        "gongwen_result_diagnostic_text": (c_char_p, [c_void_p, c_size_t]),
        "gongwen_result_seal_count": (c_size_t, [c_void_p]),
        "gongwen_result_seal": (c_int, [c_void_p, c_size_t, ctypes.POINTER(Seal)]),
        "gongwen_result_free": (c_int, [c_void_p]),
    }
    for name, (restype, argtypes) in sig.items():
        getattr(lib, name).restype = restype
        getattr(lib, name).argtypes = argtypes
    return lib


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    lib_path, notice, out = argv[1:]
    gw = load(lib_path)
    with open(notice, "rb") as f:
        xml = f.read()  # the document in memory, as an OA system holds it

    engine = gw.gongwen_engine_new(None)  # fonts: beside the installed library
    options = gw.gongwen_options_new()
    # Seal images named in the notice are looked up in its folder.
    gw.gongwen_options_set_base_dir(options, os.path.dirname(os.path.abspath(notice)).encode())
    result = c_void_p()
    status = gw.gongwen_render(engine, xml, len(xml), notice.encode(), options,
                               ctypes.byref(result))
    if not result:  # a bad argument or out of memory: no result at all
        print(f"gongwen_render failed with status {status}", file=sys.stderr)
        return 1
    try:
        for i in range(gw.gongwen_result_diagnostic_count(result)):
            print(gw.gongwen_result_diagnostic_text(result, i).decode())
        seal = Seal()
        for i in range(gw.gongwen_result_seal_count(result)):
            gw.gongwen_result_seal(result, i, ctypes.byref(seal))
            print(f"seal {i + 1}: page {seal.page}, centre ({seal.center_x_mm:.1f}, "
                  f"{seal.center_y_mm:.1f}) mm, diameter {seal.diameter_mm:.1f} mm, "
                  f"issuer {seal.issuer.decode()}")
        if status != 0:
            return 1
        length = c_size_t()
        pdf = gw.gongwen_result_pdf(result, ctypes.byref(length))
        with open(out, "wb") as f:
            f.write(ctypes.string_at(pdf, length.value))  # copied before the result is freed
        print(f"wrote {out}: {gw.gongwen_result_pages(result)} pages, {length.value} bytes")
        return 0
    finally:
        gw.gongwen_result_free(result)
        gw.gongwen_options_free(options)
        gw.gongwen_engine_free(engine)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
