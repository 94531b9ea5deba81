/* ind-draw.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ind-draw-private.h"
#include "ind-format.h"

/* Cantarell is GNOME's face; DejaVu Sans stands in where it is missing.
 * Both are embedded by cairo in the PDF. */
#define FONT_FAMILY "Cantarell, DejaVu Sans"

/* A context measuring in points (72 per inch) without hinting, so that a
 * page is paginated the same on a PDF surface, a printer and a preview,
 * and lines broken once stay broken where they were measured. */
PangoContext *
_ind_draw_create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

/* @width < 0: one line, as wide as it needs; otherwise wrapped at words
 * (or inside a word too long for the line), never cut. */
PangoLayout *
_ind_draw_text (PangoContext   *context,
                const char     *text,
                double          size,
                IndTextStyle    style,
                double          width,
                PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (style & IND_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & IND_TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (style & IND_TEXT_NUMBERS)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  if (width >= 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  if (style & IND_TEXT_MARKUP)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

double
_ind_draw_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

/* The ink-free logical width of the text itself, whatever the layout's
 * wrapping width. */
double
_ind_draw_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

void
_ind_draw_set_color (cairo_t *cr,
                     guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

void
_ind_draw_show (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y,
                guint32      rgb)
{
  cairo_save (cr);
  _ind_draw_set_color (cr, rgb);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
_ind_draw_fill_rect (cairo_t *cr,
                     double   x,
                     double   y,
                     double   width,
                     double   height,
                     guint32  rgb)
{
  cairo_save (cr);
  _ind_draw_set_color (cr, rgb);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_ind_draw_hline (cairo_t *cr,
                 double   x,
                 double   y,
                 double   width,
                 double   line_width,
                 guint32  rgb)
{
  cairo_save (cr);
  _ind_draw_set_color (cr, rgb);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

guint32
_ind_draw_semaforo_color (IndSemaforo semaforo)
{
  switch (semaforo)
    {
    case IND_SEMAFORO_GREEN:
      return 0x26a269;
    case IND_SEMAFORO_YELLOW:
      return 0xe5a50a;
    case IND_SEMAFORO_RED:
    default:
      return 0xc01c28;
    }
}

guint32
_ind_draw_severity_color (IndSeverity severity)
{
  switch (severity)
    {
    case IND_SEVERITY_ERROR:
      return 0xc01c28;
    case IND_SEVERITY_WARNING:
      return 0x9c6e03;
    case IND_SEVERITY_INFO:
    default:
      return IND_MUTED;
    }
}

/* A circle, a triangle or a square: the shape tells the three apart
 * when the page is printed in grey or read by someone colour-blind. */
void
_ind_draw_semaforo_mark (cairo_t     *cr,
                         IndSemaforo  semaforo,
                         double       cx,
                         double       cy,
                         double       size)
{
  double r = size / 2;

  cairo_save (cr);
  _ind_draw_set_color (cr, _ind_draw_semaforo_color (semaforo));
  switch (semaforo)
    {
    case IND_SEMAFORO_GREEN:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    case IND_SEMAFORO_YELLOW:
      cairo_move_to (cr, cx, cy - r * 1.1);
      cairo_line_to (cr, cx + r * 1.1, cy + r * 0.85);
      cairo_line_to (cr, cx - r * 1.1, cy + r * 0.85);
      cairo_close_path (cr);
      break;
    case IND_SEMAFORO_RED:
    default:
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      break;
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

/* "al 31 de marzo…" → "Al 31 de marzo…", for text that opens a line. */
char *
_ind_draw_capitalize (const char *text)
{
  gunichar first;
  char buffer[8];
  int len;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  first = g_utf8_get_char (text);
  len = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strdup_printf ("%.*s%s", len, buffer, g_utf8_next_char (text));
}

/* "26.9%", or a dash for a rate that cannot be computed. */
char *
_ind_draw_rate (gboolean known,
                double   percent)
{
  return known ? ind_format_percent (percent, 1) : g_strdup ("—");
}

static gboolean
money_of (IndReport *report,
          IndItem   *program,
          IndMoney   column,
          gint64    *value)
{
  if (program != NULL)
    return ind_item_get_money (program, column, value);
  /* The programs' own rows, as in the tables, rather than SUMAS. */
  *value = ind_report_sum_programs (report, column);
  return TRUE;
}

static gboolean
rate_of (IndReport *report,
         IndItem   *program,
         IndMoney   column,
         double    *percent)
{
  gint64 modificado, value;

  if (!money_of (report, program, IND_MONEY_MODIFICADO, &modificado) ||
      !money_of (report, program, column, &value) || modificado == 0)
    return FALSE;
  *percent = 100.0 * value / modificado;
  return TRUE;
}

static char *
share_detail (gboolean known,
              double   percent)
{
  g_autofree char *rate = NULL;

  if (!known)
    return g_strdup ("");
  rate = ind_format_percent (percent, 1);
  return g_strdup_printf (_("%s of the Modificado"), rate);
}

/* Counts the diagnostics about @program and its rows, or all of them. */
static void
count_observations (IndReport *report,
                    IndItem   *program,
                    guint      counts[3])
{
  GListModel *diagnostics = ind_report_get_diagnostics (report);
  const char *prefix = program != NULL ? ind_item_get_path (program) : NULL;
  gsize len = prefix != NULL ? strlen (prefix) : 0;

  counts[IND_SEVERITY_ERROR] = counts[IND_SEVERITY_WARNING] = counts[IND_SEVERITY_INFO] = 0;
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      const char *path = ind_diagnostic_get_path (diagnostic);

      if (prefix == NULL ||
          (path != NULL && strncmp (path, prefix, len) == 0 && (path[len] == '\0' || path[len] == '/')))
        counts[ind_diagnostic_get_severity (diagnostic)]++;
    }
}

void
_ind_key_figures_build (IndKeyFigure            figures[IND_N_KEY_FIGURES],
                        IndReport              *report,
                        IndItem                *program,
                        const IndSemaforoBands *bands)
{
  double ejercido = 0, pagado = 0, pace = 0;
  gboolean has_ejercido = rate_of (report, program, IND_MONEY_DEVENGADO, &ejercido);
  gboolean has_pagado = rate_of (report, program, IND_MONEY_PAGADO, &pagado);
  gboolean has_pace = ind_report_get_expected_pace (report, &pace);
  guint counts[3];

  memset (figures, 0, sizeof (IndKeyFigure) * IND_N_KEY_FIGURES);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 value;

      figures[m].label = g_strdup (ind_money_label (m));
      figures[m].value = money_of (report, program, m, &value) ? ind_format_money (value) : g_strdup ("—");
    }
  figures[IND_MONEY_MODIFICADO].detail = g_strdup (_("annual budget, modified"));
  figures[IND_MONEY_DEVENGADO].detail = share_detail (has_ejercido, ejercido);
  figures[IND_MONEY_PAGADO].detail = share_detail (has_pagado, pagado);

  /* xgettext:no-c-format */
  figures[IND_KEY_EJERCIDO].label = g_strdup (_("% spent"));
  figures[IND_KEY_EJERCIDO].value = _ind_draw_rate (has_ejercido, ejercido);
  if (has_ejercido && has_pace)
    {
      char points[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (points, sizeof points, "%.1f", fabs (ejercido - pace));
      figures[IND_KEY_EJERCIDO].marked = TRUE;
      figures[IND_KEY_EJERCIDO].semaforo = ind_semaforo_classify (bands, ejercido, pace);
      if (ejercido - pace >= 0.05)
        figures[IND_KEY_EJERCIDO].detail = g_strdup_printf (_("%s points ahead of the pace"), points);
      else if (ejercido - pace <= -0.05)
        figures[IND_KEY_EJERCIDO].detail = g_strdup_printf (_("%s points behind the pace"), points);
      else
        figures[IND_KEY_EJERCIDO].detail = g_strdup (_("on the pace"));
    }
  else
    figures[IND_KEY_EJERCIDO].detail = g_strdup (_("Devengado ÷ Modificado"));

  figures[IND_KEY_PACE].label = g_strdup (_("Expected pace"));
  figures[IND_KEY_PACE].value = _ind_draw_rate (has_pace, pace);
  figures[IND_KEY_PACE].detail = g_strdup (_("share of the year elapsed"));

  /* xgettext:no-c-format */
  figures[IND_KEY_PAGADO].label = g_strdup (_("% paid"));
  figures[IND_KEY_PAGADO].value = _ind_draw_rate (has_pagado, pagado);
  figures[IND_KEY_PAGADO].detail = g_strdup (_("Pagado ÷ Modificado"));

  count_observations (report, program, counts);
  figures[IND_KEY_OBSERVATIONS].label = g_strdup (_("Observations"));
  figures[IND_KEY_OBSERVATIONS].value =
    ind_format_integer (counts[IND_SEVERITY_ERROR] + counts[IND_SEVERITY_WARNING] + counts[IND_SEVERITY_INFO]);
  /* Translators: counts of errors, warnings and notes */
  figures[IND_KEY_OBSERVATIONS].detail = g_strdup_printf (_("%u err. · %u warn. · %u notes"),
                                                          counts[IND_SEVERITY_ERROR],
                                                          counts[IND_SEVERITY_WARNING],
                                                          counts[IND_SEVERITY_INFO]);
}

void
_ind_key_figures_clear (IndKeyFigure figures[IND_N_KEY_FIGURES])
{
  for (guint i = 0; i < IND_N_KEY_FIGURES; i++)
    {
      g_free (figures[i].label);
      g_free (figures[i].value);
      g_free (figures[i].detail);
    }
}
