/* ind-chart.h: charts of budget execution, drawn on any cairo_t
 *
 * The same functions paint the on-screen widget, the PDF pages and the
 * image files, so what the council sees on paper is what the staff saw.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ind-comparison.h"
#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

typedef enum
{
  IND_CHART_EJECUCION,    /* Modificado, Devengado, Pagado per item */
  IND_CHART_AVANCE,       /* % ejercido per item against the pace */
  IND_CHART_COMPOSICION,  /* each item's share of the Modificado */
} IndChartKind;

#define IND_TYPE_CHART_KIND (ind_chart_kind_get_type ())
GType ind_chart_kind_get_type (void);

/* The periods a comparison chart shows at most: the latest, a year of
 * quarters. */
#define IND_CHART_MAX_PERIODS 4

/* The size of a slide, for files and the clipboard. */
#define IND_CHART_PRESENTATION_WIDTH  1920
#define IND_CHART_PRESENTATION_HEIGHT 1080

typedef struct
{
  /* NULL: the report's programs. A program's path: its components. A
   * component's path: its activities (drill-down). */
  const char       *scope_path;
  IndSemaforoBands  bands;
  gboolean          dark;        /* colours for a dark background */
  double            text_scale;  /* 1.0 for screen; larger for slides */
} IndChartOptions;

void        ind_chart_options_init      (IndChartOptions       *options);
double      ind_chart_text_scale_for_size (double               width,
                                         double                 height);
const char *ind_chart_kind_to_string    (IndChartKind           kind);
gboolean    ind_chart_kind_from_string  (const char            *name,
                                         IndChartKind          *kind);

void        ind_chart_draw              (cairo_t               *cr,
                                         IndReport             *report,
                                         IndChartKind           kind,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options);
IndItem    *ind_chart_item_at           (IndReport             *report,
                                         IndChartKind           kind,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options,
                                         double                 x,
                                         double                 y);

void        ind_chart_draw_comparison   (cairo_t               *cr,
                                         IndComparison         *comparison,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options);
IndComparisonRow *ind_chart_comparison_item_at (IndComparison *comparison,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options,
                                         double                 x,
                                         double                 y,
                                         guint                 *period);

cairo_surface_t *ind_chart_render_image (IndReport             *report,
                                         IndChartKind           kind,
                                         int                    width,
                                         int                    height,
                                         const IndChartOptions *options);
gboolean    ind_chart_save              (IndReport             *report,
                                         IndChartKind           kind,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options,
                                         const char            *path,
                                         GError               **error);
gboolean    ind_chart_save_comparison   (IndComparison         *comparison,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options,
                                         const char            *path,
                                         GError               **error);

G_END_DECLS
