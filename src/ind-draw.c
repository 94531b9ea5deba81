/* ind-draw.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ind-chart-layout-private.h"
#include "ind-draw-private.h"
#include "ind-findings-private.h"
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

/* The charts' colours, so a mark in a table matches its bar. */
guint32
_ind_draw_semaforo_color (IndSemaforo semaforo)
{
  IndChartStyle style;
  IndChartRgb rgb;

  switch (semaforo)
    {
    case IND_SEMAFORO_GREEN:
      style = IND_CHART_STYLE_GREEN;
      break;
    case IND_SEMAFORO_YELLOW:
      style = IND_CHART_STYLE_YELLOW;
      break;
    case IND_SEMAFORO_RED:
    default:
      style = IND_CHART_STYLE_RED;
      break;
    }
  _ind_chart_style_color (style, FALSE, &rgb);
  return (guint32)lround (rgb.red * 255) << 16 | (guint32)lround (rgb.green * 255) << 8 |
         (guint32)lround (rgb.blue * 255);
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
  /* Text leaves a current point, which cairo_arc() would join with a line. */
  cairo_new_path (cr);
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

/* "Generated on 15 de abril de 2024"; today when @generated is NULL. */
char *
_ind_draw_generated_on (GDateTime *generated)
{
  g_autoptr(GDateTime) now = generated == NULL ? g_date_time_new_now_local () : NULL;
  g_autofree char *day = NULL;
  GDate date;
  int y, m, d;

  g_date_time_get_ymd (generated != NULL ? generated : now, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  day = ind_format_date (&date);
  return g_strdup_printf (_("Generated on %s"), day);
}

/**
 * _ind_draw_missing_words:
 *
 * A placeholder for a lost header, in words a council reads: its
 * made-up key ("C?1") means nothing outside the window's table.
 */
const char *
_ind_draw_missing_words (IndKind kind)
{
  static const char *words[] = {
    [IND_KIND_PROGRAMA] = N_("program without a header in the report"),
    [IND_KIND_COMPONENTE] = N_("component without a header in the report"),
    [IND_KIND_ACTIVIDAD] = N_("activity without a header in the report"),
  };

  return _(words[MIN (kind, IND_KIND_ACTIVIDAD)]);
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

/* "1 error · 11 warnings · 1 note" */
static char *
describe_counts (const guint counts[3])
{
  g_auto(GStrv) parts = ind_findings_count_observations (counts[IND_SEVERITY_ERROR],
                                                         counts[IND_SEVERITY_WARNING],
                                                         counts[IND_SEVERITY_INFO]);

  if (parts[0] == NULL)
    return g_strdup (_("every figure adds up"));
  return g_strjoinv (" · ", parts);
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
      IndPaceSpread spread;

      g_ascii_formatd (points, sizeof points, "%.1f", fabs (ejercido - pace));
      figures[IND_KEY_EJERCIDO].marked = TRUE;
      figures[IND_KEY_EJERCIDO].semaforo = ind_semaforo_classify (bands, ejercido, pace);
      /* The report's total lets programs ahead and behind cancel out: in
       * the sample 101 at 79.9% and three programs under the pace make a
       * green 26.9%. When a program is off the pace, the colour is the
       * programs' budget-weighted mean distance from the pace (never
       * better than the total's own), so that a small program far off
       * does not paint the whole report red nor a large one hide behind
       * the total; the detail counts the programs on each side. */
      if (program == NULL && ind_findings_get_spread (report, bands, &spread) &&
          spread.n_programs > 1 && spread.n_off > 0)
        {
          IndSemaforo spread_semaforo = ind_semaforo_classify (bands, pace + spread.mean_distance, pace);

          figures[IND_KEY_EJERCIDO].semaforo = MAX (figures[IND_KEY_EJERCIDO].semaforo, spread_semaforo);
          if (spread.n_behind > 0 && spread.n_ahead > 0)
            figures[IND_KEY_EJERCIDO].detail = g_strdup_printf (_("%u of %u programs behind the pace, %u ahead"),
                                                                spread.n_behind, spread.n_programs, spread.n_ahead);
          else if (spread.n_behind > 0)
            figures[IND_KEY_EJERCIDO].detail = g_strdup_printf (_("%u of %u programs behind the pace"),
                                                                spread.n_behind, spread.n_programs);
          else
            figures[IND_KEY_EJERCIDO].detail = g_strdup_printf (_("%u of %u programs ahead of the pace"),
                                                                spread.n_ahead, spread.n_programs);
        }
      else if (ejercido - pace >= 0.05)
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
  figures[IND_KEY_OBSERVATIONS].detail = describe_counts (counts);
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

/* ---- Cached words ---------------------------------------------------- */

/* A word's glyphs in one font, with their text and clusters, so that the
 * PDF maps them back to text even for alternates such as tabular digits. */
typedef struct
{
  cairo_scaled_font_t  *font;
  char                 *text;
  int                   n_bytes;
  cairo_glyph_t        *glyphs;    /* x from the word's start, y from the baseline */
  int                   n_glyphs;
  cairo_text_cluster_t *clusters;
  int                   n_clusters;
} Run;

typedef struct
{
  double   width;
  gboolean usable;                 /* FALSE: some glyph is missing */
  guint    n_runs;
  Run      runs[];
} Word;

struct _IndTextCache
{
  PangoLayout *layout;             /* shapes one word at a time */
  GHashTable  *words;              /* text → Word */
  GString     *key;
  gboolean     by_character;       /* numbers: every string differs, its characters do not */
  double       line_height;
  double       baseline;
  double       space;
};

static void
word_free (gpointer data)
{
  Word *word = data;

  for (guint i = 0; i < word->n_runs; i++)
    {
      cairo_scaled_font_destroy (word->runs[i].font);
      g_free (word->runs[i].text);
      g_free (word->runs[i].glyphs);
      g_free (word->runs[i].clusters);
    }
  g_free (word);
}

/* Copies a pango run; its clusters come from log_clusters (left to
 * right: a cluster's bytes run to where the next one starts). */
static void
copy_run (Run            *run,
          PangoGlyphItem *item,
          const char     *text,
          double         *x,
          gboolean       *usable)
{
  PangoGlyphString *glyphs = item->glyphs;
  int n = glyphs->num_glyphs;

  run->font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->item->analysis.font)));
  run->text = g_strndup (text + item->item->offset, item->item->length);
  run->n_bytes = item->item->length;
  run->glyphs = g_new (cairo_glyph_t, n);
  run->clusters = g_new (cairo_text_cluster_t, n);
  for (int g = 0; g < n;)
    {
      int start = glyphs->log_clusters[g];
      int end = g;
      cairo_text_cluster_t *cluster = &run->clusters[run->n_clusters++];

      while (end < n && glyphs->log_clusters[end] == start)
        end++;
      cluster->num_bytes = (end < n ? glyphs->log_clusters[end] : run->n_bytes) - start;
      cluster->num_glyphs = 0;
      for (; g < end; g++)
        {
          PangoGlyphInfo *info = &glyphs->glyphs[g];

          if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            *usable = FALSE;
          else if (info->glyph != PANGO_GLYPH_EMPTY)
            {
              run->glyphs[run->n_glyphs].index = info->glyph;
              run->glyphs[run->n_glyphs].x = *x + (double)info->geometry.x_offset / PANGO_SCALE;
              run->glyphs[run->n_glyphs].y = (double)info->geometry.y_offset / PANGO_SCALE;
              run->n_glyphs++;
              cluster->num_glyphs++;
            }
          *x += (double)info->geometry.width / PANGO_SCALE;
        }
      /* cairo refuses a cluster with neither bytes nor glyphs */
      if (cluster->num_bytes == 0 && cluster->num_glyphs == 0)
        run->n_clusters--;
    }
}

static Word *
shape_word (IndTextCache *cache,
            const char   *text,
            gsize         len)
{
  PangoLayoutLine *line;
  Word *word;
  double x = 0;
  guint r = 0;

  pango_layout_set_text (cache->layout, text, len);
  line = pango_layout_get_line_readonly (cache->layout, 0);
  word = g_malloc0 (sizeof (Word) + sizeof (Run) * g_slist_length (line->runs));
  word->usable = pango_layout_get_line_count (cache->layout) == 1;
  for (GSList *l = line->runs; l != NULL; l = l->next, r++)
    {
      PangoGlyphItem *item = l->data;

      /* right-to-left text is left to pango's bidi */
      if (item->item->analysis.level % 2 != 0)
        word->usable = FALSE;
      copy_run (&word->runs[r], item, pango_layout_get_text (cache->layout), &x, &word->usable);
    }
  word->n_runs = r;
  word->width = x;
  return word;
}

static Word *
lookup_word (IndTextCache *cache,
             const char   *text,
             gsize         len)
{
  Word *word;

  g_string_truncate (cache->key, 0);
  g_string_append_len (cache->key, text, len);
  word = g_hash_table_lookup (cache->words, cache->key->str);
  if (word == NULL)
    {
      word = shape_word (cache, text, len);
      g_hash_table_insert (cache->words, g_strndup (text, len), word);
    }
  return word;
}

IndTextCache *
_ind_text_cache_new (PangoContext *context,
                     double        size,
                     IndTextStyle  style)
{
  IndTextCache *cache = g_new0 (IndTextCache, 1);
  g_autoptr(PangoLayout) probe = _ind_draw_text (context, "Mg", size, style, -1, PANGO_ALIGN_LEFT);

  cache->layout = _ind_draw_text (context, "", size, style, -1, PANGO_ALIGN_LEFT);
  cache->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_free);
  cache->key = g_string_new (NULL);
  cache->by_character = (style & IND_TEXT_NUMBERS) != 0;
  cache->line_height = _ind_draw_text_height (probe);
  cache->baseline = (double)pango_layout_get_baseline (probe) / PANGO_SCALE;
  cache->space = lookup_word (cache, " ", 1)->width;
  return cache;
}

void
_ind_text_cache_free (IndTextCache *cache)
{
  if (cache == NULL)
    return;
  g_object_unref (cache->layout);
  g_hash_table_unref (cache->words);
  g_string_free (cache->key, TRUE);
  g_free (cache);
}

double
_ind_text_cache_line_height (IndTextCache *cache)
{
  return cache->line_height;
}

/* Calls @func for each word of each line, the greedy way: a word goes on
 * the line if it fits after a space. Returns the number of lines, or 0
 * when a word is wider than @width or cannot be drawn from the cache. */
typedef void (*WordFunc) (IndTextCache *cache,
                          const Word   *word,
                          guint         line,
                          double        x,
                          gpointer      user_data);

static guint
lay_out (IndTextCache *cache,
         const char   *text,
         double        width,
         WordFunc      func,
         gpointer      user_data)
{
  const char *p = text;
  guint line = 0;
  double x = 0;
  gboolean empty_line = TRUE;

  while (*p != '\0')
    {
      const char *end;
      Word *word;
      double start;

      if (cache->by_character)
        end = g_utf8_next_char (p);
      else
        for (end = p; *end != '\0' && *end != ' '; end++)
          ;
      if (end == p)
        {
          /* a space: breaks are only taken there */
          p++;
          if (!empty_line)
            x += cache->space;
          continue;
        }
      word = lookup_word (cache, p, end - p);
      if (!word->usable || word->width > width + 1e-6)
        return 0;

      start = x;
      if (!empty_line && !cache->by_character && start + word->width > width + 1e-6)
        {
          line++;
          start = 0;
        }
      if (func != NULL)
        func (cache, word, line, start, user_data);
      x = start + word->width;
      empty_line = FALSE;
      p = end;
    }
  return line + 1;
}

static void widest_line (IndTextCache *cache,
                         const Word   *word,
                         guint         line,
                         double        x,
                         gpointer      user_data);

/* @natural_width: (out) (optional): the widest line */
guint
_ind_text_cache_measure (IndTextCache *cache,
                         const char   *text,
                         double        width,
                         double       *natural_width)
{
  double natural = 0;
  guint lines;

  g_return_val_if_fail (cache != NULL && text != NULL, 0);

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n' || *p == '\t' || *p == '\r')
      return 0;
  lines = lay_out (cache, text, width, widest_line, &natural);
  if (natural_width != NULL)
    *natural_width = natural;
  return lines;
}

struct _IndGlyphBatch
{
  GArray *groups;
};

typedef struct
{
  cairo_scaled_font_t *font;
  guint32              rgb;
  GString             *text;
  GArray              *glyphs;
  GArray              *clusters;
} GlyphGroup;

IndGlyphBatch *
_ind_glyph_batch_new (void)
{
  IndGlyphBatch *batch = g_new0 (IndGlyphBatch, 1);

  batch->groups = g_array_new (FALSE, FALSE, sizeof (GlyphGroup));
  return batch;
}

void
_ind_glyph_batch_free (IndGlyphBatch *batch)
{
  if (batch == NULL)
    return;
  for (guint i = 0; i < batch->groups->len; i++)
    {
      GlyphGroup *group = &g_array_index (batch->groups, GlyphGroup, i);

      g_string_free (group->text, TRUE);
      g_array_unref (group->glyphs);
      g_array_unref (group->clusters);
    }
  g_array_unref (batch->groups);
  g_free (batch);
}

static GlyphGroup *
batch_group (IndGlyphBatch       *batch,
             cairo_scaled_font_t *font,
             guint32              rgb)
{
  GlyphGroup group;

  for (guint i = 0; i < batch->groups->len; i++)
    {
      GlyphGroup *existing = &g_array_index (batch->groups, GlyphGroup, i);

      if (existing->font == font && existing->rgb == rgb)
        return existing;
    }
  group.font = font;
  group.rgb = rgb;
  group.text = g_string_new (NULL);
  group.glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  group.clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  g_array_append_val (batch->groups, group);
  return &g_array_index (batch->groups, GlyphGroup, batch->groups->len - 1);
}

/* Sends the glyphs gathered so far to @cr, one call per font and colour. */
void
_ind_glyph_batch_flush (IndGlyphBatch *batch,
                        cairo_t       *cr)
{
  cairo_save (cr);
  for (guint i = 0; i < batch->groups->len; i++)
    {
      GlyphGroup *group = &g_array_index (batch->groups, GlyphGroup, i);

      if (group->glyphs->len == 0 && group->text->len == 0)
        continue;
      _ind_draw_set_color (cr, group->rgb);
      cairo_set_scaled_font (cr, group->font);
      cairo_show_text_glyphs (cr, group->text->str, group->text->len,
                              (cairo_glyph_t *)(void *)group->glyphs->data, group->glyphs->len,
                              (cairo_text_cluster_t *)(void *)group->clusters->data, group->clusters->len, 0);
      g_string_truncate (group->text, 0);
      g_array_set_size (group->glyphs, 0);
      g_array_set_size (group->clusters, 0);
    }
  cairo_restore (cr);
}

typedef struct
{
  IndGlyphBatch *batch;
  double         x;
  double         y;
  guint32        rgb;
} Placing;

static void
place_word (IndTextCache *cache,
            const Word   *word,
            guint         line,
            double        x,
            gpointer      user_data)
{
  Placing *placing = user_data;
  double baseline = placing->y + line * cache->line_height + cache->baseline;

  for (guint r = 0; r < word->n_runs; r++)
    {
      const Run *run = &word->runs[r];
      GlyphGroup *group = batch_group (placing->batch, run->font, placing->rgb);

      g_string_append_len (group->text, run->text, run->n_bytes);
      g_array_append_vals (group->clusters, run->clusters, run->n_clusters);
      for (int g = 0; g < run->n_glyphs; g++)
        {
          cairo_glyph_t glyph = run->glyphs[g];

          glyph.x += placing->x + x;
          glyph.y += baseline;
          g_array_append_val (group->glyphs, glyph);
        }
    }
}

static void
widest_line (IndTextCache *cache,
             const Word   *word,
             guint         line,
             double        x,
             gpointer      user_data)
{
  double *width = user_data;

  *width = MAX (*width, x + word->width);
}

/* Text that _ind_text_cache_measure() accepted, top left at (@x, @y);
 * right or centre alignment is for one-line text. */
void
_ind_text_cache_draw (IndTextCache   *cache,
                      IndGlyphBatch  *batch,
                      const char     *text,
                      double          x,
                      double          y,
                      double          width,
                      PangoAlignment  alignment,
                      guint32         rgb)
{
  Placing placing = { batch, x, y, rgb };

  if (alignment != PANGO_ALIGN_LEFT)
    {
      double natural = 0;

      lay_out (cache, text, width, widest_line, &natural);
      placing.x += alignment == PANGO_ALIGN_RIGHT ? width - natural : (width - natural) / 2;
    }
  lay_out (cache, text, width, place_word, &placing);
}
