/* ind-export-pptx.c
 *
 * The slides as a PowerPoint presentation (Office Open XML
 * PresentationML, 16:9) that the staff can edit, restyle and merge into
 * the director's deck. The sequence of slides is IndSlides', so the deck
 * has the same slides in the same order as the PDF; their content comes
 * from the same sources: titles, findings and figures as real text in
 * the layouts' placeholders and in native tables, charts as pictures
 * drawn by ind-chart at twice the slide's resolution, and the staff's
 * comments for the council on a program as that slide's speaker notes.
 *
 * The package holds what the format asks for and little more: one master
 * with four layouts (title; title and content; title only; a chart's,
 * whose title is hidden behind the one the chart draws), a theme with
 * the app's palette and font, a notes master, and the document
 * properties. It is written part by part with minizip to the temporary
 * file of an IndAtomicFile.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <png.h>
#include <zip.h>
#include <zlib.h>

#include "ind-atomic-file.h"
#include "ind-chart.h"
#include "ind-chart-private.h"
#include "ind-draw-private.h"
#include "ind-error.h"
#include "ind-export-pptx.h"
#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-slides-private.h"

/* English Metric Units: 12,700 a point. The slide is IndSlides' 960 ×
 * 540 points, 13.333 × 7.5 in. */
#define EMU(points) ((gint64)((points) * 12700.0 + 0.5))
#define SLIDE_W     IND_SLIDE_WIDTH
#define SLIDE_H     IND_SLIDE_HEIGHT
#define MARGIN      48.0
#define CONTENT_W   (SLIDE_W - 2 * MARGIN)
#define TITLE_Y     30.0
#define TITLE_H     66.0
#define CONTENT_Y   112.0
#define FOOTER_Y    (SLIDE_H - 36.0)
#define CONTENT_BOTTOM (FOOTER_Y - 6.0)
/* Charts are drawn at twice the slide's resolution: crisp on a
 * 1920 × 1080 projector. */
#define PIXELS_PER_POINT 2.0
/* Text sizes, in hundredths of a point; the master's styles set titles
 * at 34 pt and points at 22 pt, as the PDF slides do. */
#define TABLE_SIZE  2000
#define SMALL_SIZE  1600
/* Chart labels at slide size, as the PDF slides draw them. */
#define CHART_TEXT_SCALE 1.6
#define PROGRAM_CHART_TEXT_SCALE 1.2
#define COMPARISON_CHART_TEXT_SCALE 1.25
/* A comment longer than this is cut on the slide; the notes have it all. */
#define REMARK_CHARS 260

#define NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_P "http://schemas.openxmlformats.org/presentationml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CT   "application/vnd.openxmlformats-officedocument.presentationml."
#define XML_DECLARATION "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
/* The theme's fonts and colours, for the text styles. */
#define FONT_MAJOR "<a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/>"
#define FONT_MINOR "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/>"
#define INK "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"
#define MUTED "<a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill>"
#define NAMESPACES "xmlns:a=\"" NS_A "\" xmlns:r=\"" NS_R "\" xmlns:p=\"" NS_P "\""

/* The layouts of the master, in the order of its relationships. */
typedef enum
{
  LAYOUT_TITLE = 1,
  LAYOUT_CONTENT,
  LAYOUT_TITLE_ONLY,
  LAYOUT_CHART,        /* a picture under a hidden title */
  N_LAYOUTS = LAYOUT_CHART
} Layout;

typedef struct
{
  double x, y, width, height;  /* in points */
} Box;

typedef struct
{
  IndReport                 *report;
  const IndExportOptions    *options;
  IndSlides                 *slides;
  GCancellable              *cancellable;
  zipFile                    zip;
  zip_fileinfo               info;     /* the date of every entry */
  gboolean                   failed;   /* a write to the zip failed */
  char                     **findings;
  char                     **review;
  char                      *generated;
  GMutex                     lock;     /* for Slide.done */
  GCond                      ready;    /* a slide is done */
} Deck;

/* One slide: built in a thread of the pool (shapes, relationships and
 * pictures), then written to the zip, in order, by the exporting one. */
typedef struct
{
  Deck       *deck;
  guint       index;
  gboolean    has_chart; /* a program's first slide may have its figures only */
  guint       first_row; /* of a chart cut over slides, as IndSlides */
  guint       n_rows;    /* cuts it; 0: the whole chart */
  const char *notes;     /* speaker notes, or NULL */
  GString    *shapes;
  GString    *rels;
  guint       next_id;   /* of the next shape */
  guint       n_rels;
  GPtrArray  *pictures;  /* PNGs, as GString */
  gboolean    failed;    /* a picture could not be encoded */
  gboolean    done;
} Slide;

/* ---- Writing the zip ---------------------------------------------------- */

static void
write_part (Deck       *deck,
            const char *name,
            const void *data,
            gsize       length,
            gboolean    compress)
{
  if (deck->failed)
    return;
  if (zipOpenNewFileInZip64 (deck->zip, name, &deck->info, NULL, 0, NULL, 0, NULL,
                             compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0,
                             length >= 0xffffffff) != ZIP_OK ||
      zipWriteInFileInZip (deck->zip, data, length) != ZIP_OK ||
      zipCloseFileInZip (deck->zip) != ZIP_OK)
    deck->failed = TRUE;
}

static void
write_xml (Deck       *deck,
           const char *name,
           GString    *xml)
{
  write_part (deck, name, xml->str, xml->len, TRUE);
}

/* The dates in the zip: the export's own, so that SOURCE_DATE_EPOCH
 * gives the same file. */
static void
set_zip_date (Deck      *deck,
              GDateTime *date)
{
  deck->info = (zip_fileinfo) { 0 };
  deck->info.tmz_date.tm_year = g_date_time_get_year (date);
  deck->info.tmz_date.tm_mon = g_date_time_get_month (date) - 1;
  deck->info.tmz_date.tm_mday = g_date_time_get_day_of_month (date);
  deck->info.tmz_date.tm_hour = g_date_time_get_hour (date);
  deck->info.tmz_date.tm_min = g_date_time_get_minute (date);
  deck->info.tmz_date.tm_sec = g_date_time_get_second (date);
}

/* ---- XML text ----------------------------------------------------------- */

/* @text escaped for XML; control characters, which XML 1.0 cannot
 * carry even as references, are dropped. */
static void
append_escaped (GString    *xml,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *escaped = NULL;
  char *out = valid;

  for (const char *p = valid; *p != '\0'; p++)
    if ((guchar)*p >= 0x20 || *p == '\t' || *p == '\n')
      *out++ = *p;
  *out = '\0';
  escaped = g_markup_escape_text (valid, -1);
  g_string_append (xml, escaped);
}

static void
append_color (GString *xml,
              guint32  rgb)
{
  g_string_append_printf (xml, "<a:solidFill><a:srgbClr val=\"%06X\"/></a:solidFill>", rgb & 0xffffff);
}

typedef enum
{
  RUN_PLAIN  = 0,
  RUN_BOLD   = 1 << 0,
  RUN_ITALIC = 1 << 1,
} RunStyle;

/* A run of Spanish text; @size 0 and @rgb 0 inherit the placeholder's. */
static void
append_run (GString    *xml,
            const char *text,
            int         size,
            RunStyle    style,
            guint32     rgb)
{
  g_string_append (xml, "<a:r><a:rPr lang=\"es-MX\"");
  if (size > 0)
    g_string_append_printf (xml, " sz=\"%d\"", size);
  if (style & RUN_BOLD)
    g_string_append (xml, " b=\"1\"");
  if (style & RUN_ITALIC)
    g_string_append (xml, " i=\"1\"");
  g_string_append (xml, " dirty=\"0\">");
  if (rgb != 0)
    append_color (xml, rgb);
  g_string_append (xml, "</a:rPr><a:t>");
  append_escaped (xml, text);
  g_string_append (xml, "</a:t></a:r>");
}

/* One paragraph per line of @text. */
static void
append_paragraphs (GString    *xml,
                   const char *text,
                   const char *properties,
                   int         size,
                   RunStyle    style,
                   guint32     rgb)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append_printf (xml, "<a:p>%s", properties != NULL ? properties : "");
      if (*lines[i] != '\0')
        append_run (xml, lines[i], size, style, rgb);
      else
        g_string_append (xml, "<a:endParaRPr lang=\"es-MX\" dirty=\"0\"/>");
      g_string_append (xml, "</a:p>");
    }
}

static void
append_xfrm (GString   *xml,
             const Box *box)
{
  g_string_append_printf (xml, "<a:xfrm><a:off x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>"
                          "<a:ext cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/></a:xfrm>",
                          EMU (box->x), EMU (box->y), EMU (box->width), EMU (box->height));
}

/* ---- Shapes of a slide -------------------------------------------------- */

static const char *
report_title (Deck *deck)
{
  const char *title = ind_report_get_title (deck->report);

  return title != NULL ? title : _("Indicadores de Resultados");
}

static guint
slide_add_rel (Slide      *slide,
               const char *type,
               const char *target)
{
  guint id = ++slide->n_rels;

  g_string_append_printf (slide->rels, "<Relationship Id=\"rId%u\" Type=\"" REL "%s\" Target=\"%s\"/>",
                          id, type, target);
  return id;
}

/* The opening of a shape's non-visual properties: id, name, and the
 * description and title read by screen readers. */
static void
open_nv (Slide      *slide,
         const char *element,
         const char *nv_element,
         const char *name,
         const char *title,
         const char *description,
         gboolean    hidden)
{
  GString *xml = slide->shapes;
  guint id = slide->next_id++;

  g_string_append_printf (xml, "<p:%s><p:%s><p:cNvPr id=\"%u\" name=\"", element, nv_element, id);
  append_escaped (xml, name);
  g_string_append_printf (xml, " %u\"", id - 1);
  if (title != NULL)
    {
      g_string_append (xml, " title=\"");
      append_escaped (xml, title);
      g_string_append_c (xml, '"');
    }
  if (description != NULL)
    {
      g_string_append (xml, " descr=\"");
      append_escaped (xml, description);
      g_string_append_c (xml, '"');
    }
  if (hidden)
    g_string_append (xml, " hidden=\"1\"");
  g_string_append (xml, "/>");
}

/* A placeholder of the layout ("title", "ctrTitle", "subTitle", "body"),
 * whose paragraphs the caller adds before close_text_shape(). */
static void
open_placeholder (Slide      *slide,
                  const char *type,
                  guint       idx,
                  const char *name,
                  gboolean    hidden)
{
  GString *xml = slide->shapes;

  open_nv (slide, "sp", "nvSpPr", name, NULL, NULL, hidden);
  g_string_append_printf (xml, "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"%s\"", type);
  if (idx > 0)
    g_string_append_printf (xml, " idx=\"%u\"", idx);
  g_string_append (xml, "/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>");
}

static void
close_text_shape (Slide *slide)
{
  g_string_append (slide->shapes, "</p:txBody></p:sp>");
}

static void
add_title (Slide      *slide,
           const char *type,
           const char *text,
           gboolean    hidden)
{
  open_placeholder (slide, type, 0, _("Title"), hidden);
  append_paragraphs (slide->shapes, text, NULL, 0, RUN_PLAIN, 0);
  close_text_shape (slide);
}

/* @count of @points from @first, as the bullets of the body. */
static void
add_points (Slide       *slide,
            char *const *points,
            guint        first,
            guint        count)
{
  guint n = g_strv_length ((char **)points);

  open_placeholder (slide, "body", 1, _("Content"), FALSE);
  if (first >= n)
    g_string_append (slide->shapes, "<a:p><a:endParaRPr lang=\"es-MX\" dirty=\"0\"/></a:p>");
  for (guint i = first; i < n && i < first + count; i++)
    append_paragraphs (slide->shapes, points[i], NULL, 0, RUN_PLAIN, 0);
  close_text_shape (slide);
}

/* A text box of the slide's own, not of the layout, whose paragraphs the
 * caller adds before close_text_shape(); @fill 0: none. */
static void
open_text_box (Slide     *slide,
               const char *name,
               const Box  *box,
               guint32     fill)
{
  GString *xml = slide->shapes;
  double inset = fill != 0 ? 8 : 0;

  open_nv (slide, "sp", "nvSpPr", name, NULL, NULL, FALSE);
  g_string_append (xml, "<p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>");
  append_xfrm (xml, box);
  g_string_append (xml, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
  if (fill != 0)
    append_color (xml, fill);
  else
    g_string_append (xml, "<a:noFill/>");
  g_string_append_printf (xml, "</p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"%" G_GINT64_FORMAT "\" "
                          "tIns=\"%" G_GINT64_FORMAT "\" rIns=\"%" G_GINT64_FORMAT "\" bIns=\"%" G_GINT64_FORMAT "\" "
                          "anchor=\"t\"/><a:lstStyle/>",
                          EMU (inset * 1.5), EMU (inset), EMU (inset * 1.5), EMU (inset));
}

static void
add_text_box (Slide      *slide,
              const char *name,
              const Box  *box,
              const char *text,
              int         size,
              RunStyle    style,
              guint32     rgb,
              guint32     fill)
{
  open_text_box (slide, name, box, fill);
  append_paragraphs (slide->shapes, text, NULL, size, style, rgb);
  close_text_shape (slide);
}

/* The report's title and the slide's number, as on the PDF slides. The
 * number is a field, so that it follows when slides are moved. (Plain
 * text boxes: LibreOffice restyles the footer placeholders with its own
 * defaults.) */
static void
add_footer (Slide *slide)
{
  const Box title = { MARGIN, FOOTER_Y, CONTENT_W - 100, 20 };
  const Box number = { SLIDE_W - MARGIN - 100, FOOTER_Y, 100, 20 };
  GString *xml = slide->shapes;

  add_text_box (slide, _("Footer"), &title, report_title (slide->deck), 1200, RUN_PLAIN, IND_MUTED, 0);
  open_text_box (slide, _("Slide Number"), &number, 0);
  g_string_append_printf (xml, "<a:p><a:pPr algn=\"r\"/><a:fld id=\"{8E2A1C52-6D1B-4C5E-9F3A-2B7D0C4E6A11}\" "
                          "type=\"slidenum\"><a:rPr lang=\"es-MX\" sz=\"1200\" dirty=\"0\">");
  append_color (xml, IND_MUTED);
  g_string_append_printf (xml, "</a:rPr><a:t>%u</a:t></a:fld></a:p>", slide->index + 1);
  close_text_shape (slide);
}

typedef struct
{
  const char *text;
  const char *detail;  /* a smaller line under it, or NULL */
  RunStyle    style;
  guint32     rgb;
  int         size;
} Cell;

static void
append_cell (GString    *xml,
             const Cell *cell,
             gboolean    rule)
{
  g_string_append (xml, "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>");
  append_paragraphs (xml, cell->text, NULL, cell->size, cell->style, cell->rgb);
  if (cell->detail != NULL && *cell->detail != '\0')
    append_paragraphs (xml, cell->detail, NULL, SMALL_SIZE, RUN_PLAIN, IND_MUTED);
  g_string_append (xml, "</a:txBody><a:tcPr marL=\"0\" marR=\"91440\" marT=\"45720\" marB=\"45720\" anchor=\"ctr\">"
                   "<a:lnL w=\"0\"><a:noFill/></a:lnL><a:lnR w=\"0\"><a:noFill/></a:lnR>"
                   "<a:lnT w=\"0\"><a:noFill/></a:lnT>");
  if (rule)
    {
      g_string_append (xml, "<a:lnB w=\"12700\">");
      append_color (xml, IND_LIGHT_RULE);
      g_string_append (xml, "</a:lnB>");
    }
  else
    g_string_append (xml, "<a:lnB w=\"0\"><a:noFill/></a:lnB>");
  g_string_append (xml, "<a:noFill/></a:tcPr></a:tc>");
}

/* A native table: @n_rows rows of @n_cols cells, ruled under each row,
 * @heights high (NULL: sharing the box's height). */
static void
add_table (Slide        *slide,
           const char   *name,
           const Box    *box,
           const double *widths,
           guint         n_cols,
           const Cell   *cells,
           guint         n_rows,
           const double *heights)
{
  GString *xml = slide->shapes;

  open_nv (slide, "graphicFrame", "nvGraphicFramePr", name, NULL, NULL, FALSE);
  g_string_append (xml, "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr>"
                   "<p:nvPr/></p:nvGraphicFramePr>");
  g_string_append_printf (xml, "<p:xfrm><a:off x=\"%" G_GINT64_FORMAT "\" y=\"%" G_GINT64_FORMAT "\"/>"
                          "<a:ext cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/></p:xfrm>",
                          EMU (box->x), EMU (box->y), EMU (box->width), EMU (box->height));
  g_string_append (xml, "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">"
                   "<a:tbl><a:tblPr/><a:tblGrid>");
  for (guint c = 0; c < n_cols; c++)
    g_string_append_printf (xml, "<a:gridCol w=\"%" G_GINT64_FORMAT "\"/>", EMU (widths[c]));
  g_string_append (xml, "</a:tblGrid>");
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append_printf (xml, "<a:tr h=\"%" G_GINT64_FORMAT "\">",
                              EMU (heights != NULL ? heights[r] : box->height / n_rows));
      for (guint c = 0; c < n_cols; c++)
        append_cell (xml, &cells[r * n_cols + c], r + 1 < n_rows);
      g_string_append (xml, "</a:tr>");
    }
  g_string_append (xml, "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
}

static void
append_png_data (png_structp  png,
                 png_bytep    data,
                 png_size_t   length)
{
  g_string_append_len (png_get_io_ptr (png), (const char *)data, length);
}

static void
flush_nothing (png_structp png)
{
}

/* @surface (RGB24) as a PNG in @out, with libpng set for charts: cairo's
 * own writer lets libpng try every filter on every row at zlib's default
 * level, which took four fifths of the time of a deck of a thousand
 * programs. Charts are flat colours: the "up" filter and zlib's fastest
 * level make files about as small, several times faster. */
static gboolean
encode_png (cairo_surface_t *surface,
            GString         *out)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guchar *data = cairo_image_surface_get_data (surface);
  png_structp png;
  png_infop info;

  g_string_truncate (out, 0);
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  if (png == NULL)
    return FALSE;
  info = png_create_info_struct (png);
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }
  png_set_write_fn (png, out, append_png_data, flush_nothing);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_compression_level (png, Z_BEST_SPEED);
  png_write_info (png, info);
  /* cairo's pixels are native-endian words 0xXXRRGGBB: the unused byte
   * goes, the others are put in RGB order */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_bgr (png);
  png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
  for (int y = 0; y < height; y++)
    png_write_row (png, data + (gsize)y * stride);
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  return TRUE;
}

/* @surface as a PNG part of the package, shown in @box with its title
 * and the description screen readers say. */
static void
add_picture (Slide           *slide,
             const Box       *box,
             cairo_surface_t *surface,
             const char      *title,
             const char      *description)
{
  GString *xml = slide->shapes;
  GString *png = g_string_new (NULL);
  g_autofree char *target = NULL;
  guint rel;

  if (!encode_png (surface, png))
    slide->failed = TRUE;
  g_ptr_array_add (slide->pictures, png);
  target = g_strdup_printf ("../media/image%u-%u.png", slide->index + 1, slide->pictures->len);
  rel = slide_add_rel (slide, "image", target);

  open_nv (slide, "pic", "nvPicPr", _("Chart"), title, description, FALSE);
  g_string_append_printf (xml, "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                          "<p:blipFill><a:blip r:embed=\"rId%u\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                          "<p:spPr>", rel);
  append_xfrm (xml, box);
  g_string_append (xml, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
}

/* ---- Charts ------------------------------------------------------------- */

/* A chart drawn for a @box of the slide at PIXELS_PER_POINT, exactly as
 * the PDF slide draws it in the same box. @comparison instead of @kind. */
static cairo_surface_t *
render_chart (Deck          *deck,
              IndChartKind   kind,
              IndComparison *comparison,
              const char    *scope_path,
              double         text_scale,
              const Slide   *slide,
              const Box     *box)
{
  IndChartPage page = { slide->first_row, FALSE, slide->n_rows };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int)(box->width * PIXELS_PER_POINT + 0.5),
                                                         (int)(box->height * PIXELS_PER_POINT + 0.5));
  cairo_t *cr = cairo_create (surface);
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.bands = deck->options->bands;
  options.scope_path = scope_path;
  options.text_scale = text_scale;
  cairo_scale (cr, PIXELS_PER_POINT, PIXELS_PER_POINT);
  if (comparison != NULL)
    ind_chart_draw_comparison (cr, comparison, box->width, box->height, &options);
  else if (page.n_rows > 0)
    _ind_chart_draw_page (cr, deck->report, kind, box->width, box->height, &options, &page);
  else
    ind_chart_draw (cr, deck->report, kind, box->width, box->height, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* "C01 NOMBRE", "101 NOMBRE": as the charts name their rows. */
static char *
item_label (IndItem *item)
{
  const char *path = ind_item_get_path (item);
  const char *last = strrchr (path, '/');
  const char *nombre = ind_item_get_nombre (item);

  if (ind_item_get_missing (item))
    return g_strdup (_("a component whose header was lost from the report"));
  return g_strdup_printf ("%s %s", last != NULL ? last + 1 : path, nombre != NULL ? nombre : "");
}

static char *
spoken_money (IndItem  *item,
              IndMoney  column)
{
  gint64 value;

  return ind_item_get_money (item, column, &value) ? ind_format_money_spoken (value) : g_strdup ("—");
}

static void
describe_item (GString      *text,
               IndItem      *item,
               IndChartKind  kind)
{
  g_autofree char *label = item_label (item);
  double ejercido;

  g_string_append_c (text, ' ');
  if (kind == IND_CHART_AVANCE)
    {
      g_autofree char *rate = ind_item_get_ejercido (item, &ejercido) ? ind_format_percent (ejercido, 1)
                                                                       : g_strdup ("—");

      /* Translators: a row of a chart, for screen readers */
      g_string_append_printf (text, _("%s: %s spent."), label, rate);
    }
  else
    {
      g_autofree char *modificado = spoken_money (item, IND_MONEY_MODIFICADO);
      g_autofree char *devengado = spoken_money (item, IND_MONEY_DEVENGADO);
      g_autofree char *pagado = spoken_money (item, IND_MONEY_PAGADO);

      /* Translators: a row of a chart, for screen readers */
      g_string_append_printf (text, _("%s: Modificado %s, Devengado %s, Pagado %s."),
                              label, modificado, devengado, pagado);
    }
}

/* What the chart of @kind shows, in words: its title, then each row. */
static char *
describe_chart (const Slide  *slide,
                IndChartKind  kind,
                IndItem      *program,
                const char   *title)
{
  Deck *deck = slide->deck;
  GString *text = g_string_new (title);
  guint n = program != NULL ? ind_item_get_n_children (program) : ind_report_get_n_programs (deck->report);
  guint last = slide->n_rows > 0 ? MIN (n, slide->first_row + slide->n_rows) : n;
  double pace;

  g_string_append_c (text, '.');
  if (kind == IND_CHART_AVANCE && ind_report_get_expected_pace (deck->report, &pace))
    {
      g_autofree char *rate = ind_format_percent (pace, 1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Expected pace: %s"), rate);
      g_string_append_c (text, '.');
    }
  for (guint i = slide->first_row; i < last; i++)
    describe_item (text, program != NULL ? ind_item_get_child (program, i) : ind_report_get_program (deck->report, i),
                   kind);
  return g_string_free (text, FALSE);
}

static char *
describe_comparison (IndComparison *comparison,
                     const char    *title)
{
  GListModel *programs = ind_comparison_get_programs (comparison);
  guint n_periods = ind_comparison_get_n_periods (comparison);
  GString *text = g_string_new (title);

  g_string_append_c (text, '.');
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (programs, i);
      const char *nombre = ind_comparison_row_get_nombre (row);

      g_string_append_printf (text, " %s %s:", ind_comparison_row_get_path (row), nombre != NULL ? nombre : "");
      for (guint p = 0; p < n_periods; p++)
        {
          IndReport *report = ind_comparison_get_report (comparison, p);
          g_autofree char *period = ind_format_period_short (ind_report_get_period_end (report));
          double ejercido;
          g_autofree char *rate = ind_comparison_row_get_ejercido (row, p, &ejercido)
                                  ? ind_format_percent (ejercido, 1) : g_strdup ("—");

          g_string_append_printf (text, " %s %s%s", period, rate, p + 1 < n_periods ? "," : ".");
        }
    }
  return g_string_free (text, FALSE);
}

/* ---- The slides --------------------------------------------------------- */

static void
fill_title_slide (Slide *slide)
{
  Deck *deck = slide->deck;
  const char *entity = ind_report_get_entity (deck->report);
  g_autofree char *period = ind_format_period (ind_report_get_period_end (deck->report));
  g_autofree char *period_line = _ind_draw_capitalize (period);

  add_title (slide, "ctrTitle", report_title (deck), FALSE);
  open_placeholder (slide, "subTitle", 1, _("Subtitle"), FALSE);
  if (entity != NULL)
    append_paragraphs (slide->shapes, entity, NULL, 0, RUN_BOLD, IND_ACCENT);
  append_paragraphs (slide->shapes, period_line, NULL, 0, RUN_PLAIN, 0);
  append_paragraphs (slide->shapes, deck->generated, NULL, SMALL_SIZE, RUN_PLAIN, 0);
  close_text_shape (slide);
}

/* The key figures of the report or of @program, the amounts rounded as
 * said aloud (the exact ones are in the summary and the workbook). */
static void
build_figures (Deck         *deck,
               IndItem      *program,
               IndKeyFigure  figures[IND_N_KEY_FIGURES])
{
  _ind_key_figures_build (figures, deck->report, program, &deck->options->bands);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 value;

      if (program != NULL && !ind_item_get_money (program, m, &value))
        continue;
      if (program == NULL)
        value = ind_report_sum_programs (deck->report, m);
      g_free (figures[m].value);
      figures[m].value = ind_format_money_spoken (value);
    }
}

/* The figures in a table: label, value, what it means. */
static void
fill_totals_slide (Slide *slide)
{
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  Cell cells[IND_N_KEY_FIGURES * 3];
  static const double widths[] = { 230, 230, CONTENT_W - 460 };
  Box box = { MARGIN, CONTENT_Y, CONTENT_W, CONTENT_BOTTOM - CONTENT_Y - 12 };

  build_figures (slide->deck, NULL, figures);
  add_title (slide, "title", _("The budget at a glance"), FALSE);
  for (guint i = 0; i < IND_N_KEY_FIGURES; i++)
    {
      cells[3 * i] = (Cell) { figures[i].label, NULL, RUN_BOLD, IND_MUTED, TABLE_SIZE };
      cells[3 * i + 1] = (Cell) { figures[i].value, NULL, RUN_BOLD, IND_INK, 2600 };
      cells[3 * i + 2] = (Cell) { figures[i].detail, NULL, RUN_PLAIN, IND_MUTED, 1800 };
    }
  add_table (slide, _("Key figures"), &box, widths, 3, cells, IND_N_KEY_FIGURES, NULL);
  _ind_key_figures_clear (figures);
}

/* The points IndSlides puts on the slide, and a line saying where the
 * others are when it cannot hold them all. */
static void
fill_points_slide (Slide       *slide,
                   const char  *heading,
                   char *const *points,
                   const char  *more)
{
  guint n = ind_slides_get_n_points (slide->deck->slides, slide->index);

  add_title (slide, "title", heading, FALSE);
  add_points (slide, points, 0, n);
  if (n < g_strv_length ((char **)points))
    {
      Box box = { MARGIN, CONTENT_BOTTOM - 26, CONTENT_W, 26 };

      add_text_box (slide, _("Content"), &box, more, SMALL_SIZE, RUN_ITALIC, IND_MUTED, 0);
    }
}

/* The chart's own title heads the slide, drawn in the picture; the title
 * placeholder carries the same words, hidden, for the outline and for
 * screen readers. */
static void
fill_chart_slide (Slide         *slide,
                  IndChartKind   kind,
                  IndComparison *comparison,
                  double         bottom)
{
  Deck *deck = slide->deck;
  Box box = { MARGIN, MARGIN, CONTENT_W, bottom - MARGIN };
  g_autofree char *description = NULL;
  cairo_surface_t *surface;
  const char *title;

  if (comparison != NULL)
    {
      /* xgettext:no-c-format */
      title = _("% ejercido by period, by program");
      description = describe_comparison (comparison, title);
    }
  else
    {
      title = kind == IND_CHART_AVANCE ? _("Spending against the expected pace, by program")
                                       : _("Budget execution by program");
      description = describe_chart (slide, kind, NULL, title);
    }
  if (slide->first_row > 0)
    {
      g_autofree char *continued = g_strdup_printf (_("%s (continued)"), title);

      add_title (slide, "title", continued, TRUE);
    }
  else
    add_title (slide, "title", title, TRUE);
  surface = render_chart (deck, kind, comparison, NULL,
                          comparison != NULL ? COMPARISON_CHART_TEXT_SCALE : CHART_TEXT_SCALE, slide, &box);
  add_picture (slide, &box, surface, title, description);
  cairo_surface_destroy (surface);
}

/* The chart of the periods, and a line counting the items that changed,
 * which the summary lists. */
static void
fill_comparison_slide (Slide *slide)
{
  IndComparison *comparison = slide->deck->options->comparison;
  guint added = g_list_model_get_n_items (ind_comparison_get_added (comparison));
  guint vanished = g_list_model_get_n_items (ind_comparison_get_vanished (comparison));
  guint renamed = g_list_model_get_n_items (ind_comparison_get_renamed (comparison));
  double bottom = CONTENT_BOTTOM;

  if (added + vanished + renamed > 0)
    {
      g_autofree char *line = g_strdup_printf (_("Items that changed between the periods — new: %u, vanished: %u, renamed: %u. The summary document lists them."),
                                               added, vanished, renamed);
      Box box = { MARGIN, bottom - 44, CONTENT_W, 44 };

      add_text_box (slide, _("Changes"), &box, line, SMALL_SIZE, RUN_ITALIC, IND_MUTED, 0);
      bottom = box.y - 4;
    }
  fill_chart_slide (slide, 0, comparison, bottom);
}

/* @text cut at about @max characters, at a space, with an ellipsis. */
static char *
shorten (const char *text,
         guint       max)
{
  const char *cut, *end;

  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  cut = g_utf8_offset_to_pointer (text, max);
  end = cut;
  while (end > text && *end != ' ')
    end--;
  /* a single long word is cut where it is */
  if (end == text)
    end = cut;
  return g_strdup_printf ("%.*s…", (int)(end - text), text);
}

/* The program's name and four figures, the staff's comment, and the
 * chart of its components below, where their names have room. */
static void
fill_program_slide (Slide   *slide,
                    IndItem *program)
{
  static const guint shown[] = {
    IND_MONEY_MODIFICADO, IND_MONEY_DEVENGADO, IND_MONEY_PAGADO, IND_KEY_EJERCIDO,
  };
  /* % ejercido has its distance from the pace under it */
  static const double widths[] = { 205, 205, 205, CONTENT_W - 3 * 205 };
  static const double heights[] = { 24, 56 };
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  Cell cells[2 * G_N_ELEMENTS (shown)];
  g_autofree char *heading = g_strdup_printf (_("Program %s"), ind_item_get_path (program));
  g_autofree char *description = NULL;
  const char *nombre = ind_item_get_nombre (program);
  const char *note = ind_item_get_note (program);
  const char *title = _("Budget execution by component");
  Box box = { MARGIN, CONTENT_Y - 8, CONTENT_W, 0 };
  cairo_surface_t *surface;

  add_title (slide, "title", heading, FALSE);
  if (nombre != NULL)
    {
      box.height = g_utf8_strlen (nombre, -1) > 85 ? 44 : 22;
      add_text_box (slide, _("Name"), &box, nombre, 1800, RUN_PLAIN, IND_MUTED, 0);
      box.y += box.height + 4;
    }

  build_figures (slide->deck, program, figures);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      const IndKeyFigure *figure = &figures[shown[i]];

      cells[i] = (Cell) { figure->label, NULL, RUN_BOLD, IND_MUTED, SMALL_SIZE };
      /* only % ejercido keeps its line: the others would repeat it */
      cells[G_N_ELEMENTS (shown) + i] = (Cell) { figure->value, shown[i] == IND_KEY_EJERCIDO ? figure->detail : NULL,
                                                 RUN_BOLD, IND_INK, 2400 };
    }
  box.height = heights[0] + heights[1];
  add_table (slide, _("Key figures"), &box, widths, G_N_ELEMENTS (shown), cells, 2, heights);
  _ind_key_figures_clear (figures);
  box.y += box.height + 6;

  if (note != NULL && *note != '\0')
    {
      g_autofree char *cut = shorten (note, REMARK_CHARS);
      g_autofree char *remark = g_strdup_printf (_("Note: %s"), cut);

      box.height = 52;
      add_text_box (slide, _("Comment for the council"), &box, remark, 1800, RUN_ITALIC, IND_ACCENT, IND_TINT);
      box.y += box.height + 8;
    }

  if (!slide->has_chart)
    return;
  box.height = CONTENT_BOTTOM - box.y;
  description = describe_chart (slide, IND_CHART_EJECUCION, program, title);
  surface = render_chart (slide->deck, IND_CHART_EJECUCION, NULL, ind_item_get_path (program),
                          PROGRAM_CHART_TEXT_SCALE, slide, &box);
  add_picture (slide, &box, surface, title, description);
  cairo_surface_destroy (surface);
}

/* The rest of a program's chart, under a hidden title as the charts of
 * the programs. */
static void
fill_program_continued (Slide   *slide,
                        IndItem *program)
{
  g_autofree char *heading = g_strdup_printf (_("Program %s"), ind_item_get_path (program));
  g_autofree char *continued = g_strdup_printf (_("%s (continued)"), heading);
  const char *title = _("Budget execution by component");
  g_autofree char *description = describe_chart (slide, IND_CHART_EJECUCION, program, title);
  Box box = { MARGIN, MARGIN, CONTENT_W, CONTENT_BOTTOM - MARGIN };
  cairo_surface_t *surface;

  add_title (slide, "title", continued, TRUE);
  surface = render_chart (slide->deck, IND_CHART_EJECUCION, NULL, ind_item_get_path (program),
                          PROGRAM_CHART_TEXT_SCALE, slide, &box);
  add_picture (slide, &box, surface, title, description);
  cairo_surface_destroy (surface);
}

static Layout
layout_of (IndSlideKind kind)
{
  switch (kind)
    {
    case IND_SLIDE_TITLE:
      return LAYOUT_TITLE;
    case IND_SLIDE_FINDINGS:
    case IND_SLIDE_REVIEW:
      return LAYOUT_CONTENT;
    case IND_SLIDE_TOTALS:
    case IND_SLIDE_PROGRAM:
      return LAYOUT_TITLE_ONLY;
    default:
      return LAYOUT_CHART;
    }
}

/* The shapes of the slide @slide->index. */
static void
fill_slide (Slide *slide)
{
  Deck *deck = slide->deck;
  IndItem *program = NULL;
  switch (ind_slides_get_kind (deck->slides, slide->index, &program))
    {
    case IND_SLIDE_TITLE:
      fill_title_slide (slide);
      return;
    case IND_SLIDE_TOTALS:
      fill_totals_slide (slide);
      break;
    case IND_SLIDE_FINDINGS:
      fill_points_slide (slide, _("Findings"), deck->findings, _("The summary document has every finding."));
      break;
    case IND_SLIDE_EJECUCION:
      fill_chart_slide (slide, IND_CHART_EJECUCION, NULL, CONTENT_BOTTOM);
      break;
    case IND_SLIDE_AVANCE:
      fill_chart_slide (slide, IND_CHART_AVANCE, NULL, CONTENT_BOTTOM);
      break;
    case IND_SLIDE_COMPARISON:
      fill_comparison_slide (slide);
      break;
    case IND_SLIDE_PROGRAM:
      fill_program_slide (slide, program);
      break;
    case IND_SLIDE_PROGRAM_CONTINUED:
      fill_program_continued (slide, program);
      break;
    case IND_SLIDE_REVIEW:
      fill_points_slide (slide, _("Report review"), deck->review, _("The summary document has the whole review."));
      break;
    default:
      g_assert_not_reached ();
    }
  add_footer (slide);
}

/* ---- Speaker notes ------------------------------------------------------ */

static void
collect_notes (IndItem *item,
               GString *notes)
{
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    {
      IndItem *child = ind_item_get_child (item, i);
      const char *note = ind_item_get_note (child);

      if (note != NULL && *note != '\0')
        {
          g_autofree char *label = item_label (child);

          g_string_append_printf (notes, "\n%s: %s", label, note);
        }
      collect_notes (child, notes);
    }
}

/* The staff's comments for the council on a program's slide: the
 * program's own, then those on its components and activities. */
static char *
slide_notes (Deck  *deck,
             guint  index)
{
  IndItem *program = NULL;
  const char *note;
  GString *notes;

  if (ind_slides_get_kind (deck->slides, index, &program) != IND_SLIDE_PROGRAM || program == NULL)
    return NULL;
  note = ind_item_get_note (program);
  notes = g_string_new (note != NULL ? note : "");
  collect_notes (program, notes);
  if (notes->len > 0 && notes->str[0] == '\n')
    g_string_erase (notes, 0, 1);
  if (notes->len == 0)
    {
      g_string_free (notes, TRUE);
      return NULL;
    }
  return g_string_free (notes, FALSE);
}

static void
write_notes (Deck       *deck,
             guint       index,
             const char *notes)
{
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION "<p:notes " NAMESPACES "><p:cSld><p:spTree>"
                                         "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                                         "<p:grpSpPr/>"
                                         "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/>"
                                         "<p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
                                         "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
                                         "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes 2\"/>"
                                         "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
                                         "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/>"
                                         "<p:txBody><a:bodyPr/><a:lstStyle/>");
  g_autofree char *name = g_strdup_printf ("ppt/notesSlides/notesSlide%u.xml", index + 1);
  g_autofree char *rels_name = g_strdup_printf ("ppt/notesSlides/_rels/notesSlide%u.xml.rels", index + 1);
  g_autoptr(GString) rels = g_string_new (NULL);

  append_paragraphs (xml, _("Comment for the council"), NULL, 0, RUN_BOLD, 0);
  append_paragraphs (xml, notes, NULL, 0, RUN_PLAIN, 0);
  g_string_append (xml, "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>");
  write_xml (deck, name, xml);

  g_string_printf (rels, XML_DECLARATION "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"" REL "notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/>"
                   "<Relationship Id=\"rId2\" Type=\"" REL "slide\" Target=\"../slides/slide%u.xml\"/>"
                   "</Relationships>", index + 1);
  write_xml (deck, rels_name, rels);
}

/* ---- Writing a slide ---------------------------------------------------- */

static void
picture_free (gpointer png)
{
  g_string_free (png, TRUE);
}

static Slide *
slide_new (Deck       *deck,
           guint       index,
           const char *notes)
{
  Slide *slide = g_new0 (Slide, 1);

  slide->deck = deck;
  slide->index = index;
  slide->notes = notes;
  slide->shapes = g_string_new (NULL);
  slide->rels = g_string_new (NULL);
  slide->next_id = 2;
  slide->pictures = g_ptr_array_new_with_free_func (picture_free);
  return slide;
}

static void
slide_free (Slide *slide)
{
  if (slide == NULL)
    return;
  g_string_free (slide->shapes, TRUE);
  g_string_free (slide->rels, TRUE);
  g_ptr_array_unref (slide->pictures);
  g_free (slide);
}

/* In a thread of the pool. */
static void
build_slide (gpointer data,
             gpointer user_data)
{
  Slide *slide = data;
  Deck *deck = slide->deck;
  g_autofree char *layout = g_strdup_printf ("../slideLayouts/slideLayout%d.xml",
                                             layout_of (ind_slides_get_kind (deck->slides, slide->index, NULL)));

  slide_add_rel (slide, "slideLayout", layout);
  fill_slide (slide);
  if (slide->notes != NULL)
    {
      g_autofree char *target = g_strdup_printf ("../notesSlides/notesSlide%u.xml", slide->index + 1);

      slide_add_rel (slide, "notesSlide", target);
    }
  g_mutex_lock (&deck->lock);
  slide->done = TRUE;
  g_cond_broadcast (&deck->ready);
  g_mutex_unlock (&deck->lock);
}

/* The slide's parts into the zip, once built. */
static void
store_slide (Deck  *deck,
             Slide *slide)
{
  guint number = slide->index + 1;
  g_autofree char *name = g_strdup_printf ("ppt/slides/slide%u.xml", number);
  g_autofree char *rels_name = g_strdup_printf ("ppt/slides/_rels/slide%u.xml.rels", number);
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION "<p:sld " NAMESPACES "><p:cSld><p:spTree>"
                                         "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                                         "<p:grpSpPr/>");
  g_autoptr(GString) rels = g_string_new (XML_DECLARATION "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");

  deck->failed |= slide->failed;
  for (guint i = 0; i < slide->pictures->len; i++)
    {
      GString *png = g_ptr_array_index (slide->pictures, i);
      g_autofree char *part = g_strdup_printf ("ppt/media/image%u-%u.png", number, i + 1);

      /* PNG is compressed already */
      write_part (deck, part, png->str, png->len, FALSE);
    }
  if (slide->notes != NULL)
    write_notes (deck, slide->index, slide->notes);

  g_string_append_len (xml, slide->shapes->str, slide->shapes->len);
  g_string_append (xml, "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
  write_xml (deck, name, xml);
  g_string_append_len (rels, slide->rels->str, slide->rels->len);
  g_string_append (rels, "</Relationships>");
  write_xml (deck, rels_name, rels);
}

/* ---- The parts every deck has ------------------------------------------- */

#define RELATIONSHIPS "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
#define GROUP "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
#define COLOR_MAP "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" " \
                  "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" " \
                  "folHlink=\"folHlink\"/>"
#define EMPTY_TEXT "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"es-MX\"/></a:p></p:txBody>"

static void
write_string (Deck       *deck,
              const char *name,
              const char *xml)
{
  write_part (deck, name, xml, strlen (xml), TRUE);
}

static void
write_content_types (Deck        *deck,
                     guint        n_slides,
                     char *const *notes)
{
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"" CT "presentation.main+xml\"/>"
    "<Override PartName=\"/ppt/presProps.xml\" ContentType=\"" CT "presProps+xml\"/>"
    "<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"" CT "slideMaster+xml\"/>"
    "<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"" CT "notesMaster+xml\"/>"
    "<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
    "<Override PartName=\"/ppt/theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");

  for (guint i = 1; i <= N_LAYOUTS; i++)
    g_string_append_printf (xml, "<Override PartName=\"/ppt/slideLayouts/slideLayout%u.xml\" "
                            "ContentType=\"" CT "slideLayout+xml\"/>", i);
  for (guint i = 0; i < n_slides; i++)
    {
      g_string_append_printf (xml, "<Override PartName=\"/ppt/slides/slide%u.xml\" ContentType=\"" CT "slide+xml\"/>",
                              i + 1);
      if (notes[i] != NULL)
        g_string_append_printf (xml, "<Override PartName=\"/ppt/notesSlides/notesSlide%u.xml\" "
                                "ContentType=\"" CT "notesSlide+xml\"/>", i + 1);
    }
  g_string_append (xml, "</Types>");
  write_xml (deck, "[Content_Types].xml", xml);
}

/* Title, subject, author (the entity), language and dates. */
static void
write_properties (Deck      *deck,
                  GDateTime *date,
                  guint      n_slides,
                  guint      n_notes)
{
  const char *entity = ind_report_get_entity (deck->report);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  g_autofree char *when = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");

  append_escaped (xml, report_title (deck));
  g_string_append (xml, "</dc:title><dc:subject>");
  append_escaped (xml, _("Slides for the governing council"));
  g_string_append (xml, "</dc:subject>");
  if (entity != NULL)
    {
      g_string_append (xml, "<dc:creator>");
      append_escaped (xml, entity);
      g_string_append (xml, "</dc:creator>");
    }
  g_string_append_printf (xml, "<dc:language>es-MX</dc:language>"
                          "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                          "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
                          "</cp:coreProperties>", when, when);
  write_xml (deck, "docProps/core.xml", xml);

  g_string_printf (xml, XML_DECLARATION
                   "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                   "<Application>Indicadores %s</Application><PresentationFormat>16:9</PresentationFormat>"
                   "<Slides>%u</Slides><Notes>%u</Notes></Properties>", PACKAGE_VERSION, n_slides, n_notes);
  write_xml (deck, "docProps/app.xml", xml);
}

static void
write_presentation (Deck  *deck,
                    guint  n_slides)
{
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION "<p:presentation " NAMESPACES ">"
    "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
    "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>");
  g_autoptr(GString) rels = g_string_new (XML_DECLARATION RELATIONSHIPS
    "<Relationship Id=\"rId1\" Type=\"" REL "slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL "notesMaster\" Target=\"notesMasters/notesMaster1.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL "theme\" Target=\"theme/theme1.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" REL "presProps\" Target=\"presProps.xml\"/>");

  for (guint i = 0; i < n_slides; i++)
    {
      g_string_append_printf (xml, "<p:sldId id=\"%u\" r:id=\"rId%u\"/>", 256 + i, 5 + i);
      g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"" REL "slide\" Target=\"slides/slide%u.xml\"/>",
                              5 + i, i + 1);
    }
  /* 16:9, 13.333 × 7.5 in; the notes page is portrait Letter */
  g_string_append (xml, "</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
                   "<p:defaultTextStyle><a:lvl1pPr><a:defRPr lang=\"es-MX\">" INK FONT_MINOR "</a:defRPr></a:lvl1pPr>"
                   "</p:defaultTextStyle>"
                   "</p:presentation>");
  g_string_append (rels, "</Relationships>");
  write_xml (deck, "ppt/presentation.xml", xml);
  write_xml (deck, "ppt/_rels/presentation.xml.rels", rels);
  write_string (deck, "ppt/presProps.xml", XML_DECLARATION "<p:presentationPr " NAMESPACES "/>");
  write_string (deck, "_rels/.rels", XML_DECLARATION RELATIONSHIPS
    "<Relationship Id=\"rId1\" Type=\"" REL "officeDocument\" Target=\"ppt/presentation.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL "extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>");
}

/* The app's palette (ind-draw-private.h, and the Okabe–Ito colours of
 * the charts) and its font. Cantarell is not on every computer: the
 * font's family (swiss, variable pitch) lets PowerPoint and LibreOffice
 * fall back on Arial or Liberation Sans. */
static void
write_theme (Deck       *deck,
             const char *name)
{
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION);
  static const struct { const char *slot; guint32 rgb; } colors[] = {
    { "dk1", IND_INK }, { "lt1", IND_WHITE }, { "dk2", IND_MUTED }, { "lt2", IND_SHADE },
    { "accent1", IND_ACCENT }, { "accent2", 0xe69f00 }, { "accent3", 0x009e73 }, { "accent4", 0x56b4e9 },
    { "accent5", 0xd55e00 }, { "accent6", 0xcc79a7 }, { "hlink", IND_ACCENT }, { "folHlink", 0x613583 },
  };

  g_string_append (xml, "<a:theme xmlns:a=\"" NS_A "\" name=\"Indicadores\"><a:themeElements>"
                   "<a:clrScheme name=\"Indicadores\">");
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    g_string_append_printf (xml, "<a:%s><a:srgbClr val=\"%06X\"/></a:%s>", colors[i].slot, colors[i].rgb, colors[i].slot);
  g_string_append (xml, "</a:clrScheme><a:fontScheme name=\"Indicadores\">"
    "<a:majorFont><a:latin typeface=\"Cantarell\" pitchFamily=\"34\" charset=\"0\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
    "<a:minorFont><a:latin typeface=\"Cantarell\" pitchFamily=\"34\" charset=\"0\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
    "</a:fontScheme><a:fmtScheme name=\"Indicadores\"><a:fillStyleLst>"
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>"
    "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
    "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
    "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>"
    "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
    "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>"
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>");
  write_xml (deck, name, xml);
}

/* A placeholder of the master or a layout: where it is and how its text
 * is set. @box NULL: where the master has it. */
static void
append_placeholder (GString    *xml,
                    guint       id,
                    const char *name,
                    const char *type,
                    guint       idx,
                    const Box  *box,
                    const char *body_properties,
                    const char *list_style)
{
  g_string_append_printf (xml, "<p:sp><p:nvSpPr><p:cNvPr id=\"%u\" name=\"%s\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
                          "</p:cNvSpPr><p:nvPr><p:ph type=\"%s\"", id, name, type);
  if (idx > 0)
    g_string_append_printf (xml, " idx=\"%u\"", idx);
  g_string_append (xml, "/></p:nvPr></p:nvSpPr><p:spPr>");
  if (box != NULL)
    {
      append_xfrm (xml, box);
      g_string_append (xml, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
    }
  g_string_append_printf (xml, "</p:spPr><p:txBody>%s<a:lstStyle>%s</a:lstStyle>"
                          "<a:p><a:endParaRPr lang=\"es-MX\"/></a:p></p:txBody></p:sp>",
                          body_properties != NULL ? body_properties : "<a:bodyPr/>",
                          list_style != NULL ? list_style : "");
}

static void
append_rectangle (GString   *xml,
                  guint      id,
                  const Box *box)
{
  g_string_append_printf (xml, "<p:sp><p:nvSpPr><p:cNvPr id=\"%u\" name=\"Accent %u\"/><p:cNvSpPr/>"
                          "<p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>", id, id - 1);
  append_xfrm (xml, box);
  g_string_append (xml, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val=\"accent1\"/>"
                   "</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>");
}


static const Box title_box = { MARGIN, TITLE_Y, CONTENT_W, TITLE_H };
static const Box body_box = { MARGIN, CONTENT_Y, CONTENT_W, CONTENT_BOTTOM - CONTENT_Y };

static void
write_master (Deck *deck)
{
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION "<p:sldMaster " NAMESPACES "><p:cSld><p:bg><p:bgPr>"
                                         "<a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/>"
                                         "</p:bgPr></p:bg><p:spTree>" GROUP);
  g_autoptr(GString) rels = g_string_new (XML_DECLARATION RELATIONSHIPS);

  append_placeholder (xml, 2, "Title 1", "title", 0, &title_box,
                      "<a:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"><a:normAutofit/></a:bodyPr>", NULL);
  append_placeholder (xml, 3, "Text 2", "body", 1, &body_box,
                      "<a:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr>", NULL);
  g_string_append (xml, "</p:spTree></p:cSld>" COLOR_MAP "<p:sldLayoutIdLst>");
  for (guint i = 1; i <= N_LAYOUTS; i++)
    {
      g_string_append_printf (xml, "<p:sldLayoutId id=\"%u\" r:id=\"rId%u\"/>", 2147483648u + i, i);
      g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"" REL "slideLayout\" "
                              "Target=\"../slideLayouts/slideLayout%u.xml\"/>", i, i);
    }
  g_string_append_printf (rels, "<Relationship Id=\"rId%u\" Type=\"" REL "theme\" Target=\"../theme/theme1.xml\"/>"
                          "</Relationships>", N_LAYOUTS + 1);
  /* Read from the back of a room: titles 34 pt, points 22 pt, bullets in
   * the accent colour. */
  g_string_append (xml, "</p:sldLayoutIdLst><p:txStyles>"
    "<p:titleStyle><a:lvl1pPr algn=\"l\"><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc><a:buNone/>"
    "<a:defRPr sz=\"3400\" b=\"1\">" INK FONT_MAJOR "</a:defRPr></a:lvl1pPr></p:titleStyle>"
    "<p:bodyStyle><a:lvl1pPr marL=\"355600\" indent=\"-355600\" algn=\"l\"><a:spcBef><a:spcPts val=\"1400\"/></a:spcBef>"
    "<a:buClr><a:schemeClr val=\"accent1\"/></a:buClr><a:buFont typeface=\"Arial\"/><a:buChar char=\"&#8226;\"/>"
    "<a:defRPr sz=\"2200\">" INK FONT_MINOR "</a:defRPr></a:lvl1pPr>"
    "<a:lvl2pPr marL=\"711200\" indent=\"-355600\" algn=\"l\"><a:spcBef><a:spcPts val=\"600\"/></a:spcBef>"
    "<a:buClr><a:schemeClr val=\"accent1\"/></a:buClr><a:buFont typeface=\"Arial\"/><a:buChar char=\"&#8211;\"/>"
    "<a:defRPr sz=\"2000\">" INK FONT_MINOR "</a:defRPr></a:lvl2pPr></p:bodyStyle>"
    "<p:otherStyle><a:lvl1pPr><a:defRPr sz=\"1800\">" INK FONT_MINOR "</a:defRPr></a:lvl1pPr></p:otherStyle>"
    "</p:txStyles></p:sldMaster>");
  write_xml (deck, "ppt/slideMasters/slideMaster1.xml", xml);
  write_xml (deck, "ppt/slideMasters/_rels/slideMaster1.xml.rels", rels);
}

/* The title slide: the accent band atop and the bar beside the title,
 * as on the PDF's first slide. */
static void
append_title_layout (GString *xml)
{
  static const Box band = { 0, 0, SLIDE_W, 12 };
  static const Box bar = { MARGIN, 120, 6, 300 };
  static const Box title = { MARGIN + 24, 120, CONTENT_W - 24, 170 };
  static const Box subtitle = { MARGIN + 24, 300, CONTENT_W - 24, 160 };

  append_rectangle (xml, 2, &band);
  append_rectangle (xml, 3, &bar);
  append_placeholder (xml, 4, "Title 3", "ctrTitle", 0, &title,
                      "<a:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\"><a:normAutofit/></a:bodyPr>",
                      "<a:lvl1pPr><a:defRPr sz=\"4000\"/></a:lvl1pPr>");
  append_placeholder (xml, 5, "Subtitle 4", "subTitle", 1, &subtitle,
                      "<a:bodyPr lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr>",
                      "<a:lvl1pPr marL=\"0\" indent=\"0\"><a:spcBef><a:spcPts val=\"1000\"/></a:spcBef><a:buNone/>"
                      "<a:defRPr sz=\"2600\">" MUTED "</a:defRPr></a:lvl1pPr>");
}

static void
write_layout (Deck   *deck,
              Layout  layout)
{
  static const struct { const char *type; const char *name; } layouts[] = {
    [LAYOUT_TITLE] = { "title", N_("Title Slide") },
    [LAYOUT_CONTENT] = { "obj", N_("Title and Content") },
    [LAYOUT_TITLE_ONLY] = { "titleOnly", N_("Title Only") },
    [LAYOUT_CHART] = { "blank", N_("Chart") },
  };
  static const Box rule = { MARGIN, TITLE_Y + TITLE_H + 4, 80, 4 };
  g_autofree char *name = g_strdup_printf ("ppt/slideLayouts/slideLayout%d.xml", layout);
  g_autofree char *rels_name = g_strdup_printf ("ppt/slideLayouts/_rels/slideLayout%d.xml.rels", layout);
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION);

  g_string_append_printf (xml, "<p:sldLayout " NAMESPACES " type=\"%s\" preserve=\"1\"%s><p:cSld name=\"",
                          layouts[layout].type, layout == LAYOUT_TITLE ? " showMasterSp=\"0\"" : "");
  append_escaped (xml, _(layouts[layout].name));
  g_string_append (xml, "\"><p:spTree>" GROUP);
  if (layout == LAYOUT_TITLE)
    append_title_layout (xml);
  else if (layout != LAYOUT_CHART)
    {
      append_placeholder (xml, 2, "Title 1", "title", 0, NULL, NULL, NULL);
      append_rectangle (xml, 3, &rule);
      if (layout == LAYOUT_CONTENT)
        append_placeholder (xml, 4, "Content 3", "body", 1, NULL, NULL, NULL);
    }
  g_string_append (xml, "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>");
  write_xml (deck, name, xml);
  write_string (deck, rels_name, XML_DECLARATION RELATIONSHIPS
                "<Relationship Id=\"rId1\" Type=\"" REL "slideMaster\" Target=\"../slideMasters/slideMaster1.xml\"/>"
                "</Relationships>");
}

/* Where the speaker notes are printed: the slide above, the notes below. */
static void
write_notes_master (Deck *deck)
{
  static const Box image = { 54, 90, 432, 243 };
  static const Box notes = { 54, 346.5, 432, 283.5 };
  g_autoptr(GString) xml = g_string_new (XML_DECLARATION "<p:notesMaster " NAMESPACES "><p:cSld><p:bg><p:bgPr>"
                                         "<a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill><a:effectLst/>"
                                         "</p:bgPr></p:bg><p:spTree>" GROUP);

  g_string_append (xml, "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" "
                   "noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\" idx=\"2\"/></p:nvPr>"
                   "</p:nvSpPr><p:spPr>");
  append_xfrm (xml, &image);
  g_string_append (xml, "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln w=\"12700\">"
                   "<a:solidFill><a:prstClr val=\"black\"/></a:solidFill></a:ln></p:spPr></p:sp>");
  append_placeholder (xml, 3, "Notes 2", "body", 3, &notes, NULL, NULL);
  g_string_append (xml, "</p:spTree></p:cSld>" COLOR_MAP "<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\">"
                   "<a:spcBef><a:spcPts val=\"600\"/></a:spcBef><a:defRPr sz=\"1400\">" INK FONT_MINOR
                   "</a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>");
  write_xml (deck, "ppt/notesMasters/notesMaster1.xml", xml);
  write_string (deck, "ppt/notesMasters/_rels/notesMaster1.xml.rels", XML_DECLARATION RELATIONSHIPS
                "<Relationship Id=\"rId1\" Type=\"" REL "theme\" Target=\"../theme/theme2.xml\"/></Relationships>");
}

/* ---- The deck ----------------------------------------------------------- */

/* The rows of a chart cut over several slides, as IndSlides measured
 * them for the PDF: the same rows on the same slides. */
static void
plan_chart_pages (Deck      *deck,
                  GPtrArray *slides)
{
  for (guint i = 0; i < slides->len; i++)
    {
      Slide *slide = g_ptr_array_index (slides, i);

      slide->has_chart = ind_slides_get_chart_rows (deck->slides, i, &slide->first_row, &slide->n_rows);
    }
}

/* Slides built ahead of the one being written: enough to keep the
 * threads busy, few enough to keep their pictures in memory. */
#define SLIDES_AHEAD 8

/* The slides are drawn (their charts, mostly) by a pool of threads, one
 * a processor, and written to the zip in order as they are done. */
static void
write_slides (Deck        *deck,
              guint        n_slides,
              char *const *notes)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_free);
  GThreadPool *pool = g_thread_pool_new (build_slide, NULL, CLAMP (g_get_num_processors (), 1, 4), FALSE, NULL);
  guint pushed = 0;

  for (guint i = 0; i < n_slides; i++)
    g_ptr_array_add (slides, slide_new (deck, i, notes[i]));
  plan_chart_pages (deck, slides);
  for (guint i = 0; i < n_slides && !deck->failed && !g_cancellable_is_cancelled (deck->cancellable); i++)
    {
      Slide *slide = g_ptr_array_index (slides, i);

      for (; pushed < n_slides && pushed <= i + SLIDES_AHEAD; pushed++)
        g_thread_pool_push (pool, g_ptr_array_index (slides, pushed), NULL);
      g_mutex_lock (&deck->lock);
      while (!slide->done)
        g_cond_wait (&deck->ready, &deck->lock);
      g_mutex_unlock (&deck->lock);
      store_slide (deck, slide);
      g_clear_pointer (&g_ptr_array_index (slides, i), slide_free);
    }
  /* the slides being built are finished, those waiting dropped */
  g_thread_pool_free (pool, TRUE, TRUE);
}

static gboolean
write_deck (Deck         *deck,
            GDateTime    *date,
            const char   *path,
            GError      **error)
{
  g_autoptr(IndAtomicFile) file = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  guint n_slides = ind_slides_get_n_slides (deck->slides);
  guint n_notes = 0;
  int status;

  file = ind_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  deck->zip = zipOpen64 (ind_atomic_file_get_temp_path (file), APPEND_STATUS_CREATE);
  if (deck->zip == NULL)
    {
      ind_atomic_file_set_error (file, error, g_strerror (EIO));
      return FALSE;
    }
  set_zip_date (deck, date);

  for (guint i = 0; i < n_slides; i++)
    {
      g_ptr_array_add (notes, slide_notes (deck, i));
      n_notes += notes->pdata[i] != NULL;
    }
  write_content_types (deck, n_slides, (char **)notes->pdata);
  write_presentation (deck, n_slides);
  write_properties (deck, date, n_slides, n_notes);
  write_master (deck);
  for (Layout layout = LAYOUT_TITLE; layout <= N_LAYOUTS; layout++)
    write_layout (deck, layout);
  write_theme (deck, "ppt/theme/theme1.xml");
  write_theme (deck, "ppt/theme/theme2.xml");
  write_notes_master (deck);
  write_slides (deck, n_slides, (char **)notes->pdata);

  status = zipClose (deck->zip, NULL);
  /* Dropping the IndAtomicFile removes the temporary file. */
  if (g_cancellable_set_error_if_cancelled (deck->cancellable, error))
    return FALSE;
  if (deck->failed || status != ZIP_OK)
    {
      ind_atomic_file_set_error (file, error, g_strerror (EIO));
      return FALSE;
    }
  return ind_atomic_file_commit (file, error);
}

/**
 * ind_export_pptx:
 * @path: the presentation to write; replaced only when the new one is
 *   complete
 * @options: (nullable): as for ind_export_pdf_slides(); defaults when %NULL
 * @cancellable: (nullable): checked between slides
 *
 * Writes the slides of ind_export_pdf_slides(), in the same order, as an
 * editable PowerPoint presentation (.pptx): text in the layouts'
 * placeholders, figures in native tables, charts as pictures with their
 * description, and each program's comments for the council (from
 * @options->project) as its slide's speaker notes. On any error or
 * cancellation the previous @path is untouched and no temporary file is
 * left.
 */
gboolean
ind_export_pptx (IndReport                  *report,
                 const char                 *path,
                 const IndExportOptions     *options,
                 GCancellable               *cancellable,
                 GError                    **error)
{
  IndExportOptions defaults;
  g_autoptr(GDateTime) now = NULL;
  Deck deck = { 0 };
  gboolean ok;

  options = ind_export_prepare (report, path, options, &defaults, cancellable, error);
  if (options == NULL)
    return FALSE;
  now = options->generated != NULL ? g_date_time_ref (options->generated) : g_date_time_new_now_local ();

  deck.report = report;
  deck.options = options;
  deck.cancellable = cancellable;
  deck.slides = ind_slides_new (report, options);
  /* A slide says each in brief, as the PDF's; the summary has them whole. */
  deck.findings = ind_findings_build_brief (report);
  deck.review = ind_findings_build_review_brief (report);
  deck.generated = _ind_draw_generated_on (now);
  g_mutex_init (&deck.lock);
  g_cond_init (&deck.ready);
  ok = write_deck (&deck, now, path, error);

  ind_slides_free (deck.slides);
  g_strfreev (deck.findings);
  g_strfreev (deck.review);
  g_free (deck.generated);
  g_mutex_clear (&deck.lock);
  g_cond_clear (&deck.ready);
  return ok;
}
