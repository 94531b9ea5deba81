/* ind-slides.c
 *
 * Slides are read from the back of a room: body text is 22 pt or more on
 * a 13.3 in wide slide, a slide carries one idea, and what does not fit
 * (a long list of findings or observations) goes on to a next slide
 * rather than shrinking.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-chart.h"
#include "ind-draw-private.h"
#include "ind-findings.h"
#include "ind-format.h"
#include "ind-slides.h"

#define MARGIN          48.0
#define HEADING_SIZE    34.0
#define BODY_SIZE       22.0
#define SMALL_SIZE      16.0
#define OBSERVATION_SIZE 18.0
#define REMARK_SIZE     18.0
/* Lines of a program's remark on its slide; the summary has it whole. */
#define REMARK_LINES    3
#define FIGURE_SIZE     34.0
#define FOOTER_SIZE     12.0
#define BULLET_INDENT   28.0
#define ITEM_GAP        14.0
/* Observation slides after which the rest are only counted. */
#define MAX_OBSERVATION_SLIDES 3
/* Chart labels at slide size, against 1.0 on screen. */
#define CHART_TEXT_SCALE 1.6
#define PROGRAM_CHART_TEXT_SCALE 1.2
/* Two bars a program, and their values, need more room. */
#define COMPARISON_CHART_TEXT_SCALE 1.25
/* Where the program's money went among its components. */
#define PROGRAM_CHART IND_CHART_EJECUCION

typedef struct
{
  IndSlideKind  kind;
  IndItem      *program;
  guint         first;  /* findings or observations shown: [first, last) */
  guint         last;
  guint         part;   /* 1, 2… when a list runs over several slides */
} Slide;

struct _IndSlides
{
  IndReport           *report;
  IndComparison       *comparison;
  IndSemaforoBands     bands;
  PangoContext        *context;
  char               **findings;
  guint                n_findings;
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
  return MARGIN + HEADING_SIZE * 1.3 + 18;
}

static double
content_bottom (void)
{
  return IND_SLIDE_HEIGHT - MARGIN - FOOTER_SIZE;
}

static double
finding_height (IndSlides *self,
                guint      index)
{
  g_autoptr(PangoLayout) layout = text (self, self->findings[index], BODY_SIZE, IND_TEXT_REGULAR,
                                        IND_SLIDE_WIDTH - 2 * MARGIN - BULLET_INDENT, PANGO_ALIGN_LEFT);

  return _ind_draw_text_height (layout) + ITEM_GAP;
}

/* "<b>Advertencia</b> · 103/C01: …" as markup, the kind in its colour. */
static char *
observation_markup (IndDiagnostic *diagnostic)
{
  g_autofree char *location = ind_diagnostic_dup_location (diagnostic);
  const char *path = ind_diagnostic_get_path (diagnostic);
  IndSeverity severity = ind_diagnostic_get_severity (diagnostic);
  g_autofree char *where = g_markup_escape_text (path != NULL ? path : location, -1);
  g_autofree char *message = g_markup_escape_text (ind_diagnostic_get_message (diagnostic), -1);
  g_autofree char *kind = g_markup_escape_text (ind_severity_label (severity), -1);

  return g_strdup_printf ("<span weight=\"bold\" foreground=\"#%06x\">%s</span>%s%s: %s",
                          _ind_draw_severity_color (severity), kind,
                          *where != '\0' ? " · " : "", where, message);
}

static double
observation_height (IndSlides *self,
                    guint      index)
{
  g_autoptr(IndDiagnostic) diagnostic = g_list_model_get_item (ind_report_get_diagnostics (self->report), index);
  g_autofree char *line = observation_markup (diagnostic);
  g_autoptr(PangoLayout) layout = text (self, line, OBSERVATION_SIZE, IND_TEXT_MARKUP,
                                        IND_SLIDE_WIDTH - 2 * MARGIN - BULLET_INDENT, PANGO_ALIGN_LEFT);

  return _ind_draw_text_height (layout) + ITEM_GAP * 0.7;
}

static void
add_slide (IndSlides    *self,
           IndSlideKind  kind,
           IndItem      *program,
           guint         first,
           guint         last,
           guint         part)
{
  Slide slide = { kind, program, first, last, part };

  g_array_append_val (self->slides, slide);
}

/* Splits items [0, n) over as many slides as their heights need,
 * @max_slides at most (0: no limit). */
static void
add_list_slides (IndSlides    *self,
                 IndSlideKind  kind,
                 guint         n,
                 double      (*height) (IndSlides *, guint),
                 guint         max_slides)
{
  double room = content_bottom () - content_top ();
  guint first = 0, part = 1;

  /* The last observation slide keeps a line to count the rest. */
  while (first < n && (max_slides == 0 || part <= max_slides))
    {
      double used = 0;
      guint last = first;

      if (max_slides != 0 && part == max_slides)
        room -= SMALL_SIZE * 2;
      while (last < n && (last == first || used + height (self, last) <= room))
        used += height (self, last++);
      add_slide (self, kind, NULL, first, last, part++);
      first = last;
    }
}

IndSlides *
ind_slides_new (IndReport                 *report,
                const IndExportPdfOptions *options)
{
  IndSlides *self;
  guint n_programs, n_diagnostics;

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
  self->findings = ind_findings_build (report);
  self->n_findings = g_strv_length (self->findings);
  self->slides = g_array_new (FALSE, FALSE, sizeof (Slide));

  n_programs = ind_report_get_n_programs (report);
  n_diagnostics = g_list_model_get_n_items (ind_report_get_diagnostics (report));

  add_slide (self, IND_SLIDE_TITLE, NULL, 0, 0, 0);
  add_slide (self, IND_SLIDE_TOTALS, NULL, 0, 0, 0);
  add_list_slides (self, IND_SLIDE_FINDINGS, self->n_findings, finding_height, 0);
  if (n_programs > 0)
    {
      add_slide (self, IND_SLIDE_EJECUCION, NULL, 0, 0, 0);
      add_slide (self, IND_SLIDE_AVANCE, NULL, 0, 0, 0);
      if (self->comparison != NULL)
        add_slide (self, IND_SLIDE_COMPARISON, NULL, 0, 0, 0);
    }
  for (guint i = 0; i < n_programs; i++)
    add_slide (self, IND_SLIDE_PROGRAM, ind_report_get_program (report, i), 0, 0, 0);
  if (n_diagnostics > 0)
    add_list_slides (self, IND_SLIDE_OBSERVATIONS, n_diagnostics, observation_height, MAX_OBSERVATION_SLIDES);
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
  _ind_draw_fill_rect (cr, MARGIN, MARGIN + HEADING_SIZE * 1.3 + 4, 80, 4, IND_ACCENT);
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
  double mark = figure->marked ? value_size * 0.55 + 10 : 0;
  double y0 = y;
  double value_width;

  value = text (self, figure->value, value_size, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
  value_width = _ind_draw_text_width (value) + mark;
  if (value_width > width)
    {
      value_size *= width / value_width;
      g_object_unref (value);
      value = text (self, figure->value, value_size, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
      mark = figure->marked ? value_size * 0.55 + 10 : 0;
    }

  _ind_draw_show (cr, label, x, y, IND_MUTED);
  y += _ind_draw_text_height (label);
  if (figure->marked)
    _ind_draw_semaforo_mark (cr, figure->semaforo, x + (mark - 10) / 2,
                             y + _ind_draw_text_height (value) * 0.55, mark - 10);
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

/* The three amounts down the left, the rates and the count in a grid on
 * the right. */
static void
draw_totals (IndSlides *self,
             cairo_t   *cr)
{
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  double left_width = 430;
  double right_x = MARGIN + left_width + 40;
  double cell = (IND_SLIDE_WIDTH - MARGIN - right_x - 20) / 2;
  double top = content_top () + 4;
  double y = top;
  double row = 0;

  _ind_key_figures_build (figures, self->report, NULL, &self->bands);
  draw_heading (self, cr, _("The budget at a glance"), 0);
  for (guint i = 0; i < IND_N_MONEY; i++)
    y += draw_figure (self, cr, &figures[i], MARGIN, y, left_width, 38, TRUE) + 18;

  _ind_draw_fill_rect (cr, right_x - 20, top, 1, y - top - 18, IND_LIGHT_RULE);
  for (guint i = 0; i < 4; i++)
    {
      double height = draw_figure (self, cr, &figures[IND_KEY_EJERCIDO + i],
                                   right_x + (i % 2) * (cell + 20), top + (i / 2) * row,
                                   cell, FIGURE_SIZE, TRUE);

      row = MAX (row, height + 36);
    }
  _ind_key_figures_clear (figures);
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

static void
draw_findings (IndSlides   *self,
               cairo_t     *cr,
               const Slide *slide)
{
  double y = content_top ();

  draw_heading (self, cr, _("Findings"), slide->part);
  for (guint i = slide->first; i < slide->last; i++)
    {
      draw_bullet_text (self, cr, self->findings[i], BODY_SIZE, IND_TEXT_REGULAR, &y);
      y += ITEM_GAP;
    }
}

static void
draw_chart (IndSlides     *self,
            cairo_t       *cr,
            IndChartKind   kind,
            IndComparison *comparison,  /* instead of @kind */
            double         text_scale,
            const char    *scope_path,
            double         x,
            double         y,
            double         width,
            double         height)
{
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.bands = self->bands;
  options.scope_path = scope_path;
  options.text_scale = text_scale;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (comparison != NULL)
    ind_chart_draw_comparison (cr, comparison, width, height, &options);
  else
    ind_chart_draw (cr, self->report, kind, width, height, &options);
  cairo_restore (cr);
}

/* The chart's own title heads the slide. */
static void
draw_chart_slide (IndSlides    *self,
                  cairo_t      *cr,
                  IndChartKind  kind)
{
  draw_chart (self, cr, kind, NULL, CHART_TEXT_SCALE, NULL, MARGIN, MARGIN,
              IND_SLIDE_WIDTH - 2 * MARGIN, content_bottom () - MARGIN);
}

/* % ejercido by period, and a line counting the items that changed,
 * which the summary lists. */
static void
draw_comparison_slide (IndSlides *self,
                       cairo_t   *cr)
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
  draw_chart (self, cr, 0, self->comparison, COMPARISON_CHART_TEXT_SCALE, NULL, MARGIN, MARGIN,
              IND_SLIDE_WIDTH - 2 * MARGIN, bottom - MARGIN);
}

/* The program's key figures in a row, and its components' chart across
 * the slide, where their names have room; the chart names the program. */
static void
draw_program (IndSlides   *self,
              cairo_t     *cr,
              const Slide *slide)
{
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  IndItem *program = slide->program;
  g_autofree char *heading = g_strdup_printf (_("Program %s"), ind_item_get_path (program));
  static const guint shown[] = {
    IND_MONEY_MODIFICADO, IND_MONEY_DEVENGADO, IND_MONEY_PAGADO, IND_KEY_EJERCIDO,
  };
  double width = IND_SLIDE_WIDTH - 2 * MARGIN;
  double cell = width / G_N_ELEMENTS (shown);
  double top = content_top ();
  double row = 0;

  draw_heading (self, cr, heading, 0);
  /* Only % ejercido keeps its line: the others would repeat it. */
  _ind_key_figures_build (figures, self->report, program, &self->bands);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    row = MAX (row, draw_figure (self, cr, &figures[shown[i]], MARGIN + i * cell, top, cell - 24, 28,
                                 shown[i] == IND_KEY_EJERCIDO));
  _ind_key_figures_clear (figures);
  top += row + 10;

  /* The staff's remark on the program, what the council asks about. */
  if (ind_item_get_note (program) != NULL && *ind_item_get_note (program) != '\0')
    {
      g_autofree char *remark = g_strdup_printf (_("Note: %s"), ind_item_get_note (program));
      g_autoptr(PangoLayout) layout = text (self, remark, REMARK_SIZE, IND_TEXT_ITALIC, width - 14, PANGO_ALIGN_LEFT);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -REMARK_LINES);
      _ind_draw_fill_rect (cr, MARGIN, top, 4, _ind_draw_text_height (layout), IND_ACCENT);
      _ind_draw_show (cr, layout, MARGIN + 14, top, IND_ACCENT);
      top += _ind_draw_text_height (layout) + 12;
    }

  draw_chart (self, cr, PROGRAM_CHART, NULL, PROGRAM_CHART_TEXT_SCALE, ind_item_get_path (program), MARGIN, top, width,
              content_bottom () - top);
}

static void
draw_observations (IndSlides   *self,
                   cairo_t     *cr,
                   const Slide *slide)
{
  GListModel *diagnostics = ind_report_get_diagnostics (self->report);
  guint n = g_list_model_get_n_items (diagnostics);
  double y = content_top ();

  draw_heading (self, cr, _("Observations"), slide->part);
  for (guint i = slide->first; i < slide->last; i++)
    {
      g_autoptr(IndDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = observation_markup (diagnostic);

      draw_bullet_text (self, cr, line, OBSERVATION_SIZE, IND_TEXT_MARKUP, &y);
      y += ITEM_GAP * 0.7;
    }
  if (slide->part == MAX_OBSERVATION_SLIDES && slide->last < n)
    {
      g_autofree char *rest = g_strdup_printf (ngettext ("And %u more observation: see the summary document.",
                                                         "And %u more observations: see the summary document.",
                                                         n - slide->last),
                                               n - slide->last);
      g_autoptr(PangoLayout) layout = text (self, rest, SMALL_SIZE, IND_TEXT_ITALIC,
                                            IND_SLIDE_WIDTH - 2 * MARGIN, PANGO_ALIGN_LEFT);

      _ind_draw_show (cr, layout, MARGIN, y + 4, IND_MUTED);
    }
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
      draw_findings (self, cr, s);
      break;
    case IND_SLIDE_EJECUCION:
      draw_chart_slide (self, cr, IND_CHART_EJECUCION);
      break;
    case IND_SLIDE_AVANCE:
      draw_chart_slide (self, cr, IND_CHART_AVANCE);
      break;
    case IND_SLIDE_PROGRAM:
      draw_program (self, cr, s);
      break;
    case IND_SLIDE_OBSERVATIONS:
      draw_observations (self, cr, s);
      break;
    case IND_SLIDE_COMPARISON:
      draw_comparison_slide (self, cr);
      break;
    default:
      g_assert_not_reached ();
    }
  draw_footer (self, cr, slide);
}
