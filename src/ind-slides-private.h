/* ind-slides-private.h: 16:9 slides for the council, drawn on any cairo_t
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ind-export-pdf.h"

G_BEGIN_DECLS

/* 13.333 × 7.5 in, the usual 16:9 slide, in points. */
#define IND_SLIDE_WIDTH  960.0
#define IND_SLIDE_HEIGHT 540.0

typedef enum
{
  IND_SLIDE_TITLE,
  IND_SLIDE_TOTALS,
  IND_SLIDE_FINDINGS,
  IND_SLIDE_EJECUCION,
  IND_SLIDE_AVANCE,
  IND_SLIDE_PROGRAM,
  IND_SLIDE_REVIEW,       /* what is wrong with the report, in plain words */
  IND_SLIDE_COMPARISON,   /* % ejercido by period, with reports of others */
  IND_SLIDE_PROGRAM_CONTINUED,  /* the rest of a program's chart */
} IndSlideKind;

typedef struct _IndSlides IndSlides;

IndSlides    *ind_slides_new          (IndReport                 *report,
                                       const IndExportOptions    *options);
void          ind_slides_free         (IndSlides                 *self);
guint         ind_slides_get_n_slides (IndSlides                 *self);
IndSlideKind  ind_slides_get_kind     (IndSlides                 *self,
                                       guint                      slide,
                                       IndItem                  **program);
guint         ind_slides_get_n_points (IndSlides                 *self,
                                       guint                      slide);
gboolean      ind_slides_get_chart_rows (IndSlides               *self,
                                       guint                      slide,
                                       guint                     *first,
                                       guint                     *n_rows);
void          ind_slides_draw         (IndSlides                 *self,
                                       cairo_t                   *cr,
                                       guint                      slide);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndSlides, ind_slides_free)

G_END_DECLS
