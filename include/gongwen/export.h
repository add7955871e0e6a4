/* Symbol visibility: the library is built with hidden visibility; only what is marked
   GONGWEN_API is exported. */
#ifndef GONGWEN_EXPORT_H
#define GONGWEN_EXPORT_H

#if defined(GONGWEN_STATIC)
#define GONGWEN_API
#elif defined(_WIN32)
#ifdef GONGWEN_BUILDING
#define GONGWEN_API __declspec(dllexport)
#else
#define GONGWEN_API __declspec(dllimport)
#endif
#else
#define GONGWEN_API __attribute__((visibility("default")))
#endif

#endif
