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
void          _ind_draw_semaforo_mark  (cairo_t      *cr,
                                        IndSemaforo   semaforo,
                                        double        cx,
                                        double        cy,
                                        double        size);
char         *_ind_draw_capitalize     (const char   *text);
char         *_ind_draw_rate           (gboolean      known,
                                        double        percent);

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
