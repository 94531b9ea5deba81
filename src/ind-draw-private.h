/* ind-draw-private.h: text, colours and marks shared by the printed
 * summary and the slides
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

/* GNOME palette, dark enough to survive a grey-scale printer. */
#define IND_INK        0x241f31
#define IND_MUTED      0x5e5c64
#define IND_ACCENT     0x1a5fb4
#define IND_RULE       0xc0bfbc
#define IND_LIGHT_RULE 0xdeddda
#define IND_TINT       0xe6eef8
#define IND_SHADE      0xf3f2f1
#define IND_WHITE      0xffffff

typedef enum
{
  IND_TEXT_REGULAR = 0,
  IND_TEXT_BOLD    = 1 << 0,
  IND_TEXT_ITALIC  = 1 << 1,
  IND_TEXT_NUMBERS = 1 << 2, /* tabular figures, so amounts line up */
  IND_TEXT_MARKUP  = 1 << 3, /* the text is pango markup */
} IndTextStyle;

PangoContext *_ind_draw_create_context (void);
PangoLayout  *_ind_draw_text           (PangoContext *context,
                                        const char   *text,
                                        double        size,
                                        IndTextStyle  style,
                                        double        width,
                                        PangoAlignment alignment);
double        _ind_draw_text_height    (PangoLayout  *layout);
double        _ind_draw_text_width     (PangoLayout  *layout);
void          _ind_draw_show           (cairo_t      *cr,
                                        PangoLayout  *layout,
                                        double        x,
                                        double        y,
                                        guint32       rgb);
void          _ind_draw_set_color      (cairo_t      *cr,
                                        guint32       rgb);
void          _ind_draw_fill_rect      (cairo_t      *cr,
                                        double        x,
                                        double        y,
                                        double        width,
                                        double        height,
                                        guint32       rgb);
void          _ind_draw_hline          (cairo_t      *cr,
                                        double        x,
                                        double        y,
                                        double        width,
                                        double        line_width,
                                        guint32       rgb);
guint32       _ind_draw_semaforo_color (IndSemaforo   semaforo);
guint32       _ind_draw_severity_color (IndSeverity   severity);
/* How far down a figure's line the semáforo mark beside it is
 * centred, as a share of the line's height: the summary's cards and the
 * slides' figures place it alike. */
#define IND_DRAW_MARK_CENTER 0.55
void          _ind_draw_semaforo_mark  (cairo_t      *cr,
                                        IndSemaforo   semaforo,
                                        double        cx,
                                        double        cy,
                                        double        size);
char         *_ind_draw_capitalize     (const char   *text);
char         *_ind_draw_rate           (gboolean      known,
                                        double        percent);
char         *_ind_draw_generated_on   (GDateTime    *generated);
const char   *_ind_draw_missing_words  (IndKind       kind);

/* Table cells by the hundred thousand: each word is shaped by pango
 * once and kept, lines are broken at spaces, and the glyphs of a page go
 * to cairo in one call per font and colour. Text this cannot lay out
 * exactly (a word wider than the column, a missing glyph, scripts other
 * than Latin) is left to a PangoLayout: measure() returns 0 for it. */
typedef struct _IndTextCache  IndTextCache;
typedef struct _IndGlyphBatch IndGlyphBatch;

IndTextCache *_ind_text_cache_new      (PangoContext  *context,
                                        double         size,
                                        IndTextStyle   style);
void          _ind_text_cache_free     (IndTextCache  *cache);
double        _ind_text_cache_line_height (IndTextCache *cache);
guint         _ind_text_cache_measure  (IndTextCache  *cache,
                                        const char    *text,
                                        double         width,
                                        double        *natural_width);
void          _ind_text_cache_draw     (IndTextCache  *cache,
                                        IndGlyphBatch *batch,
                                        const char    *text,
                                        double         x,
                                        double         y,
                                        double         width,
                                        PangoAlignment alignment,
                                        guint32        rgb);

IndGlyphBatch *_ind_glyph_batch_new    (void);
void          _ind_glyph_batch_free    (IndGlyphBatch *batch);
void          _ind_glyph_batch_flush   (IndGlyphBatch *batch,
                                        cairo_t       *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndTextCache, _ind_text_cache_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndGlyphBatch, _ind_glyph_batch_free)

/* The key figures of the report or of one program: the three amounts,
 * then % ejercido, the expected pace, % pagado and the observations. */
enum
{
  IND_KEY_EJERCIDO = IND_N_MONEY,
  IND_KEY_PACE,
  IND_KEY_PAGADO,
  IND_KEY_OBSERVATIONS,
  IND_N_KEY_FIGURES
};

typedef struct
{
  char        *label;
  char        *value;
  char        *detail;
  gboolean     marked;
  IndSemaforo  semaforo;
} IndKeyFigure;

void          _ind_key_figures_build   (IndKeyFigure            figures[IND_N_KEY_FIGURES],
                                        IndReport              *report,
                                        IndItem                *program,
                                        const IndSemaforoBands *bands);
void          _ind_key_figures_clear   (IndKeyFigure            figures[IND_N_KEY_FIGURES]);

G_END_DECLS
