// What Swift cannot import from ncurses by itself: the wide-character API needs NCURSES_WIDECHAR before
// the header; attribute and key macros, and globals such as stdscr and LINES, are read through functions.
#ifndef SAMEPAGE_CURSES_SHIM_H
#define SAMEPAGE_CURSES_SHIM_H

// What ncursesw's pkg-config file would pass as -D flags, defined here instead (see Package.swift).
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *samepage_stdscr(void) { return stdscr; }

static inline attr_t samepage_a_normal(void) { return A_NORMAL; }
static inline attr_t samepage_a_bold(void) { return A_BOLD; }
static inline attr_t samepage_a_reverse(void) { return A_REVERSE; }
static inline attr_t samepage_a_dim(void) { return A_DIM; }
static inline attr_t samepage_a_underline(void) { return A_UNDERLINE; }

static inline int samepage_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int samepage_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int samepage_getcury(WINDOW *w) { return getcury(w); }
static inline int samepage_getcurx(WINDOW *w) { return getcurx(w); }

static inline int samepage_key_code_yes(void) { return KEY_CODE_YES; }
static inline int samepage_key_resize(void) { return KEY_RESIZE; }
static inline int samepage_key_btab(void) { return KEY_BTAB; }
static inline int samepage_key_mouse(void) { return KEY_MOUSE; }

// A terminfo string capability, or NULL when the terminal has none (tigetstr's -1 means "not a string").
static inline const char *samepage_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (const char *)-1 || value[0] == '\0') ? NULL : value;
}
#endif
