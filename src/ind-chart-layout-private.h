/* ind-chart-layout-private.h: the geometry of a chart before it is painted
 *
 * Painting, hit-testing and the tests all read the same layout, so a
 * tooltip names the bar under the pointer and a test can measure the bar
 * that was painted.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "ind-chart.h"
#include "ind-comparison.h"

G_BEGIN_DECLS

/* The comparison chart is drawn from an IndComparison rather than from
 * a report, so it is not one of the public kinds. */
#define IND_CHART_COMPARACION ((IndChartKind)(IND_CHART_COMPOSICION + 1))

/* Bars in one row at most: the three money columns, or the periods of
 * a comparison. */
#define IND_CHART_MAX_BARS IND_CHART_MAX_PERIODS

/* How a mark is filled. The order is the painting order. */
typedef enum
{
  IND_CHART_STYLE_STRIPE,       /* every other row, behind everything */
  IND_CHART_STYLE_MODIFICADO,
  IND_CHART_STYLE_DEVENGADO,
  IND_CHART_STYLE_PAGADO,       /* hatched */
  IND_CHART_STYLE_GREEN,
  IND_CHART_STYLE_YELLOW,
  IND_CHART_STYLE_RED,          /* hatched */
  IND_CHART_STYLE_NEUTRAL,      /* progress without a known pace */
  IND_CHART_STYLE_SLICE_0,      /* composition slices, in order */
  IND_CHART_STYLE_SLICE_1,
  IND_CHART_STYLE_SLICE_2,
  IND_CHART_STYLE_SLICE_3,
  IND_CHART_STYLE_SLICE_4,
  IND_CHART_STYLE_SLICE_5,
  IND_CHART_STYLE_SLICE_6,
  IND_CHART_STYLE_OTHERS,       /* the slice that gathers the smallest */
  IND_CHART_STYLE_PERIOD_0,     /* comparison: the latest period, */
  IND_CHART_STYLE_PERIOD_1,     /* the one before it… */
  IND_CHART_STYLE_PERIOD_2,     /* hatched */
  IND_CHART_STYLE_PERIOD_3,
  IND_CHART_STYLE_PACE_HALO,    /* clears the ground around a pace mark */
  IND_CHART_STYLE_PACE,         /* a period's expected pace, on its bar */
  IND_CHART_N_STYLES
} IndChartStyle;

#define IND_CHART_N_SLICE_STYLES (IND_CHART_STYLE_OTHERS - IND_CHART_STYLE_SLICE_0)

/* What a text is, which decides its colour. */
typedef enum
{
  IND_CHART_INK_TEXT,
  IND_CHART_INK_DIM,
  IND_CHART_INK_ON_DARK,   /* on a dark fill */
  IND_CHART_INK_ON_LIGHT,  /* on a light fill */
} IndChartInk;

/* The box a text cuts out of a line it crosses. */
typedef enum
{
  IND_CHART_HALO_NONE,
  IND_CHART_HALO_BACKGROUND,
  IND_CHART_HALO_STRIPE,
} IndChartHalo;

typedef struct
{
  double red, green, blue;
} IndChartRgb;

typedef struct
{
  PangoLayout       *layout;
  double             x, y;   /* where the layout's origin goes */
  cairo_rectangle_t  rect;   /* its logical extents on the chart */
  IndChartInk        ink;
  IndChartHalo       halo;
} IndChartText;

typedef struct
{
  cairo_rectangle_t  rect;
  IndChartStyle      style;
} IndChartMark;

/* A row of a bar chart, or a line of the composition's legend. */
typedef struct
{
  IndItem           *item;               /* owned by the report; in a
                                          * comparison, the latest period's;
                                          * NULL for the money no child
                                          * accounts for */
  IndComparisonRow  *compared;           /* comparison: the row charted */
  cairo_rectangle_t  area;               /* what a pointer over it means */
  cairo_rectangle_t  bars[IND_CHART_MAX_BARS];  /* ejecución: one per column;
                                          * avance: bars[0]; comparison:
                                          * one per period charted */
  guint              n_bars;             /* 0: nothing to draw */
  guint              absent;             /* comparison: bit j set when
                                          * period j has no figure */
  double             values[IND_CHART_MAX_BARS];  /* centavos, or % ejercido */
} IndChartRow;

typedef struct
{
  IndItem       *item;         /* NULL for the slice of the others */
  double         start, end;   /* radians, as cairo_arc() takes them */
  double         share;        /* percent of the drawn total */
  IndChartStyle  style;
} IndChartSlice;

typedef struct
{
  IndChartKind       kind;
  double             width, height;
  double             em;           /* the body text size, in pixels */
  gboolean           dark;

  PangoContext      *context;
  GArray            *texts;        /* IndChartText */
  GArray            *marks;        /* IndChartMark */
  GArray            *rows;         /* IndChartRow */
  GArray            *slices;       /* IndChartSlice */

  /* Bar charts: the rows sit in @plot; a value v is drawn at
   * axis_x + (v - axis_min) / (axis_max - axis_min) * axis_width. */
  cairo_rectangle_t  plot;
  double             axis_x, axis_width;
  double             axis_min, axis_max;
  GArray            *ticks;        /* double: tick values */
  gboolean           has_pace;
  double             pace, pace_x;
  gboolean           hatch;        /* bars thick enough to show hatching */

  /* Comparison: the periods charted, oldest first, with their paces;
   * marks of style PACE stand at each period's pace on its bars. */
  guint              first_period;
  guint              n_periods;
  gboolean           has_period_pace[IND_CHART_MAX_BARS];
  double             period_pace[IND_CHART_MAX_BARS];

  /* Composition: the donut. */
  double             cx, cy, outer, inner;

  /* Bar charts: the rows there are (the money no child accounts for
   * included) and those laid out, [first_row, first_row + rows->len). */
  guint              n_all_rows;
  guint              first_row;
} IndChartLayout;

/* A bar chart cut over several pages, as slides need it: each page
 * shows the rows from @first_row on that fit with their names on two
 * lines at full size, on the axis of all the rows, so that the pages
 * share one scale. */
typedef struct
{
  guint     first_row;
  gboolean  bare;       /* no title, period or scope: the slide says
                         * them */
  guint     n_rows;     /* 0: as many as fit; else these, as a page
                         * measured before is drawn */
} IndChartPage;

IndChartLayout *_ind_chart_layout_new   (cairo_t               *cr,
                                         IndReport             *report,
                                         IndChartKind           kind,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options);
IndChartLayout *_ind_chart_layout_new_comparison (cairo_t        *cr,
                                         IndComparison         *comparison,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options);
IndChartLayout *_ind_chart_layout_new_page (cairo_t            *cr,
                                         IndReport             *report,
                                         IndChartKind           kind,
                                         double                 width,
                                         double                 height,
                                         const IndChartOptions *options,
                                         const IndChartPage    *page);
void            _ind_chart_layout_free  (IndChartLayout        *layout);
IndChartStyle   _ind_chart_period_style (guint                  period,
                                         guint                  n_periods);
double          _ind_chart_layout_value_to_x (const IndChartLayout *layout,
                                         double                 value);
void            _ind_chart_style_color  (IndChartStyle          style,
                                         gboolean               dark,
                                         IndChartRgb           *rgb);
gboolean        _ind_chart_style_is_hatched (IndChartStyle      style);
void            _ind_chart_ink_color    (IndChartInk            ink,
                                         gboolean               dark,
                                         IndChartRgb           *rgb);
void            _ind_chart_background_color (gboolean           dark,
                                         IndChartRgb           *rgb);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndChartLayout, _ind_chart_layout_free)

G_END_DECLS
