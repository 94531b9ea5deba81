/* ind-slides.c
 *
 * Slides are read from the back of a room: points are 22 pt on a 13.3 in
 * wide slide, and no text is under 18 pt but the charts' values and
 * scales and the footer; a slide carries one idea, in five points and
 * about seventy words at most (the summary has the rest); amounts are
 * rounded; and a chart whose rows do not fit goes on to a next slide
 * rather than shrinking or leaving a name out.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-chart-layout-private.h"
#include "ind-chart-private.h"
#include "ind-draw-private.h"
#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-slides-private.h"

#define MARGIN          48.0
#define HEADING_SIZE    34.0
/* The heading's line: its size and the space between lines. */
#define HEADING_LINE    (HEADING_SIZE * 1.3)
#define BODY_SIZE       22.0
/* Labels and the lines under figures: still legible from the back. */
#define SMALL_SIZE      18.0
#define NAME_SIZE       18.0
#define REMARK_SIZE     20.0
/* Lines of a program's remark on its slide; the summary has it whole. */
#define REMARK_LINES    3
#define AMOUNT_SIZE     38.0
#define FIGURE_SIZE     34.0
#define PROGRAM_FIGURE_SIZE 30.0
/* The semáforo mark beside a figure, as a share of the figure's size,
 * and the space between the two. */
#define FIGURE_MARK_SIZE 0.55
#define FIGURE_MARK_GAP  10
#define FOOTER_SIZE     12.0
#define BULLET_INDENT   28.0
#define ITEM_GAP        14.0
/* What a slide of sentences holds at most: a council reads five points
 * of about seventy words in all; the summary has the rest. */
#define MAX_POINTS      5
#define MAX_WORDS       70
/* Chart labels at slide size, against 1.0 on screen. */
#define CHART_TEXT_SCALE 1.4
#define PROGRAM_CHART_TEXT_SCALE 1.3
/* Two bars a program, and their values, need more room. */
#define COMPARISON_CHART_TEXT_SCALE 1.25
/* Where the program's money went among its components. */
#define PROGRAM_CHART IND_CHART_EJECUCION

typedef struct
{
  IndSlideKind  kind;
  IndItem      *program;
  guint         first;  /* points shown, or rows of a chart: [first, last) */
  guint         last;
  gboolean      chart;  /* a program's first slide may have its figures only */
  guint         part;   /* 1, 2… when a chart runs over several slides */
} Slide;

struct _IndSlides
{
  IndReport           *report;
  IndComparison       *comparison;
  IndSemaforoBands     bands;
  PangoContext        *context;
  char               **findings;
  char               **review;
  char                *generated;
  GArray              *slides;
};

static PangoLayout *
text (IndSlides      *self,
      const char     *str,
      double          size,
      IndTextStyle    style,
      double          width,
      PangoAlignment  alignment)
{
  return _ind_draw_text (self->context, str, size, style, width, alignment);
}

static double
content_top (void)
{
  return MARGIN + HEADING_LINE + 18;
}

static double
content_bottom (void)
{
  return IND_SLIDE_HEIGHT - MARGIN - FOOTER_SIZE;
}

static void
add_slide (IndSlides    *self,
           IndSlideKind  kind,
           IndItem      *program,
           guint         first,
           guint         last,
           guint         part)
{
  Slide slide = { kind, program, first, last, TRUE, part };

  g_array_append_val (self->slides, slide);
}

static guint
count_words (const char *str)
{
  g_auto(GStrv) words = g_strsplit_set (str, " \n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

static double
point_height (IndSlides  *self,
              const char *point)
{
  g_autoptr(PangoLayout) layout = text (self, point, BODY_SIZE, IND_TEXT_REGULAR,
                                        IND_SLIDE_WIDTH - 2 * MARGIN - BULLET_INDENT, PANGO_ALIGN_LEFT);

  return _ind_draw_text_height (layout) + ITEM_GAP;
}

/* One slide of the first @points, most important first: five at most,
 * about seventy words and what fits on it, the first one always. */
static void
add_points_slide (IndSlides    *self,
                  IndSlideKind  kind,
                  char        **points)
{
  double room = content_bottom () - content_top () - 2 * SMALL_SIZE;
  guint n = 0, words = 0;

  while (points[n] != NULL && n < MAX_POINTS)
    {
      guint w = count_words (points[n]);
      double h = point_height (self, points[n]);

      if (n > 0 && (words + w > MAX_WORDS || h > room))
        break;
      words += w;
      room -= h;
      n++;
    }
  add_slide (self, kind, NULL, 0, n, 1);
}

static void
chart_options (IndSlides       *self,
               IndItem         *program,
               IndChartOptions *options)
{
  ind_chart_options_init (options);
  options->bands = self->bands;
  options->scope_path = program != NULL ? ind_item_get_path (program) : NULL;
  options->text_scale = program != NULL ? PROGRAM_CHART_TEXT_SCALE : CHART_TEXT_SCALE;
}

/* How many rows of @program's chart (NULL: of the programs) fit from
 * @first on in a box @height high; @n_rows: how many there are. */
static guint
rows_fitting (IndSlides    *self,
              cairo_t      *scratch,
              IndItem      *program,
              IndChartKind  chart,
              guint         first,
              double        height,
              guint        *n_rows)
{
  IndChartPage page = { first, program != NULL, 0 };
  IndChartOptions options;
  g_autoptr(IndChartLayout) layout = NULL;

  chart_options (self, program, &options);
  layout = _ind_chart_layout_new_page (scratch, self->report, chart, IND_SLIDE_WIDTH - 2 * MARGIN,
                                       height, &options, &page);
  *n_rows = layout->n_all_rows;
  return layout->rows->len;
}

/* The chart of @program's components (NULL: of the programs) cut over
 * as many slides as its rows need, each with the names on two lines:
 * the first from @first_top down, the others under the heading. A
 * program's chart that would not fit under its figures but fits whole
 * on a slide of its own goes there, so that its rows are seen together. */
static void
add_chart_slides (IndSlides    *self,
                  cairo_t      *scratch,
                  IndSlideKind  kind,
                  IndItem      *program,
                  IndChartKind  chart,
                  double        first_top)
{
  double next_top = program != NULL ? content_top () : MARGIN;
  guint first = 0, part = 1, n_rows, fitting;

  fitting = rows_fitting (self, scratch, program, chart, 0, content_bottom () - first_top, &n_rows);
  if (program != NULL && fitting < n_rows &&
      rows_fitting (self, scratch, program, chart, 0, content_bottom () - next_top, &n_rows) == n_rows)
    {
      add_slide (self, kind, program, 0, 0, part++);
      g_array_index (self->slides, Slide, self->slides->len - 1).chart = FALSE;
      fitting = n_rows;
    }
  for (;;)
    {
      add_slide (self, part == 1 ? kind : program != NULL ? IND_SLIDE_PROGRAM_CONTINUED : kind, program,
                 first, first + fitting, part);
      first += fitting;
      if (fitting == 0 || first >= n_rows)
        break;
      part++;
      fitting = rows_fitting (self, scratch, program, chart, first, content_bottom () - next_top, &n_rows);
    }
}

static double draw_program_top (IndSlides *self,
                                cairo_t   *cr,
                                IndItem   *program);

IndSlides *
ind_slides_new (IndReport                 *report,
                const IndExportOptions    *options)
{
  IndSlides *self;
  cairo_surface_t *surface;
  cairo_t *scratch;
  guint n_programs;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  self = g_new0 (IndSlides, 1);
  self->report = g_object_ref (report);
  if (options != NULL)
    {
      self->bands = options->bands;
      g_set_object (&self->comparison, options->comparison);
    }
  else
    ind_semaforo_bands_init (&self->bands);
  self->generated = _ind_draw_generated_on (options != NULL ? options->generated : NULL);
  self->context = _ind_draw_create_context ();
  /* A slide says each in brief; the summary has them whole. */
  self->findings = ind_findings_build_brief (report);
  self->review = ind_findings_build_review_brief (report);
  self->slides = g_array_new (FALSE, FALSE, sizeof (Slide));
  /* Where the charts and the top of a program's slide are measured. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  scratch = cairo_create (surface);

  n_programs = ind_report_get_n_programs (report);
  add_slide (self, IND_SLIDE_TITLE, NULL, 0, 0, 0);
  add_slide (self, IND_SLIDE_TOTALS, NULL, 0, 0, 0);
  if (self->findings[0] != NULL)
    add_points_slide (self, IND_SLIDE_FINDINGS, self->findings);
  if (n_programs > 0)
    {
      add_chart_slides (self, scratch, IND_SLIDE_EJECUCION, NULL, IND_CHART_EJECUCION, MARGIN);
      add_chart_slides (self, scratch, IND_SLIDE_AVANCE, NULL, IND_CHART_AVANCE, MARGIN);
      if (self->comparison != NULL)
        add_slide (self, IND_SLIDE_COMPARISON, NULL, 0, 0, 0);
    }
  for (guint i = 0; i < n_programs; i++)
    {
      IndItem *program = ind_report_get_program (report, i);

      add_chart_slides (self, scratch, IND_SLIDE_PROGRAM, program, PROGRAM_CHART,
                        draw_program_top (self, scratch, program));
    }
  if (self->review[0] != NULL)
    add_points_slide (self, IND_SLIDE_REVIEW, self->review);

  cairo_destroy (scratch);
  cairo_surface_destroy (surface);
  return self;
}

void
ind_slides_free (IndSlides *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->report);
  g_clear_object (&self->comparison);
  g_object_unref (self->context);
  g_strfreev (self->findings);
  g_strfreev (self->review);
  g_free (self->generated);
  g_array_unref (self->slides);
  g_free (self);
}

guint
ind_slides_get_n_slides (IndSlides *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slides->len;
}

/**
 * ind_slides_get_kind:
 * @program: (out) (optional): the program of an %IND_SLIDE_PROGRAM slide
 */
IndSlideKind
ind_slides_get_kind (IndSlides  *self,
                     guint       slide,
                     IndItem   **program)
{
  const Slide *s;

  g_return_val_if_fail (self != NULL, IND_SLIDE_TITLE);
  g_return_val_if_fail (slide < self->slides->len, IND_SLIDE_TITLE);

  s = &g_array_index (self->slides, Slide, slide);
  if (program != NULL)
    *program = s->program;
  return s->kind;
}

/**
 * ind_slides_get_n_points:
 *
 * Returns: the findings or points of the review on a slide of either
 *   kind; 0 on other slides
 */
guint
ind_slides_get_n_points (IndSlides *self,
                         guint      slide)
{
  const Slide *s;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (slide < self->slides->len, 0);

  s = &g_array_index (self->slides, Slide, slide);
  if (s->kind != IND_SLIDE_FINDINGS && s->kind != IND_SLIDE_REVIEW)
    return 0;
  return s->last - s->first;
}

/* ---- Drawing ------------------------------------------------------------ */

static const char *
report_title (IndSlides *self)
{
  const char *title = ind_report_get_title (self->report);

  return title != NULL ? title : _("Indicadores de Resultados");
}

static void
draw_heading (IndSlides  *self,
              cairo_t    *cr,
              const char *heading,
              guint       part)
{
  g_autofree char *numbered = part > 1 ? g_strdup_printf (_("%s (continued)"), heading) : NULL;
  g_autoptr(PangoLayout) layout = text (self, numbered ? numbered : heading, HEADING_SIZE, IND_TEXT_BOLD,
                                        IND_SLIDE_WIDTH - 2 * MARGIN, PANGO_ALIGN_LEFT);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  _ind_draw_show (cr, layout, MARGIN, MARGIN, IND_INK);
  _ind_draw_fill_rect (cr, MARGIN, MARGIN + HEADING_LINE + 4, 80, 4, IND_ACCENT);
}

static void
draw_footer (IndSlides *self,
             cairo_t   *cr,
             guint      slide)
{
  g_autofree char *number = g_strdup_printf ("%u / %u", slide + 1, self->slides->len);
  g_autoptr(PangoLayout) left = text (self, report_title (self), FOOTER_SIZE, IND_TEXT_REGULAR,
                                      IND_SLIDE_WIDTH - 2 * MARGIN - 80, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) right = text (self, number, FOOTER_SIZE, IND_TEXT_NUMBERS, 80, PANGO_ALIGN_RIGHT);
  double y = IND_SLIDE_HEIGHT - MARGIN / 2 - FOOTER_SIZE;

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, -1);
  _ind_draw_show (cr, left, MARGIN, y, IND_MUTED);
  _ind_draw_show (cr, right, IND_SLIDE_WIDTH - MARGIN - 80, y, IND_MUTED);
}

static void
draw_title_slide (IndSlides *self,
                  cairo_t   *cr)
{
  const char *entity = ind_report_get_entity (self->report);
  g_autofree char *period = ind_format_period (ind_report_get_period_end (self->report));
  g_autofree char *period_line = _ind_draw_capitalize (period);
  double width = IND_SLIDE_WIDTH - 2 * MARGIN - 24;
  double x = MARGIN + 24;
  double top = 120;
  double y = top;

  _ind_draw_fill_rect (cr, 0, 0, IND_SLIDE_WIDTH, 12, IND_ACCENT);
  if (entity != NULL)
    {
      g_autoptr(PangoLayout) layout = text (self, entity, BODY_SIZE, IND_TEXT_BOLD, width, PANGO_ALIGN_LEFT);

      _ind_draw_show (cr, layout, x, y, IND_ACCENT);
      y += _ind_draw_text_height (layout) + 18;
    }
  {
    g_autoptr(PangoLayout) layout = text (self, report_title (self), 40, IND_TEXT_BOLD, width, PANGO_ALIGN_LEFT);

    _ind_draw_show (cr, layout, x, y, IND_INK);
    y += _ind_draw_text_height (layout) + 12;
  }
  {
    g_autoptr(PangoLayout) layout = text (self, period_line, 26, IND_TEXT_REGULAR, width, PANGO_ALIGN_LEFT);

    _ind_draw_show (cr, layout, x, y, IND_MUTED);
    y += _ind_draw_text_height (layout);
  }
  /* the bar runs alongside the whole title block */
  _ind_draw_fill_rect (cr, MARGIN, top, 6, y - top, IND_ACCENT);
  {
    g_autoptr(PangoLayout) layout = text (self, self->generated, SMALL_SIZE, IND_TEXT_REGULAR, width, PANGO_ALIGN_LEFT);

    _ind_draw_show (cr, layout, x, IND_SLIDE_HEIGHT - MARGIN - 2 * SMALL_SIZE, IND_MUTED);
  }
}

/* A key figure: label, large value (with its semáforo mark) and, when
 * @detail, the line under it. A value too wide for @width is set
 * smaller rather than cut. Returns the height used. */
static double
draw_figure (IndSlides          *self,
             cairo_t            *cr,
             const IndKeyFigure *figure,
             double              x,
             double              y,
             double              width,
             double              value_size,
             gboolean            detail)
{
  g_autoptr(PangoLayout) label = text (self, figure->label, SMALL_SIZE, IND_TEXT_BOLD, width, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) value = NULL;
  double mark = figure->marked ? value_size * FIGURE_MARK_SIZE + FIGURE_MARK_GAP : 0;
  double y0 = y;
  double value_width;

  value = text (self, figure->value, value_size, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
  value_width = _ind_draw_text_width (value) + mark;
  if (value_width > width)
    {
      value_size *= width / value_width;
      g_object_unref (value);
      value = text (self, figure->value, value_size, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
      mark = figure->marked ? value_size * FIGURE_MARK_SIZE + FIGURE_MARK_GAP : 0;
    }

  _ind_draw_show (cr, label, x, y, IND_MUTED);
  y += _ind_draw_text_height (label);
  if (figure->marked)
    _ind_draw_semaforo_mark (cr, figure->semaforo, x + (mark - FIGURE_MARK_GAP) / 2,
                             y + _ind_draw_text_height (value) * IND_DRAW_MARK_CENTER,
                             mark - FIGURE_MARK_GAP);
  _ind_draw_show (cr, value, x + mark, y, IND_INK);
  y += _ind_draw_text_height (value);
  if (detail && figure->detail[0] != '\0')
    {
      g_autoptr(PangoLayout) layout = text (self, figure->detail, SMALL_SIZE, IND_TEXT_REGULAR, width, PANGO_ALIGN_LEFT);

      _ind_draw_show (cr, layout, x, y, IND_MUTED);
      y += _ind_draw_text_height (layout);
    }
  return y - y0;
}

/* Amounts as a room reads them, "$109.2 M" or "$940.5 mil": the exact
 * figures are in the summary and the workbook. */
static void
shorten_amounts (IndSlides    *self,
                 IndKeyFigure  figures[IND_N_KEY_FIGURES],
                 IndItem      *program)
{
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 value = 0;

      if (program == NULL)
        value = ind_report_sum_programs (self->report, m);
      else if (!ind_item_get_money (program, m, &value))
        continue;
      g_free (figures[m].value);
      figures[m].value = ind_format_money_short (value);
    }
}

#define KEY_LEFT_WIDTH 400.0
#define KEY_RIGHT_X    (MARGIN + KEY_LEFT_WIDTH + 40)

/* The key figures of the report or of @program from @top: the three
 * amounts down the left, the rates and the count in a grid on the
 * right; a program's leaves out the pace and the count, which the
 * report's slide has. Returns the bottom of the grid. */
static double
draw_key_figures (IndSlides *self,
                  cairo_t   *cr,
                  IndItem   *program,
                  double     top)
{
  static const guint report_rates[] = { IND_KEY_EJERCIDO, IND_KEY_PACE, IND_KEY_PAGADO, IND_KEY_OBSERVATIONS };
  static const guint program_rates[] = { IND_KEY_EJERCIDO, IND_KEY_PAGADO };
  const guint *rates = program != NULL ? program_rates : report_rates;
  guint n_rates = program != NULL ? G_N_ELEMENTS (program_rates) : G_N_ELEMENTS (report_rates);
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  double cell = (IND_SLIDE_WIDTH - MARGIN - KEY_RIGHT_X - 20) / 2;
  double y = top;
  double row = 0;

  _ind_key_figures_build (figures, self->report, program, &self->bands);
  shorten_amounts (self, figures, program);
  for (guint i = 0; i < IND_N_MONEY; i++)
    y += draw_figure (self, cr, &figures[i], MARGIN, y, KEY_LEFT_WIDTH, AMOUNT_SIZE, TRUE) + 14;

  _ind_draw_fill_rect (cr, KEY_RIGHT_X - 20, top, 1, y - top - 14, IND_LIGHT_RULE);
  for (guint i = 0; i < n_rates; i++)
    {
      double height = draw_figure (self, cr, &figures[rates[i]],
                                   KEY_RIGHT_X + (i % 2) * (cell + 20), top + (i / 2) * row,
                                   cell, FIGURE_SIZE, TRUE);

      row = MAX (row, height + 36);
    }
  _ind_key_figures_clear (figures);
  return top + (n_rates + 1) / 2 * row - 36;
}

static void
draw_totals (IndSlides *self,
             cairo_t   *cr)
{
  draw_heading (self, cr, _("The budget at a glance"), 0);
  draw_key_figures (self, cr, NULL, content_top () + 4);
}

static void
draw_bullet_text (IndSlides   *self,
                  cairo_t     *cr,
                  const char  *str,
                  double       size,
                  IndTextStyle style,
                  double      *y)
{
  g_autoptr(PangoLayout) bullet = text (self, "•", size, IND_TEXT_BOLD, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) layout = text (self, str, size, style,
                                        IND_SLIDE_WIDTH - 2 * MARGIN - BULLET_INDENT, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, bullet, MARGIN + 4, *y, IND_ACCENT);
  _ind_draw_show (cr, layout, MARGIN + BULLET_INDENT, *y, IND_INK);
  *y += _ind_draw_text_height (layout);
}

/* The findings or the review: its points, and a line under them when
 * the summary has more. */
static void
draw_points (IndSlides   *self,
             cairo_t     *cr,
             const Slide *slide,
             const char  *heading,
             char       **points,
             const char  *more)
{
  double y = content_top ();

  draw_heading (self, cr, heading, 0);
  for (guint i = slide->first; i < slide->last; i++)
    {
      draw_bullet_text (self, cr, points[i], BODY_SIZE, IND_TEXT_REGULAR, &y);
      y += ITEM_GAP;
    }
  if (points[slide->last] != NULL)
    {
      g_autoptr(PangoLayout) layout = text (self, more, SMALL_SIZE, IND_TEXT_ITALIC,
                                            IND_SLIDE_WIDTH - 2 * MARGIN, PANGO_ALIGN_LEFT);

      _ind_draw_show (cr, layout, MARGIN, y, IND_MUTED);
    }
}

/* @kind's chart, rows @slide->first on, or @comparison's chart. */
static void
draw_chart (IndSlides     *self,
            cairo_t       *cr,
            IndChartKind   kind,
            IndComparison *comparison,  /* instead of @kind */
            const Slide   *slide,
            double         x,
            double         y,
            double         width,
            double         height)
{
  IndItem *program = slide->program;
  /* the rows measured for this slide, whatever the surface */
  IndChartPage page = { slide->first, program != NULL, slide->last - slide->first };
  IndChartOptions options;

  chart_options (self, program, &options);
  if (comparison != NULL)
    options.text_scale = COMPARISON_CHART_TEXT_SCALE;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (comparison != NULL)
    ind_chart_draw_comparison (cr, comparison, width, height, &options);
  else
    _ind_chart_draw_page (cr, self->report, kind, width, height, &options, &page);
  cairo_restore (cr);
}

/* The chart's own title heads the slide. */
static void
draw_chart_slide (IndSlides    *self,
                  cairo_t      *cr,
                  IndChartKind  kind,
                  const Slide  *slide)
{
  draw_chart (self, cr, kind, NULL, slide, MARGIN, MARGIN,
              IND_SLIDE_WIDTH - 2 * MARGIN, content_bottom () - MARGIN);
}

/* % ejercido by period, and a line counting the items that changed,
 * which the summary lists. */
static void
draw_comparison_slide (IndSlides   *self,
                       cairo_t     *cr,
                       const Slide *slide)
{
  guint added = g_list_model_get_n_items (ind_comparison_get_added (self->comparison));
  guint vanished = g_list_model_get_n_items (ind_comparison_get_vanished (self->comparison));
  guint renamed = g_list_model_get_n_items (ind_comparison_get_renamed (self->comparison));
  double bottom = content_bottom ();

  if (added + vanished + renamed > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Items that changed between the periods — new: %u, vanished: %u, renamed: %u. The summary document lists them."),
                                               added, vanished, renamed);
      g_autoptr(PangoLayout) layout = text (self, line, SMALL_SIZE, IND_TEXT_ITALIC,
                                            IND_SLIDE_WIDTH - 2 * MARGIN, PANGO_ALIGN_LEFT);

      bottom -= _ind_draw_text_height (layout);
      _ind_draw_show (cr, layout, MARGIN, bottom, IND_MUTED);
      bottom -= 8;
    }
  draw_chart (self, cr, 0, self->comparison, slide, MARGIN, MARGIN,
              IND_SLIDE_WIDTH - 2 * MARGIN, bottom - MARGIN);
}

/* How many of @item's activities report physical progress or a target
 * reached, of how many. */
static void
count_results (IndItem *item,
               guint   *activities,
               guint   *progressed)
{
  double fisico;
  gint64 alcanzado;

  if (ind_item_get_kind (item) == IND_KIND_ACTIVIDAD && !ind_item_get_missing (item))
    {
      (*activities)++;
      if ((ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &fisico) && fisico > 0) ||
          (ind_item_get_alcanzado (item, &alcanzado) && alcanzado > 0))
        (*progressed)++;
    }
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    count_results (ind_item_get_child (item, i), activities, progressed);
}

/* Draws @text at @y across the slide, @lines at most; returns its
 * height. */
static double
draw_line (IndSlides    *self,
           cairo_t      *cr,
           const char   *str,
           double        size,
           IndTextStyle  style,
           int           lines,
           double        x,
           double        y,
           guint32       rgb)
{
  g_autoptr(PangoLayout) layout = text (self, str, size, style, IND_SLIDE_WIDTH - MARGIN - x, PANGO_ALIGN_LEFT);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
  _ind_draw_show (cr, layout, x, y, rgb);
  return _ind_draw_text_height (layout);
}

static double
draw_program_name (IndSlides *self,
                   cairo_t   *cr,
                   IndItem   *program)
{
  const char *nombre = ind_item_get_nombre (program);
  double y = content_top () - 6;

  if (nombre != NULL)
    y += draw_line (self, cr, nombre, NAME_SIZE, IND_TEXT_REGULAR, 2, MARGIN, y, IND_MUTED) + 10;
  return y;
}

/* How the program's targets stand and the staff's remark on it, what
 * the council asks about, from @x, @y to the right margin; returns the
 * height used. */
static double
draw_targets_and_remark (IndSlides *self,
                         cairo_t   *cr,
                         IndItem   *program,
                         double     x,
                         double     y)
{
  const char *remark = ind_item_get_note (program);
  guint activities = 0, progressed = 0;
  double y0 = y;

  count_results (program, &activities, &progressed);
  if (activities > 0)
    {
      g_autofree char *targets = g_strdup_printf (ngettext ("Targets: %u of %u activity with physical progress (reported)",
                                                            "Targets: %u of %u activities with physical progress (reported)",
                                                            activities),
                                                  progressed, activities);

      y += draw_line (self, cr, targets, NAME_SIZE, IND_TEXT_BOLD, 2, x, y, IND_INK) + 8;
    }
  if (remark != NULL && *remark != '\0')
    {
      g_autofree char *line = g_strdup_printf (_("Note: %s"), remark);
      double h = draw_line (self, cr, line, REMARK_SIZE, IND_TEXT_ITALIC, REMARK_LINES, x + 14, y, IND_ACCENT);

      _ind_draw_fill_rect (cr, x, y, 4, h, IND_ACCENT);
      y += h + 8;
    }
  return y - y0;
}

/* The program's name, its key figures in a row, how its targets stand
 * and the staff's remark; returns where its chart starts. */
static double
draw_program_top (IndSlides *self,
                  cairo_t   *cr,
                  IndItem   *program)
{
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  static const guint shown[] = {
    IND_MONEY_MODIFICADO, IND_MONEY_DEVENGADO, IND_MONEY_PAGADO, IND_KEY_EJERCIDO,
  };
  /* The amounts are short; % ejercido has a line under it. */
  double cell = 190;
  double y = draw_program_name (self, cr, program);
  double row = 0;

  /* Only % ejercido keeps its line: the others would repeat it. */
  _ind_key_figures_build (figures, self->report, program, &self->bands);
  shorten_amounts (self, figures, program);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    row = MAX (row, draw_figure (self, cr, &figures[shown[i]], MARGIN + i * cell, y,
                                 i + 1 < G_N_ELEMENTS (shown) ? cell - 24 : IND_SLIDE_WIDTH - MARGIN - (MARGIN + i * cell),
                                 PROGRAM_FIGURE_SIZE, shown[i] == IND_KEY_EJERCIDO));
  _ind_key_figures_clear (figures);
  y += row + 8;

  return y + draw_targets_and_remark (self, cr, program, MARGIN, y);
}

/* The first slide of a program: its figures above the first rows of
 * its components' chart, or above none when the chart is whole on the
 * next; the chart goes on over the next ones. */
static void
draw_program (IndSlides   *self,
              cairo_t     *cr,
              const Slide *slide)
{
  g_autofree char *heading = g_strdup_printf (_("Program %s"), ind_item_get_path (slide->program));
  double top;

  draw_heading (self, cr, heading, slide->part);
  if (!slide->chart)
    {
      /* The figures as large as the report's, the chart on the next slide. */
      double y = draw_key_figures (self, cr, slide->program, draw_program_name (self, cr, slide->program) + 8);

      draw_targets_and_remark (self, cr, slide->program, KEY_RIGHT_X, y + 20);
      return;
    }
  top = slide->part == 1 ? draw_program_top (self, cr, slide->program) : content_top ();
  draw_chart (self, cr, PROGRAM_CHART, NULL, slide, MARGIN, top, IND_SLIDE_WIDTH - 2 * MARGIN,
              content_bottom () - top);
}

/**
 * ind_slides_get_chart_rows:
 * @first: (out): the first of the chart's rows on @slide
 * @n_rows: (out): how many of them it shows
 *
 * The rows of a chart cut over several slides, as measured for these
 * slides: what another writer of the same deck draws on each.
 *
 * Returns: whether @slide shows a chart of rows (a program's first slide
 *   may show its figures only)
 */
gboolean
ind_slides_get_chart_rows (IndSlides *self,
                           guint      slide,
                           guint     *first,
                           guint     *n_rows)
{
  const Slide *s;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (slide < self->slides->len, FALSE);

  s = &g_array_index (self->slides, Slide, slide);
  switch (s->kind)
    {
    case IND_SLIDE_EJECUCION:
    case IND_SLIDE_AVANCE:
    case IND_SLIDE_PROGRAM_CONTINUED:
      break;
    case IND_SLIDE_PROGRAM:
      if (!s->chart)
        return FALSE;
      break;
    default:
      return FALSE;
    }
  *first = s->first;
  *n_rows = s->last - s->first;
  return TRUE;
}

/**
 * ind_slides_draw:
 * @cr: a context measuring IND_SLIDE_WIDTH × IND_SLIDE_HEIGHT points
 */
void
ind_slides_draw (IndSlides *self,
                 cairo_t   *cr,
                 guint      slide)
{
  const Slide *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (slide < self->slides->len);

  s = &g_array_index (self->slides, Slide, slide);
  switch (s->kind)
    {
    case IND_SLIDE_TITLE:
      draw_title_slide (self, cr);
      return;
    case IND_SLIDE_TOTALS:
      draw_totals (self, cr);
      break;
    case IND_SLIDE_FINDINGS:
      draw_points (self, cr, s, _("Findings"), self->findings, _("The summary document has every finding."));
      break;
    case IND_SLIDE_EJECUCION:
      draw_chart_slide (self, cr, IND_CHART_EJECUCION, s);
      break;
    case IND_SLIDE_AVANCE:
      draw_chart_slide (self, cr, IND_CHART_AVANCE, s);
      break;
    case IND_SLIDE_PROGRAM:
    case IND_SLIDE_PROGRAM_CONTINUED:
      draw_program (self, cr, s);
      break;
    case IND_SLIDE_REVIEW:
      draw_points (self, cr, s, _("Report review"), self->review, _("The summary document has the whole review."));
      break;
    case IND_SLIDE_COMPARISON:
      draw_comparison_slide (self, cr, s);
      break;
    default:
      g_assert_not_reached ();
    }
  draw_footer (self, cr, slide);
}
