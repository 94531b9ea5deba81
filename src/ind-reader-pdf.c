/* ind-reader-pdf.c: the report as the accounting system prints it to PDF
 *
 * The table is rebuilt from where each glyph sits, not from the order in
 * which the PDF draws text: glyphs make lines by their vertical position;
 * the header row names the columns and the empty gutters in the rows
 * below it say where one column ends and the next begins, each word
 * going whole to one column; lines make rows by their spacing and by
 * where the key line sits among the lines of a wrapped name (first,
 * middle or last, as the cells were aligned: whichever fits the print
 * best, with a warning where two fit as well). Headers repeated on every
 * page and page furniture (page numbers, print dates) are left out;
 * each page break becomes a blank row, as in the text dump, so that the
 * builder can tell a name continued on the next page from text whose
 * row was lost with a page. Pages are read a few at a time, so that
 * memory holds the glyphs of those alone.
 *
 * poppler is the first half, at the end of this file: it gives each
 * page's width and glyphs. Everything before works from those alone
 * (ind-reader-pdf-private.h), so that the fuzzer can give it any.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "ind-builder-private.h"
#include "ind-error.h"
#include "ind-limits.h"
#include "ind-reader-pdf-private.h"

/* Glyphs whose middles are farther apart than this share of their
 * height are on different lines: a key set between two lines of a name
 * (in the middle of an even number) is on a line of its own. */
#define LINE_SLACK 0.25
/* A gap wider than this share of the glyph height separates words. */
#define WORD_GAP 0.12
/* …and wider than this, phrases: the words of one header label are
 * closer than the labels of neighbouring columns. */
#define PHRASE_GAP 0.35
/* Lines of the header above or below the one that names the columns
 * (labels wrapped inside their cells) are at most this far apart. */
#define HEADER_LINE_GAP 0.8
#define MAX_HEADER_LINES 3
/* Lines of one row are at most this much farther apart than the lines
 * of a wrapped name. */
#define BAND_SLACK 1.15
/* Lines of one name are this evenly spaced (share of the pitch); a row
 * can be tighter or looser than that against the next. */
#define PITCH_SLACK 0.03
/* How far off its place a key line may sit (share of the pitch). */
#define KEY_SLACK 0.25
/* Name lines above a key in the middle of its row considered. */
#define MAX_HALF_ROW 8
/* A step between rows this many times the usual one is an empty row. */
#define BLANK_STEP 1.8
/* Lines at the foot of a page checked for page numbers and the like. */
#define MAX_FURNITURE_LINES 3
/* The coverage of the columns is counted in bins of this width (pt). */
#define BIN_WIDTH 0.25
/* The widest page a PDF can have, 200 inches (pt): a page claiming more
 * would make billions of bins. */
#define MAX_PAGE_WIDTH 14400.0
/* The end of a PDF holds "%%EOF" within its last bytes. */
#define EOF_SEARCH 1024

typedef IndPdfGlyph Glyph;

typedef enum
{
  LINE_TITLE,       /* above the header: the title on the first page */
  LINE_HEADER,      /* part of the header row */
  LINE_BODY,
  LINE_FURNITURE,   /* page numbers and the like */
} LineKind;

typedef struct
{
  guint     first;   /* into the page's glyphs, sorted by x within a line */
  guint     n;
  double    top, bottom, height;
  guint     number;  /* 1-based on its page */
  LineKind  kind;
  gboolean  anchor;  /* holds text outside the name column: a row's key line */
  gboolean  named;   /* holds text in the name column */
} Line;

/* Which line of a row with a wrapped name holds the key and the
 * figures: as a cell's vertical alignment puts it. In the middle, with
 * an even number of name lines, the key line falls between two. */
typedef enum
{
  KEY_FIRST,
  KEY_LAST,
  KEY_MIDDLE,
  N_KEY_PLACES
} KeyPlace;

/* A header label and the column below it. */
typedef struct
{
  char   *text;
  double  x1, x2;
} Label;

/* The columns shared by pages whose headers sit in the same place. */
typedef struct
{
  GArray *labels;       /* Label, left to right */
  guint   name_column;
  double *bounds;       /* n_labels - 1 column boundaries */
  guint  *coverage;     /* glyphs of the rows over each bin */
  guint   n_bins;
  /* Steps between lines, for telling rows apart */
  double   pitch;       /* lines of one wrapped name */
  double   row_step;    /* two one-line rows */
  KeyPlace key_place;   /* where a wrapped row has its key line */
  gboolean doubtful;    /* the print does not show where */
  gboolean measured;    /* from the first pages it is on */
} Layout;

/* Body lines of a page spaced as the lines of one name: one row, or
 * several set as tight as the lines of a name. Indexes into the page's
 * lines. */
typedef struct
{
  guint    first, last;
  gboolean after_blank;  /* an empty row's height above it */
} Band;

typedef struct
{
  guint   number;  /* 1-based in the document */
  double  width;
  GArray *glyphs;  /* Glyph */
  GArray *lines;   /* Line */
  Layout *layout;  /* borrowed; NULL before the first header */
} Page;

/* The second half of the reader: glyph pages to the table. */
struct _IndPdfGlyphReader
{
  IndRawTable *table;
  GArray      *pages;    /* Page: those handed over last */
  GPtrArray   *layouts;  /* Layout */
  Layout      *current;  /* the layout of the last page with a table */
  gboolean     header_emitted, after_table;
  gsize        n_glyphs;
  IndTally     tally;
};

static void
clear_label (gpointer data)
{
  g_free (((Label *)data)->text);
}

static void
layout_free (Layout *layout)
{
  g_array_unref (layout->labels);
  g_free (layout->bounds);
  g_free (layout->coverage);
  g_free (layout);
}

static void
clear_page (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->glyphs, g_array_unref);
  g_clear_pointer (&page->lines, g_array_unref);
}

static inline const Glyph *
line_glyph (const Page *page,
            const Line *line,
            guint       i)
{
  return &g_array_index (page->glyphs, Glyph, line->first + i);
}

static int
compare_by_centre_y (gconstpointer a,
                     gconstpointer b)
{
  const Glyph *ga = a, *gb = b;
  double ya = ga->y1 + ga->y2, yb = gb->y1 + gb->y2;

  if (ya != yb)
    return ya < yb ? -1 : 1;
  return ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1;
}

static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->x1 < gb->x1 ? -1 : ga->x1 > gb->x1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

/* The page's glyphs (blanks left out: gaps tell words apart) gathered in
 * lines by their vertical centre. */
static void
make_lines (Page *page)
{
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  guint kept = 0;

  page->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  for (guint i = 0; i < page->glyphs->len; i++)
    {
      const Glyph glyph = g_array_index (page->glyphs, Glyph, i);

      if (g_unichar_isspace (glyph.c) || glyph.y2 <= glyph.y1 || glyph.x2 < glyph.x1)
        continue;
      g_array_index (page->glyphs, Glyph, kept++) = glyph;
    }
  g_array_set_size (page->glyphs, kept);

  g_array_sort (page->glyphs, compare_by_centre_y);
  for (guint i = 0; i < page->glyphs->len;)
    {
      const Glyph *first = &g_array_index (page->glyphs, Glyph, i);
      double centre = (first->y1 + first->y2) / 2, height = first->y2 - first->y1;
      Line line = { i, 0, first->y1, first->y2, 0, page->lines->len + 1, LINE_BODY, FALSE };

      g_array_set_size (heights, 0);
      for (; i < page->glyphs->len; i++)
        {
          const Glyph *g = &g_array_index (page->glyphs, Glyph, i);
          double h = g->y2 - g->y1;

          if ((g->y1 + g->y2) / 2 - centre > MIN (height, h) * LINE_SLACK)
            break;
          line.top = MIN (line.top, g->y1);
          line.bottom = MAX (line.bottom, g->y2);
          g_array_append_val (heights, h);
        }
      line.n = i - line.first;
      g_array_sort (heights, compare_doubles);
      line.height = g_array_index (heights, double, heights->len / 2);
      g_array_append_val (page->lines, line);
    }

  for (guint l = 0; l < page->lines->len; l++)
    {
      Line *line = &g_array_index (page->lines, Line, l);
      Glyph *first = &g_array_index (page->glyphs, Glyph, line->first);

      qsort (first, line->n, sizeof (Glyph), compare_by_x);
    }
}

/* Appends the glyphs [from, to) of @line, a space where there is a gap. */
static void
append_glyphs (GString    *out,
               const Page *page,
               const Line *line,
               guint       from,
               guint       to)
{
  for (guint i = from; i < to; i++)
    {
      const Glyph *g = line_glyph (page, line, i);

      if (i > from && g->x1 - line_glyph (page, line, i - 1)->x2 > WORD_GAP * line->height)
        g_string_append_c (out, ' ');
      g_string_append_unichar (out, g->c);
    }
}

/* Splits a line into runs of glyphs separated by gaps wider than
 * @gap × height: words or phrases. Returns [start, end) pairs. */
static GArray *
split_line (const Page *page,
            const Line *line,
            double      gap)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (guint));
  guint start = 0;

  for (guint i = 1; i <= line->n; i++)
    if (i == line->n || line_glyph (page, line, i)->x1 - line_glyph (page, line, i - 1)->x2 > gap * line->height)
      {
        g_array_append_val (runs, start);
        g_array_append_val (runs, i);
        start = i;
      }
  return runs;
}

static char *
line_text (const Page *page,
           const Line *line)
{
  GString *out = g_string_new (NULL);

  append_glyphs (out, page, line, 0, line->n);
  return g_string_free (out, FALSE);
}

/* The line that names the columns: its words hold Clave, Nombre,
 * Modificado, Devengado and Pagado, as the builder reads a header. */
static gboolean
is_header_line (const Page *page,
                const Line *line)
{
  g_autoptr(GArray) words = split_line (page, line, WORD_GAP);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < words->len; w += 2)
    {
      GString *word = g_string_new (NULL);

      append_glyphs (word, page, line, g_array_index (words, guint, w), g_array_index (words, guint, w + 1));
      g_ptr_array_add (cells, g_string_free (word, FALSE));
    }
  return ind_report_match_header_cells ((const char * const *)cells->pdata, cells->len, NULL);
}

/* The phrases of a line as labels. A phrase that is several column
 * names side by side ("Unidades Unidad de Medida", columns set close)
 * is split into them. */
static GArray *
line_labels (const Page *page,
             const Line *line)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autoptr(GArray) phrases = split_line (page, line, PHRASE_GAP);
  g_autoptr(GArray) words = split_line (page, line, WORD_GAP);
  g_autoptr(GString) text = g_string_new (NULL);
  guint w = 0;

  g_array_set_clear_func (labels, clear_label);
  for (guint p = 0; p < phrases->len; p += 2)
    {
      guint start = g_array_index (phrases, guint, p), end = g_array_index (phrases, guint, p + 1);
      g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));

      /* The longest column names the phrase's words make, left to right;
       * the phrase stays whole unless every word falls in one. */
      g_array_append_val (bounds, start);
      while (w < words->len && g_array_index (words, guint, w) < end)
        {
          guint best = 0;

          for (guint v = w; v < words->len && g_array_index (words, guint, v) < end; v += 2)
            {
              g_string_truncate (text, 0);
              append_glyphs (text, page, line, g_array_index (words, guint, w), g_array_index (words, guint, v + 1));
              if (ind_report_is_column_name (text->str))
                best = v + 2;
            }
          if (best == 0)
            {
              g_array_set_size (bounds, 1);
              break;
            }
          if (g_array_index (words, guint, best - 1) < end)
            g_array_append_val (bounds, g_array_index (words, guint, best));
          w = best;
        }
      while (w < words->len && g_array_index (words, guint, w) < end)
        w += 2;
      g_array_append_val (bounds, end);

      for (guint b = 0; b + 1 < bounds->len; b++)
        {
          guint from = g_array_index (bounds, guint, b), to = g_array_index (bounds, guint, b + 1);
          GString *label_text = g_string_new (NULL);
          Label label;

          append_glyphs (label_text, page, line, from, to);
          label.text = g_string_free (label_text, FALSE);
          label.x1 = line_glyph (page, line, from)->x1;
          label.x2 = line_glyph (page, line, to - 1)->x2;
          g_array_append_val (labels, label);
        }
    }
  return labels;
}

/* Adds the phrases of a neighbouring header line to @labels, each to
 * the label it stands over or under. Refused (FALSE, @labels unchanged)
 * unless every phrase completes a column name and none is spoilt: so a
 * title above or the first row below never joins the header. */
static gboolean
merge_header_line (const Page *page,
                   const Line *line,
                   gboolean    above,
                   gboolean    partial,
                   GArray     *labels)
{
  g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (Label));
  g_autoptr(GArray) extra = line_labels (page, line);

  g_array_set_clear_func (merged, clear_label);
  for (guint i = 0; i < labels->len; i++)
    {
      Label copy = g_array_index (labels, Label, i);

      copy.text = g_strdup (copy.text);
      g_array_append_val (merged, copy);
    }

  for (guint e = 0; e < extra->len; e++)
    {
      Label *phrase = &g_array_index (extra, Label, e);
      Label *target = NULL;
      double best = 0;

      for (guint i = 0; i < merged->len; i++)
        {
          Label *label = &g_array_index (merged, Label, i);
          double overlap = MIN (label->x2, phrase->x2) - MAX (label->x1, phrase->x1);

          if (overlap > best)
            {
              best = overlap;
              target = label;
            }
        }
      if (target == NULL)
        {
          Label copy = *phrase;
          guint at = 0;

          if (!partial && !ind_report_is_column_name (phrase->text))
            return FALSE;
          copy.text = g_strdup (phrase->text);
          while (at < merged->len && g_array_index (merged, Label, at).x1 < copy.x1)
            at++;
          g_array_insert_val (merged, at, copy);
        }
      else
        {
          char *joined = above ? g_strconcat (phrase->text, " ", target->text, NULL)
                               : g_strconcat (target->text, " ", phrase->text, NULL);

          g_free (target->text);
          target->text = joined;
          target->x1 = MIN (target->x1, phrase->x1);
          target->x2 = MAX (target->x2, phrase->x2);
          if (!partial && !ind_report_is_column_name (joined))
            return FALSE;
        }
    }

  if (extra->len == 0)
    return FALSE;
  g_array_set_size (labels, 0);
  g_array_append_vals (labels, merged->data, merged->len);
  /* the texts now belong to @labels */
  g_array_set_clear_func (merged, NULL);
  return TRUE;
}

static gboolean
all_column_names (GArray *labels)
{
  for (guint i = 0; i < labels->len; i++)
    if (!ind_report_is_column_name (g_array_index (labels, Label, i).text))
      return FALSE;
  return TRUE;
}

/* A header centred in its cells: labels wrapped over two lines sit half
 * a line above and below those of one line ("Ponderado" over "%" around
 * "Meta:"). The fragments are whole labels only together. */
static void
merge_centred_header (const Page *page,
                      guint       l,
                      GArray     *labels,
                      guint      *first,
                      guint      *last)
{
  const Line *line = &g_array_index (page->lines, Line, l);
  g_autoptr(GArray) merged = NULL;

  if (l == 0 || l + 1 >= page->lines->len)
    return;
  merged = g_array_copy (labels);
  for (guint i = 0; i < merged->len; i++)
    g_array_index (merged, Label, i).text = g_strdup (g_array_index (merged, Label, i).text);
  g_array_set_clear_func (merged, clear_label);
  for (guint k = l - 1; k <= l + 1; k += 2)
    {
      const Line *next = &g_array_index (page->lines, Line, k);

      if (fabs (next->top - line->top) > line->height || !merge_header_line (page, next, k < l, TRUE, merged))
        return;
    }
  if (!all_column_names (merged))
    return;
  g_array_set_clear_func (labels, NULL);
  for (guint i = 0; i < labels->len; i++)
    g_free (g_array_index (labels, Label, i).text);
  g_array_set_size (labels, 0);
  g_array_append_vals (labels, merged->data, merged->len);
  g_array_set_clear_func (labels, clear_label);
  /* the texts now belong to @labels */
  g_array_set_clear_func (merged, NULL);
  *first = l - 1;
  *last = l + 1;
}

/* Finds the header on @page: marks its lines and returns its labels, or
 * NULL when the page has none. */
static GArray *
find_header (Page *page)
{
  for (guint l = 0; l < page->lines->len; l++)
    {
      Line *line = &g_array_index (page->lines, Line, l);
      GArray *labels;
      guint first = l, last = l;

      if (!is_header_line (page, line))
        continue;

      labels = line_labels (page, line);
      for (guint k = 0; k < MAX_HEADER_LINES && first > 0; k++)
        {
          Line *next = &g_array_index (page->lines, Line, first - 1);
          Line *edge = &g_array_index (page->lines, Line, first);

          if (edge->top - next->bottom > HEADER_LINE_GAP * edge->height ||
              !merge_header_line (page, next, TRUE, FALSE, labels))
            break;
          first--;
        }
      for (guint k = 0; k < MAX_HEADER_LINES && last + 1 < page->lines->len; k++)
        {
          Line *next = &g_array_index (page->lines, Line, last + 1);
          Line *edge = &g_array_index (page->lines, Line, last);

          if (next->top - edge->bottom > HEADER_LINE_GAP * edge->height ||
              !merge_header_line (page, next, FALSE, FALSE, labels))
            break;
          last++;
        }

      if (first == l && last == l)
        merge_centred_header (page, l, labels, &first, &last);
      for (guint k = 0; k < page->lines->len; k++)
        {
          Line *other = &g_array_index (page->lines, Line, k);

          other->kind = k < first ? LINE_TITLE : k <= last ? LINE_HEADER : LINE_BODY;
        }
      return labels;
    }
  return NULL;
}

/* Pages share a layout when their header labels are the same and sit in
 * the same places. */
static Layout *
find_layout (GPtrArray *layouts,
             GArray    *labels)
{
  for (guint i = 0; i < layouts->len; i++)
    {
      Layout *layout = layouts->pdata[i];
      gboolean same = layout->labels->len == labels->len;

      for (guint k = 0; same && k < labels->len; k++)
        {
          Label *a = &g_array_index (layout->labels, Label, k), *b = &g_array_index (labels, Label, k);

          same = g_str_equal (a->text, b->text) && fabs (a->x1 - b->x1) < 2 && fabs (a->x2 - b->x2) < 2;
        }
      if (same)
        return layout;
    }
  return NULL;
}

/* "Página 9 de 12" and "Página 10 de 12" are the same furniture. */
static char *
furniture_key (const char *text,
               const Line *line)
{
  GString *key = g_string_new (NULL);

  g_string_printf (key, "%.0f|", line->top);
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      g_string_append_c (key, *p);
    else if (!g_ascii_isdigit (p[1]))
      g_string_append_c (key, '#');
  return g_string_free (key, FALSE);
}

/* Lines at the foot of the pages that read as page furniture (page
 * numbers, the print's date, its user), or that recur page after page
 * in the same place with the same text but for the digits (a running
 * footer); and furniture above the title. They are not rows. */
static void
skip_furniture (GArray *pages)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint pass = 0; pass < 2; pass++)
    for (guint p = 0; p < pages->len; p++)
      {
        Page *page = &g_array_index (pages, Page, p);

        for (guint k = 0; pass == 1 && k < page->lines->len; k++)
          {
            Line *line = &g_array_index (page->lines, Line, k);
            g_autofree char *text = NULL;

            if (line->kind != LINE_TITLE)
              break;
            text = line_text (page, line);
            if (ind_text_is_page_furniture (text))
              line->kind = LINE_FURNITURE;
          }
        for (guint k = 0; k < MAX_FURNITURE_LINES && k < page->lines->len; k++)
          {
            Line *line = &g_array_index (page->lines, Line, page->lines->len - 1 - k);
            g_autofree char *text = NULL;
            char *key;

            if (line->kind != LINE_BODY)
              break;
            text = line_text (page, line);
            key = furniture_key (text, line);
            if (pass == 0)
              {
                /* counts the pages each key is on */
                gpointer value = g_hash_table_lookup (seen, key);

                if (GPOINTER_TO_UINT (value) == p + 1)
                  g_free (key);
                else
                  g_hash_table_insert (seen, key, GUINT_TO_POINTER (value ? G_MAXUINT : p + 1));
              }
            else
              {
                gboolean repeated = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) == G_MAXUINT;

                g_free (key);
                if (!repeated && !ind_text_is_page_furniture (text))
                  break;
                line->kind = LINE_FURNITURE;
              }
          }
      }
}

static guint
bin_of (const Layout *layout,
        double        x)
{
  double bin = x / BIN_WIDTH;

  /* a glyph off the page (or at no number: NaN) counts at its edge */
  if (!(bin > 0))
    return 0;
  return bin < layout->n_bins - 1 ? (guint)bin : layout->n_bins - 1;
}

static guint
column_of (const Layout *layout,
           double        x)
{
  guint lo = 0, hi = layout->labels->len - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (x < layout->bounds[mid])
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

static gboolean
is_percent_sign (const Page *page,
                 const Line *line,
                 guint       from,
                 guint       to)
{
  return to == from + 1 && line_glyph (page, line, from)->c == '%';
}

/* The words of a line with their columns, as [start, end, column]
 * triples. A word goes whole to the column that holds its middle, so a
 * figure wider than its column stays whole; a "%" set apart goes with
 * the figure before it. */
static GArray *
line_words (const Layout *layout,
            const Page   *page,
            const Line   *line)
{
  GArray *words = split_line (page, line, WORD_GAP);
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), words->len / 2 * 3);

  for (guint w = 0; w < words->len; w += 2)
    {
      guint from = g_array_index (words, guint, w), to = g_array_index (words, guint, w + 1);
      double x = (line_glyph (page, line, from)->x1 + line_glyph (page, line, to - 1)->x2) / 2;
      guint column = column_of (layout, x);

      if (w > 0 && is_percent_sign (page, line, from, to) &&
          line_glyph (page, line, from)->x1 - line_glyph (page, line, from - 1)->x2 < PHRASE_GAP * line->height)
        column = g_array_index (out, guint, out->len - 1);
      g_array_append_val (out, from);
      g_array_append_val (out, to);
      g_array_append_val (out, column);
    }
  g_array_unref (words);
  return out;
}

/* Column boundaries. A label sits inside its column, so the boundary
 * between two columns lies between their labels; there it goes through
 * the widest gutter no row writes into (least coverage), preferring one
 * with writing on both sides (a gutter between right-aligned figures and
 * the next column's text) to the blank part of a column. */
static void
place_bounds (Layout *layout)
{
  guint n = layout->labels->len;

  layout->bounds = g_new0 (double, MAX (n, 1));
  for (guint i = 0; i + 1 < n; i++)
    {
      const Label *a = &g_array_index (layout->labels, Label, i);
      const Label *b = &g_array_index (layout->labels, Label, i + 1);
      guint from = MIN (bin_of (layout, a->x2) + 1, layout->n_bins - 1);
      guint to = bin_of (layout, b->x1);
      guint least = G_MAXUINT, best_start = 0, best_len = 0;
      gboolean best_inner = FALSE;

      if (from >= to)
        {
          layout->bounds[i] = (a->x2 + b->x1) / 2;
          continue;
        }
      for (guint x = from; x <= to; x++)
        least = MIN (least, layout->coverage[x]);
      for (guint x = from; x <= to; x++)
        {
          guint start = x;
          gboolean inner;

          if (layout->coverage[x] != least)
            continue;
          while (x + 1 <= to && layout->coverage[x + 1] == least)
            x++;
          inner = start > from && x < to;
          if ((inner && !best_inner) || (inner == best_inner && x + 1 - start > best_len))
            {
              best_inner = inner;
              best_len = x + 1 - start;
              best_start = start;
            }
        }
      layout->bounds[i] = (best_start + best_len / 2.0) * BIN_WIDTH;
    }
}

/* Counts the line's writing over each bin: its glyphs and the gaps
 * between the words of a phrase, so that a column boundary does not
 * fall between two words of a name. */
static void
cover_line (Layout     *layout,
            const Page *page,
            const Line *line)
{
  for (guint i = 0; i < line->n; i++)
    {
      const Glyph *g = line_glyph (page, line, i);
      double x1 = g->x1;

      if (i > 0 && g->x1 - line_glyph (page, line, i - 1)->x2 < PHRASE_GAP * line->height)
        x1 = line_glyph (page, line, i - 1)->x2;
      for (guint x = bin_of (layout, x1); x <= bin_of (layout, g->x2); x++)
        layout->coverage[x]++;
    }
}

/* Which lines hold text outside the name column (a row's key line) and
 * which hold part of a name. */
static void
mark_lines (const Layout *layout,
            Page         *page)
{
  for (guint l = 0; l < page->lines->len; l++)
    {
      Line *line = &g_array_index (page->lines, Line, l);
      g_autoptr(GArray) words = line_words (layout, page, line);

      for (guint w = 0; w < words->len; w += 3)
        {
          gboolean in_name = g_array_index (words, guint, w + 2) == layout->name_column;

          line->anchor |= !in_name;
          line->named |= in_name;
        }
    }
}

/* How far apart the lines of a wrapped name are (the usual step between
 * two lines with name text, one of them with nothing else) and one-line
 * rows (the least step between key lines). */
static void
measure_steps (Layout *layout,
               GArray *pages)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  double row = G_MAXDOUBLE;

  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);
      const Line *previous = NULL;

      if (page->layout != layout)
        continue;
      for (guint l = 0; l < page->lines->len; l++)
        {
          const Line *line = &g_array_index (page->lines, Line, l);
          double step;

          if (line->kind != LINE_BODY)
            continue;
          if (previous != NULL)
            {
              step = line->top - previous->top;
              if (line->anchor && previous->anchor)
                row = MIN (row, step);
              else if (line->named && previous->named && step > line->height / 3)
                g_array_append_val (steps, step);
            }
          previous = line;
        }
    }

  /* Nothing wraps: every line is a row. Otherwise the pitch is the
   * step most steps agree with: steps between rows may be wider (a
   * margin) or tighter (a row cut short) than within a name. */
  g_array_sort (steps, compare_doubles);
  layout->pitch = 0;
  for (guint i = 0, j = 0, best = 0; i < steps->len; i++)
    {
      double step = g_array_index (steps, double, i);

      while (j < steps->len && g_array_index (steps, double, j) <= step * (1 + 2 * PITCH_SLACK))
        j++;
      if (j - i > best)
        {
          best = j - i;
          layout->pitch = g_array_index (steps, double, (i + j) / 2);
        }
    }
  layout->row_step = row != G_MAXDOUBLE ? row : layout->pitch;
}

/* Body lines of a page set as the lines of one name are: one row, or
 * several rows set as tight as the lines of a name. */
static GArray *
page_bands (const Page *page)
{
  const Layout *layout = page->layout;
  GArray *bands = g_array_new (FALSE, FALSE, sizeof (Band));
  const Line *previous = NULL;

  for (guint l = 0; l < page->lines->len; l++)
    {
      const Line *line = &g_array_index (page->lines, Line, l);
      double step = previous ? line->top - previous->top : 0;

      if (line->kind != LINE_BODY)
        continue;
      /* Lines of a name are evenly spaced: a step off their pitch
       * between two lines of names is the edge of a row. */
      if (previous == NULL || step > layout->pitch * BAND_SLACK ||
          (line->named && previous->named && fabs (step - layout->pitch) > PITCH_SLACK * layout->pitch))
        {
          Band band = { l, l, previous != NULL && step > layout->row_step * BLANK_STEP };

          g_array_append_val (bands, band);
        }
      else
        g_array_index (bands, Band, bands->len - 1).last = l;
      previous = line;
    }
  return bands;
}

static inline const Line *
band_line (const Page *page,
           guint       index)
{
  return &g_array_index (page->lines, Line, index);
}

/* How badly the lines [first, last] of a band fit one row with its key
 * line at @key (or none) in @place: each name line off the pitch of the
 * one before, and a key line off its place among the name lines. */
static guint
row_misfit (const Page *page,
            guint       first,
            guint       last,
            guint       key,
            KeyPlace    place)
{
  double pitch = page->layout->pitch;
  const Line *top = NULL, *bottom = NULL;
  guint misfit = 0;

  for (guint l = first; l <= last; l++)
    {
      const Line *line = band_line (page, l);

      if (!line->named)
        continue;
      if (bottom != NULL && fabs (line->top - bottom->top - pitch) > PITCH_SLACK * pitch)
        misfit++;
      if (top == NULL)
        top = line;
      bottom = line;
    }
  if (key != G_MAXUINT && top != NULL)
    {
      double expected = place == KEY_FIRST ? top->top : place == KEY_LAST ? bottom->top : (top->top + bottom->top) / 2;

      /* a key off its place weighs more than a line left over: a name
       * continued from the page before is no misfit */
      misfit += 2 * (fabs (band_line (page, key)->top - expected) > KEY_SLACK * pitch);
    }
  return misfit;
}

static void
add_row (GArray *rows,
         guint   first,
         guint   last,
         guint   key)
{
  guint row[3] = { first, last, key };

  g_array_append_vals (rows, row, 3);
}

/* Cuts the band [first, last] into rows with their key line in @place,
 * as [first, last, key line] triples (G_MAXUINT for a row of name lines
 * alone, such as a name continued from the page before), and returns
 * how badly they fit: the lines left without a key (none in a band
 * without keys: a row of its own), plus row_misfit(). In the middle, a
 * key has as many name lines after it as before it; @above is how many
 * the first one has. */
static guint
cut_band (const Page *page,
          guint       first,
          guint       last,
          KeyPlace    place,
          guint       above,
          GArray     *rows)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint));
  guint start = first, cost = 0;

  for (guint l = first; l <= last; l++)
    if (band_line (page, l)->kind == LINE_BODY && band_line (page, l)->anchor)
      g_array_append_val (keys, l);
  if (keys->len == 0)
    {
      add_row (rows, first, last, G_MAXUINT);
      return 0;
    }

  for (guint k = 0; k < keys->len; k++)
    {
      guint key = g_array_index (keys, guint, k);
      guint next = k + 1 < keys->len ? g_array_index (keys, guint, k + 1) : last + 1;
      guint up = place == KEY_FIRST ? 0 : place == KEY_LAST ? key - start : MIN (k == 0 ? above : key - start, key - start);
      guint down = place == KEY_FIRST ? next - key - 1 : place == KEY_LAST ? 0 : MIN (up, next - key - 1);

      if (key - up > start)
        {
          add_row (rows, start, key - up - 1, G_MAXUINT);
          cost += key - up - start;
        }
      add_row (rows, key - up, key + down, key);
      start = key + down + 1;
    }
  if (start <= last)
    {
      add_row (rows, start, last, G_MAXUINT);
      cost += last + 1 - start;
    }

  for (guint r = 0; r < rows->len; r += 3)
    cost += row_misfit (page, g_array_index (rows, guint, r), g_array_index (rows, guint, r + 1),
                        g_array_index (rows, guint, r + 2), place);
  return cost;
}

/* The best fitting rows of a band with keys in @place; returns how
 * badly they fit. */
static guint
band_rows (const Page *page,
           const Band *band,
           KeyPlace    place,
           GArray     *rows)
{
  g_autoptr(GArray) trial = g_array_new (FALSE, FALSE, sizeof (guint));
  guint best = G_MAXUINT, before = 0;

  /* the name lines before the first key are all one can put above it */
  while (place == KEY_MIDDLE && band->first + before < band->last && !band_line (page, band->first + before)->anchor)
    before++;
  for (guint above = 0; above <= MIN (before, MAX_HALF_ROW); above++)
    {
      guint cost;

      g_array_set_size (trial, 0);
      cost = cut_band (page, band->first, band->last, place, above, trial);
      if (cost < best)
        {
          best = cost;
          g_array_set_size (rows, 0);
          g_array_append_vals (rows, trial->data, trial->len);
        }
    }
  return best;
}

static gboolean
same_rows (const GArray *a,
           const GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (guint)) == 0;
}

/* Where the layout has its key lines: the place whose rows fit the
 * print best. Where another place fits as well and cuts other rows
 * (names all of one line but for rows set as tight as their lines),
 * the print is ambiguous. */
static void
choose_key_place (Layout *layout,
                  GArray *pages)
{
  guint cost[N_KEY_PLACES] = { 0 };
  gboolean differs[N_KEY_PLACES][N_KEY_PLACES] = { { FALSE } };
  GArray *rows[N_KEY_PLACES];
  KeyPlace best = KEY_FIRST;

  for (guint k = 0; k < N_KEY_PLACES; k++)
    rows[k] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);
      g_autoptr(GArray) bands = NULL;

      if (page->layout != layout)
        continue;
      bands = page_bands (page);
      for (guint b = 0; b < bands->len; b++)
        {
          for (guint k = 0; k < N_KEY_PLACES; k++)
            cost[k] += band_rows (page, &g_array_index (bands, Band, b), k, rows[k]);
          for (guint k = 0; k < N_KEY_PLACES; k++)
            for (guint j = 0; j < k; j++)
              differs[j][k] |= !same_rows (rows[j], rows[k]);
        }
    }

  for (guint k = 0; k < N_KEY_PLACES; k++)
    {
      if (cost[k] < cost[best])
        best = k;
    }
  layout->key_place = best;
  for (guint k = 0; k < N_KEY_PLACES; k++)
    {
      layout->doubtful |= k != best && cost[k] == cost[best] && differs[MIN (k, best)][MAX (k, best)];
      g_array_unref (rows[k]);
    }
}

/* Emits one row from the body lines [first, last] of @page. */
static void
emit_row (IndRawTable *table,
          const Page  *page,
          guint        page_number,
          guint        first,
          guint        last)
{
  const Layout *layout = page->layout;
  guint n_columns = layout->labels->len;
  GString **cells = g_new0 (GString *, n_columns);
  char **strv = g_new0 (char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    cells[c] = g_string_new (NULL);

  for (guint l = first; l <= last; l++)
    {
      const Line *line = &g_array_index (page->lines, Line, l);
      g_autoptr(GArray) words = NULL;

      if (line->kind != LINE_BODY)
        continue;
      words = line_words (layout, page, line);
      for (guint w = 0; w < words->len; w += 3)
        {
          guint column = g_array_index (words, guint, w + 2);
          guint from = g_array_index (words, guint, w), to = g_array_index (words, guint, w + 1);

          /* a "%" glued on, or the next word of the same cell */
          if (cells[column]->len > 0 && !(w > 0 && column == g_array_index (words, guint, w - 1) &&
                                          is_percent_sign (page, line, from, to)))
            g_string_append_c (cells[column], ' ');
          append_glyphs (cells[column], page, line, from, to);
        }
    }

  for (guint c = 0; c < n_columns; c++)
    strv[c] = g_string_free (cells[c], FALSE);
  g_free (cells);
  ind_raw_table_add_row (table, strv, g_array_index (page->lines, Line, first).number, page_number);
}

static void
emit_single (IndRawTable *table,
             const Page  *page,
             const Line  *line,
             guint        page_number)
{
  char **cells = g_new0 (char *, 2);

  cells[0] = line_text (page, line);
  ind_raw_table_add_row (table, cells, line->number, page_number);
}

static void
emit_header (IndRawTable  *table,
             const Layout *layout,
             guint         line,
             guint         page_number)
{
  char **cells = g_new0 (char *, layout->labels->len + 1);

  for (guint c = 0; c < layout->labels->len; c++)
    cells[c] = g_strdup (g_array_index (layout->labels, Label, c).text);
  ind_raw_table_add_row (table, cells, line, page_number);
}

/* The rows of a page's table: each band cut into rows at its key lines
 * as the layout has them. Name lines left over at the edge of a band (a
 * name continued from the page before) make a row of their own, for the
 * builder to place. */
static void
emit_body (IndRawTable *table,
           const Page  *page,
           guint        page_number)
{
  g_autoptr(GArray) bands = page_bands (page);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint b = 0; b < bands->len; b++)
    {
      const Band *band = &g_array_index (bands, Band, b);

      if (band->after_blank)
        ind_raw_table_add_row (table, NULL, g_array_index (page->lines, Line, band->first).number, page_number);
      g_array_set_size (rows, 0);
      band_rows (page, band, page->layout->key_place, rows);
      for (guint r = 0; r < rows->len; r += 3)
        emit_row (table, page, page_number, g_array_index (rows, guint, r), g_array_index (rows, guint, r + 1));
    }
}

static double
pages_width (GArray *pages)
{
  double width = 0;

  /* written so that a width that is no number (NaN) is left out */
  for (guint p = 0; p < pages->len; p++)
    if (g_array_index (pages, Page, p).width > width)
      width = g_array_index (pages, Page, p).width;
  return MIN (width, MAX_PAGE_WIDTH);
}

/* Finds each page's header and the layout it sets; a page without a
 * header continues the table of the page before (@current). */
static void
assign_layouts (GArray     *pages,
                GPtrArray  *layouts,
                Layout    **current)
{
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);
      g_autoptr(GArray) labels = find_header (page);

      if (labels != NULL)
        {
          *current = find_layout (layouts, labels);
          if (*current == NULL)
            {
              *current = g_new0 (Layout, 1);
              (*current)->labels = g_steal_pointer (&labels);
              (*current)->n_bins = pages_width (pages) / BIN_WIDTH + 2;
              (*current)->coverage = g_new0 (guint, (*current)->n_bins);
              g_ptr_array_add (layouts, *current);
            }
        }
      else
        for (guint l = 0; l < page->lines->len; l++)
          g_array_index (page->lines, Line, l).kind = *current != NULL ? LINE_BODY : LINE_TITLE;
      page->layout = *current;
    }
}

/* Columns from the rows of the pages of each layout new in @pages (the
 * first pages it is on), then where its keys and its rows are. */
static void
measure_layouts (GArray    *pages,
                 GPtrArray *layouts)
{
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);

      for (guint l = 0; page->layout != NULL && !page->layout->measured && l < page->lines->len; l++)
        if (g_array_index (page->lines, Line, l).kind == LINE_BODY)
          cover_line (page->layout, page, &g_array_index (page->lines, Line, l));
    }
  for (guint i = 0; i < layouts->len; i++)
    {
      Layout *layout = layouts->pdata[i];
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      if (layout->measured)
        continue;
      for (guint c = 0; c < layout->labels->len; c++)
        g_ptr_array_add (texts, g_array_index (layout->labels, Label, c).text);
      ind_report_match_header_cells ((const char * const *)texts->pdata, texts->len, &layout->name_column);
      place_bounds (layout);
    }
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);

      if (page->layout != NULL)
        mark_lines (page->layout, page);
    }
  for (guint i = 0; i < layouts->len; i++)
    {
      Layout *layout = layouts->pdata[i];

      if (layout->measured)
        continue;
      measure_steps (layout, pages);
      choose_key_place (layout, pages);
      layout->measured = TRUE;
    }
}

/* The title lines and the header once, then the rows of every page of
 * @pages, a blank row at each page break. */
static void
emit_pages (IndRawTable *table,
            GArray      *pages,
            gboolean    *header_emitted,
            gboolean    *after_table)
{
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = &g_array_index (pages, Page, p);

      for (guint l = 0; l < page->lines->len && !*header_emitted; l++)
        {
          const Line *line = &g_array_index (page->lines, Line, l);

          if (line->kind == LINE_TITLE)
            emit_single (table, page, line, page->number);
          else if (line->kind == LINE_HEADER)
            {
              emit_header (table, page->layout, line->number, page->number);
              *header_emitted = TRUE;
            }
        }
      if (page->layout == NULL)
        {
          *after_table = FALSE;
          continue;
        }
      if (*after_table)
        ind_raw_table_add_row (table, NULL, 0, page->number);
      emit_body (table, page, page->number);
      *after_table = TRUE;
    }
}

/* Counts the rows @table gained since the last call against the limits:
 * after each few pages, so that a table passes a limit by no more than
 * the rows of the pages handed over at a time before it is refused. */
static gboolean
count_rows (const IndRawTable  *table,
            IndTally           *tally,
            GError            **error)
{
  while (tally->rows < ind_raw_table_get_n_rows (table))
    if (!ind_limits_count_row (tally, ind_raw_table_get_row (table, tally->rows)->n_cells, error))
      return FALSE;
  return TRUE;
}

IndPdfGlyphReader *
_ind_pdf_glyph_reader_new (void)
{
  IndPdfGlyphReader *reader = g_new0 (IndPdfGlyphReader, 1);

  reader->table = ind_raw_table_new (IND_FORMAT_PDF);
  reader->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (reader->pages, clear_page);
  reader->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify)layout_free);
  return reader;
}

void
_ind_pdf_glyph_reader_free (IndPdfGlyphReader *reader)
{
  g_clear_pointer (&reader->table, ind_raw_table_free);
  g_array_unref (reader->pages);
  g_ptr_array_unref (reader->layouts);
  g_free (reader);
}

/* Adds the rows of @pages, the next pages of the document, taking their
 * glyphs. Fails once the table is past a limit. */
gboolean
_ind_pdf_glyph_reader_add (IndPdfGlyphReader  *reader,
                           IndPdfGlyphPage    *pages,
                           guint               n_pages,
                           GError            **error)
{
  g_return_val_if_fail (reader->table != NULL, FALSE);

  g_array_set_size (reader->pages, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      Page *page = &g_array_index (reader->pages, Page, p);

      page->number = pages[p].number;
      page->width = pages[p].width;
      page->glyphs = g_steal_pointer (&pages[p].glyphs);
      make_lines (page);
      reader->n_glyphs += page->glyphs->len;
    }
  assign_layouts (reader->pages, reader->layouts, &reader->current);
  skip_furniture (reader->pages);
  measure_layouts (reader->pages, reader->layouts);
  emit_pages (reader->table, reader->pages, &reader->header_emitted, &reader->after_table);
  g_array_set_size (reader->pages, 0);
  return count_rows (reader->table, &reader->tally, error);
}

/* The table of every page added, or why there is none. */
IndRawTable *
_ind_pdf_glyph_reader_finish (IndPdfGlyphReader  *reader,
                              GError            **error)
{
  g_return_val_if_fail (reader->table != NULL, NULL);

  if (reader->n_glyphs == 0)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_SCANNED,
                           _("The PDF has no text, only images: it looks scanned. Open the PDF as the accounting system produced it, or its spreadsheet export."));
      return NULL;
    }
  for (guint i = 0; i < reader->layouts->len; i++)
    if (((Layout *)reader->layouts->pdata[i])->doubtful)
      {
        ind_raw_table_add_note (reader->table, IND_SEVERITY_WARNING, "ambiguous-rows", 0, 0,
                                _("The print does not show whether a name that wraps over several lines belongs to the key above it or to the one below it: check the names of the rows that wrap."));
        break;
      }
  return g_steal_pointer (&reader->table);
}

static gboolean
has_eof_marker (const char *data,
                gsize       len)
{
  gsize from = len > EOF_SEARCH ? len - EOF_SEARCH : 0;

  for (gsize i = from; i + 5 <= len; i++)
    if (memcmp (data + i, "%%EOF", 5) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
open_document (GBytes            *bytes,
               PopplerDocument  **document,
               GError           **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GError) local_error = NULL;

  if (!ind_limits_check_size (len, ind_limits_get ()->bytes, error))
    return FALSE;
  /* poppler mends a cut-off file and shows the pages it could save; a
   * report missing its last pages must not open as if whole. */
  if (!has_eof_marker (data, len))
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_DAMAGED,
                           _("The PDF is incomplete: its end is missing (was the download or copy cut short?)."));
      return FALSE;
    }

  *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (*document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, IND_ERROR, IND_ERROR_ENCRYPTED,
                             _("The PDF is protected with a password: save an unprotected copy and open that."));
      else
        g_set_error (error, IND_ERROR, IND_ERROR_DAMAGED,
                     _("The PDF is damaged and cannot be read (%s)."), local_error->message);
      return FALSE;
    }
  if (poppler_document_get_n_pages (*document) == 0)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_DAMAGED,
                           _("The PDF is damaged: it has no pages."));
      g_clear_object (document);
      return FALSE;
    }
  if (!ind_limits_check_pages (poppler_document_get_n_pages (*document), error))
    {
      g_clear_object (document);
      return FALSE;
    }
  return TRUE;
}

/* The glyphs of a page as poppler gives them: one box for each
 * character of its text. */
void
_ind_pdf_page_get_glyphs (PopplerPage *ppage,
                          GArray      *glyphs)
{
  g_autofree char *text = poppler_page_get_text (ppage);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  const char *p = text;

  if (text == NULL || !poppler_page_get_text_layout (ppage, &rects, &n_rects))
    return;
  for (guint i = 0; i < n_rects && *p; i++, p = g_utf8_next_char (p))
    {
      Glyph glyph = { rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2, g_utf8_get_char (p) };

      g_array_append_val (glyphs, glyph);
    }
}

static void
clear_glyph_page (gpointer data)
{
  g_clear_pointer (&((IndPdfGlyphPage *)data)->glyphs, g_array_unref);
}

/* Reads the pages [first, first + n) into @pages. poppler-glib 22 has no
 * autoptr support for its types. */
static gboolean
read_pages (PopplerDocument  *document,
            int               first,
            int               n,
            GArray           *pages,
            GCancellable     *cancellable,
            GError          **error)
{
  g_array_set_size (pages, n);
  for (int i = 0; i < n; i++)
    {
      PopplerPage *ppage;
      IndPdfGlyphPage *page = &g_array_index (pages, IndPdfGlyphPage, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      ppage = poppler_document_get_page (document, first + i);
      if (ppage == NULL)
        {
          g_set_error (error, IND_ERROR, IND_ERROR_DAMAGED,
                       _("The PDF is damaged: page %d cannot be read."), first + i + 1);
          return FALSE;
        }
      poppler_page_get_size (ppage, &page->width, NULL);
      page->number = first + i + 1;
      page->glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
      _ind_pdf_page_get_glyphs (ppage, page->glyphs);
      g_object_unref (ppage);
    }
  return TRUE;
}

/**
 * ind_read_pdf:
 *
 * Rebuilds the report's table from the glyphs of a PDF: title lines
 * above the header as one-cell rows, the header once, then one row per
 * printed row with the page it is on and its line on that page, and a
 * blank row at each page break.
 */
IndRawTable *
ind_read_pdf (GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  PopplerDocument *document = NULL;
  g_autoptr(IndPdfGlyphReader) reader = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (IndPdfGlyphPage));
  int n_pages;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!open_document (bytes, &document, error))
    return NULL;

  /* A few pages at a time, so that memory holds the glyphs of those
   * alone. */
  reader = _ind_pdf_glyph_reader_new ();
  g_array_set_clear_func (pages, clear_glyph_page);
  n_pages = poppler_document_get_n_pages (document);
  for (int first = 0; first < n_pages; first += IND_PDF_CHUNK_PAGES)
    {
      if (!read_pages (document, first, MIN (IND_PDF_CHUNK_PAGES, n_pages - first), pages, cancellable, error) ||
          !_ind_pdf_glyph_reader_add (reader, (IndPdfGlyphPage *)pages->data, pages->len, error))
        {
          g_object_unref (document);
          return NULL;
        }
      g_array_set_size (pages, 0);
    }
  g_object_unref (document);
  return _ind_pdf_glyph_reader_finish (reader, error);
}
