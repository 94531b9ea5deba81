/* ind-builder.c: raw rows → IndReport tree
 *
 * Every reader hands over the same kind of raw table, so every quirk of
 * the report (column shifts, wrapped names, percent spellings, lost
 * pages, the SUMAS footer) is handled here once, for all formats.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ind-builder-private.h"
#include "ind-error.h"
#include "ind-format.h"

typedef enum
{
  COL_CLAVE,
  COL_NOMBRE,
  COL_MODIFICADO,
  COL_DEVENGADO,
  COL_PAGADO,
  COL_AV_FIN,
  COL_AV_FIS,
  COL_PONDERADO,
  COL_META,
  COL_UNIDADES,
  COL_UNIDAD_MEDIDA,
  N_COLS
} Column;

/* Header cells, reduced to upper-case ASCII letters and digits. */
static const struct
{
  Column      column;
  const char *names[4];
} header_names[] = {
  { COL_CLAVE, { "CLAVE" } },
  { COL_NOMBRE, { "NOMBRE", "DESCRIPCION" } },
  { COL_MODIFICADO, { "MODIFICADO" } },
  { COL_DEVENGADO, { "DEVENGADO" } },
  { COL_PAGADO, { "PAGADO" } },
  { COL_AV_FIN, { "AVFIN", "AVANCEFINANCIERO" } },
  { COL_AV_FIS, { "AVFIS", "AVANCEFISICO" } },
  { COL_PONDERADO, { "PONDERADO" } },
  { COL_META, { "META" } },
  { COL_UNIDADES, { "UNIDADES", "ALCANZADO" } },
  { COL_UNIDAD_MEDIDA, { "UNIDADDEMEDIDA", "UNIDADMEDIDA" } },
};

static const IndMoney money_columns[IND_N_MONEY] = { IND_MONEY_MODIFICADO, IND_MONEY_DEVENGADO, IND_MONEY_PAGADO };
static const Column money_cells[IND_N_MONEY] = { COL_MODIFICADO, COL_DEVENGADO, COL_PAGADO };
static const Column percent_cells[IND_N_PERCENT] = { COL_AV_FIN, COL_AV_FIS, COL_PONDERADO };

/* Quarterly reports with similar words that this is not. */
static const char *other_reports[] = {
  "GASTO POR CATEGORIA PROGRAMATICA",
  "ESTADO ANALITICO DEL EJERCICIO",
  "MATRIZ DE INDICADORES",
};

static const char *months[] = {
  "ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO",
  "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE",
};

typedef struct
{
  const IndRawTable *table;
  IndReport         *report;
  int                columns[N_COLS];  /* cell index, or -1 */
  guint              header_row;

  IndItem           *program;          /* borrowed from the report */
  IndItem           *component;
  IndItem           *last;             /* where a wrapped name continues */
  guint              last_component;   /* key numbers seen under the current */
  guint              last_activity;    /* program and component, or 0 */
  guint              n_lost_programs;

  /* A name continuation after a blank line (a page break) waits for the
   * next key row: if numbering goes backwards there, a page was lost and
   * the text belonged to it. */
  GString           *pending;
  guint              pending_line;
  guint              pending_page;
  gboolean           after_blank;

  guint              n_placed;
  guint              n_unplaced;
  guint              first_unplaced_line;
} Builder;

/* "Unidad de Medida" → "UNIDADDEMEDIDA"; "Componente 01" → "COMPONENTE01". */
static char *
squash (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

/* Upper-case ASCII with single spaces, for matching title phrases. */
static char *
fold_phrase (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_toupper (*p));
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  return g_string_free (out, FALSE);
}

static const char *
cell (const Builder   *b,
      const IndRawRow *row,
      Column           column)
{
  int index = b->columns[column];

  if (index < 0 || (guint)index >= row->n_cells)
    return "";
  return row->cells[index];
}

static gboolean
row_is_blank (const IndRawRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i][0] != '\0')
      return FALSE;
  return TRUE;
}

/* Non-empty cells joined, for titles and messages. */
static char *
row_text (const IndRawRow *row,
          const char      *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < row->n_cells; i++)
    {
      if (row->cells[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, row->cells[i]);
    }
  return g_string_free (out, FALSE);
}

/* A title line without the "**" the text dump wraps it in. */
static char *
title_text (const IndRawRow *row)
{
  char *text = row_text (row, " ");

  return g_strstrip (g_strdelimit (text, "*", ' '));
}

static char *
shorten (const char *text,
         guint       max_chars)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, max_chars - 1);
  return g_strconcat (head, "…", NULL);
}

static void
add_diagnostic (Builder     *b,
                IndSeverity  severity,
                const char  *code,
                const char  *path,
                guint        line,
                guint        page,
                const char  *message)
{
  g_autoptr(IndDiagnostic) diagnostic = ind_diagnostic_new (severity, code, path, line, page, message);

  ind_report_add_diagnostic (b->report, diagnostic);
}

static int
column_named (const char *text)
{
  g_autofree char *name = squash (text);

  for (guint h = 0; h < G_N_ELEMENTS (header_names); h++)
    for (guint n = 0; n < G_N_ELEMENTS (header_names[h].names) && header_names[h].names[n]; n++)
      if (g_str_equal (name, header_names[h].names[n]))
        return header_names[h].column;
  return -1;
}

static gboolean
match_cells (const char * const *cells,
             guint               n_cells,
             int                 columns[N_COLS])
{
  for (guint c = 0; c < N_COLS; c++)
    columns[c] = -1;

  for (guint i = 0; i < n_cells; i++)
    {
      int column = column_named (cells[i]);

      if (column >= 0 && columns[column] < 0)
        columns[column] = i;
    }

  return columns[COL_CLAVE] >= 0 && columns[COL_NOMBRE] >= 0 && columns[COL_MODIFICADO] >= 0 &&
         columns[COL_DEVENGADO] >= 0 && columns[COL_PAGADO] >= 0;
}

static gboolean
match_header (const IndRawRow *row,
              int              columns[N_COLS])
{
  return match_cells ((const char * const *)row->cells, row->n_cells, columns);
}

/**
 * ind_report_is_column_name:
 * @text: a header cell, or part of one ("Ponderado", "Unidad de Medida")
 *
 * For readers that find the header row themselves (PDF): whether @text
 * names one of the report's columns.
 */
gboolean
ind_report_is_column_name (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);
  return column_named (text) >= 0;
}

/**
 * ind_report_match_header_cells:
 * @name_cell: (out) (optional): which cell is the name column
 *
 * Whether @cells make the report's header row, as the builder will find
 * it: readers use it to tell the header from the rows around it, and
 * which column holds the names that wrap.
 */
gboolean
ind_report_match_header_cells (const char * const *cells,
                               guint               n_cells,
                               guint              *name_cell)
{
  int columns[N_COLS];

  g_return_val_if_fail (cells != NULL || n_cells == 0, FALSE);

  if (!match_cells (cells, n_cells, columns))
    return FALSE;
  if (name_cell != NULL)
    *name_cell = columns[COL_NOMBRE];
  return TRUE;
}

/* The name of a known other report, if the text names one. */
static const char *
other_report_in (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (other_reports); i++)
    if (strstr (folded, other_reports[i]) != NULL)
      return other_reports[i];
  return NULL;
}

static gboolean
find_header (Builder  *b,
             GError  **error)
{
  guint n = ind_raw_table_get_n_rows (b->table);

  for (guint i = 0; i < n; i++)
    if (match_header (ind_raw_table_get_row (b->table, i), b->columns))
      {
        b->header_row = i;
        return TRUE;
      }

  for (guint i = 0; i < MIN (n, 30); i++)
    {
      g_autofree char *text = row_text (ind_raw_table_get_row (b->table, i), " ");
      g_autofree char *folded = fold_phrase (text);
      g_autofree char *shown = shorten (text, 80);

      if (other_report_in (folded) != NULL)
        {
          g_set_error (error, IND_ERROR, IND_ERROR_NOT_A_REPORT,
                       _("It is another report («%s», line %u), not an «Indicadores de Resultados» report."),
                       shown, ind_raw_table_get_row (b->table, i)->line);
          return FALSE;
        }
    }

  g_set_error_literal (error, IND_ERROR, IND_ERROR_NOT_A_REPORT,
                       _("It is not an «Indicadores de Resultados» report: no header row with the columns Clave, Nombre, Modificado, Devengado and Pagado was found."));
  return FALSE;
}

static void
read_period (Builder    *b,
             const char *folded_title,
             guint       line)
{
  g_autoptr(GRegex) regex = g_regex_new ("\\bAL (\\d{1,2}) DE ([A-Z]+) DEL? (\\d{4})\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (regex, folded_title, 0, &match))
    {
      g_autofree char *day = g_match_info_fetch (match, 1);
      g_autofree char *month = g_match_info_fetch (match, 2);
      g_autofree char *year = g_match_info_fetch (match, 3);

      for (guint m = 0; m < G_N_ELEMENTS (months); m++)
        {
          guint d = atoi (day), y = atoi (year);

          if ((g_str_equal (month, months[m]) || (m == 8 && g_str_equal (month, "SETIEMBRE"))) &&
              g_date_valid_dmy (d, m + 1, y))
            {
              g_autoptr(GDate) date = g_date_new_dmy (d, m + 1, y);

              ind_report_set_period_end (b->report, date);
              return;
            }
        }
    }

  add_diagnostic (b, IND_SEVERITY_WARNING, "no-period", NULL, line, 0,
                  _("The title does not give the period end («AL 31 DE MARZO DE 2024»): the expected pace cannot be computed."));
}

/* The lines above the header: the entity (one or more lines) and the
 * title "INDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024", wrapped in
 * "**…**" in the text dump. */
static gboolean
read_title (Builder  *b,
            GError  **error)
{
  g_autoptr(GString) entity = g_string_new (NULL);
  guint first_line = 0;

  for (guint i = 0; i < b->header_row; i++)
    {
      const IndRawRow *row = ind_raw_table_get_row (b->table, i);
      g_autofree char *trimmed = title_text (row);
      g_autofree char *folded = NULL;
      const char *other;

      if (*trimmed == '\0' || ind_text_is_page_furniture (trimmed))
        continue;
      if (first_line == 0)
        first_line = row->line;

      folded = fold_phrase (trimmed);
      if (strstr (folded, "INDICADORES DE RESULTADOS") != NULL)
        {
          gsize len = strlen (trimmed);

          while (len > 0 && trimmed[len - 1] == '.')
            trimmed[--len] = '\0';
          ind_report_set_title (b->report, trimmed);
          read_period (b, folded, row->line);
          break;
        }
      if ((other = other_report_in (folded)) != NULL)
        {
          g_set_error (error, IND_ERROR, IND_ERROR_NOT_A_REPORT,
                       _("It is another report («%s», line %u), not an «Indicadores de Resultados» report."),
                       trimmed, row->line);
          return FALSE;
        }
      if (entity->len > 0)
        g_string_append_c (entity, ' ');
      g_string_append (entity, trimmed);
    }

  if (entity->len > 0)
    ind_report_set_entity (b->report, entity->str);
  if (ind_report_get_title (b->report) == NULL)
    add_diagnostic (b, IND_SEVERITY_WARNING, "no-title", NULL, first_line, 0,
                    _("The title «INDICADORES DE RESULTADOS AL …» was not found above the column headers: the entity and the period may be missing."));
  return TRUE;
}

static gboolean
parse_key (const char *clave,
           IndKind    *kind,
           guint      *number)
{
  g_autofree char *key = squash (clave);
  const char *digits;

  if (g_str_has_prefix (key, "COMPONENTE"))
    {
      *kind = IND_KIND_COMPONENTE;
      digits = key + strlen ("COMPONENTE");
    }
  else if (g_str_has_prefix (key, "ACTIVIDAD"))
    {
      *kind = IND_KIND_ACTIVIDAD;
      digits = key + strlen ("ACTIVIDAD");
    }
  else
    {
      /* Program keys are printed as digits only ("101"). */
      if (strspn (clave, "0123456789") != strlen (clave))
        return FALSE;
      *kind = IND_KIND_PROGRAMA;
      digits = key;
    }

  if (*digits == '\0' || strlen (digits) > 6 || strspn (digits, "0123456789") != strlen (digits))
    return FALSE;
  *number = atoi (digits);
  return TRUE;
}

static void
append_name (IndItem    *item,
             const char *text)
{
  const char *old = ind_item_get_nombre (item);
  g_autofree char *joined = NULL;

  if (old == NULL || *old == '\0')
    {
      ind_item_set_nombre (item, text);
      return;
    }
  joined = g_strconcat (old, " ", text, NULL);
  ind_item_set_nombre (item, joined);
}

static void
flush_pending (Builder    *b,
               const char *stray_path)
{
  if (b->pending->len == 0)
    return;

  if (stray_path == NULL && b->last != NULL)
    append_name (b->last, b->pending->str);
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("The text «%s» belongs to no row: it probably comes from a lost page."),
                         b->pending->str);
      add_diagnostic (b, IND_SEVERITY_WARNING, "stray-text", stray_path,
                      b->pending_line, b->pending_page, message);
    }
  g_string_truncate (b->pending, 0);
}

static void
report_bad_number (Builder         *b,
                   const IndRawRow *row,
                   const char      *path,
                   const char      *column_label,
                   const char      *text)
{
  g_autofree char *shown = shorten (text, 40);
  g_autofree char *message =
    g_strdup_printf (_("«%s» in %s is not a number; the figure is left empty."), shown, column_label);

  add_diagnostic (b, IND_SEVERITY_ERROR, "bad-number", path, row->line, row->page, message);
}

/* Meta, Unidades and Unidad de Medida come in two layouts: program 101
 * prints the target under "Unidades" and "<achieved> <unit>" under
 * "Unidad de Medida"; later programs print target, achieved and unit in
 * their own columns. Program and component rows carry a stray "0". */
static void
read_targets (Builder         *b,
              const IndRawRow *row,
              IndItem         *item)
{
  const char *meta = cell (b, row, COL_META);
  const char *unidades = cell (b, row, COL_UNIDADES);
  const char *medida = cell (b, row, COL_UNIDAD_MEDIDA);
  g_autofree char *achieved_buf = NULL;
  const char *target = meta;
  const char *achieved = unidades;
  const char *unit = NULL;
  gsize digits = strspn (medida, "0123456789,");
  gint64 value;

  if (digits > 0 && medida[digits] == ' ' && medida[digits + 1 + strspn (medida + digits + 1, " ")] != '\0')
    {
      achieved = achieved_buf = g_strndup (medida, digits);
      unit = medida + digits + 1 + strspn (medida + digits + 1, " ");
      if (*meta == '\0')
        target = unidades;
    }
  else if (*medida != '\0' && !ind_parse_integer (medida, NULL))
    unit = medida;

  if (unit == NULL && ind_item_get_kind (item) != IND_KIND_ACTIVIDAD)
    return;

  if (*target != '\0')
    {
      if (ind_parse_integer (target, &value))
        ind_item_set_meta (item, value);
      else
        report_bad_number (b, row, ind_item_get_path (item), "Meta", target);
    }
  if (*achieved != '\0')
    {
      if (ind_parse_integer (achieved, &value))
        ind_item_set_alcanzado (item, value);
      else
        report_bad_number (b, row, ind_item_get_path (item), "Unidades", achieved);
    }
  if (unit != NULL)
    ind_item_set_unidad (item, unit);
}

static void
read_figures (Builder         *b,
              const IndRawRow *row,
              IndItem         *item)
{
  static const char *percent_labels[IND_N_PERCENT] = { "%AV.FIN", "%AV.FIS", "Ponderado %" };

  for (guint m = 0; m < IND_N_MONEY; m++)
    {
      const char *text = cell (b, row, money_cells[m]);
      gint64 centavos;

      if (*text == '\0')
        continue;
      if (ind_parse_money (text, &centavos))
        ind_item_set_money (item, money_columns[m], centavos);
      else
        report_bad_number (b, row, ind_item_get_path (item), ind_money_label (money_columns[m]), text);
    }

  for (guint p = 0; p < IND_N_PERCENT; p++)
    {
      const char *text;
      double percent;

      if (b->columns[percent_cells[p]] < 0)
        continue;
      text = cell (b, row, percent_cells[p]);
      if (*text == '\0')
        continue;
      if (ind_parse_percent (text, &percent))
        ind_item_set_percent (item, p, percent);
      else
        report_bad_number (b, row, ind_item_get_path (item), percent_labels[p], text);
    }

  read_targets (b, row, item);
}

/* A placeholder for a header that never appears (lost with a page). */
static IndItem *
add_placeholder (Builder *b,
                 IndKind  kind)
{
  g_autoptr(IndItem) item = NULL;
  g_autofree char *path = NULL;

  if (kind == IND_KIND_PROGRAMA)
    {
      path = g_strdup_printf ("P?%u", ++b->n_lost_programs);
      item = ind_item_new (kind, NULL, path);
      ind_item_set_missing (item, TRUE);
      ind_report_append_program (b->report, item);
      b->program = item;
      b->component = NULL;
      b->last_component = 0;
    }
  else
    {
      guint n_lost = 1;

      for (guint i = 0; i < ind_item_get_n_children (b->program); i++)
        if (ind_item_get_missing (ind_item_get_child (b->program, i)))
          n_lost++;
      path = g_strdup_printf ("%s/C?%u", ind_item_get_path (b->program), n_lost);
      item = ind_item_new (kind, NULL, path);
      ind_item_set_missing (item, TRUE);
      ind_item_append_child (b->program, item);
      b->component = item;
    }
  b->last_activity = 0;
  return item;
}

static char *
key_path (IndItem *parent,
          IndKind  kind,
          guint    number,
          const char *clave)
{
  switch (kind)
    {
    case IND_KIND_COMPONENTE:
      return g_strdup_printf ("%s/C%02u", ind_item_get_path (parent), number);
    case IND_KIND_ACTIVIDAD:
      return g_strdup_printf ("%s/A%02u", ind_item_get_path (parent), number);
    case IND_KIND_PROGRAMA:
    default:
      return g_strdup (clave);
    }
}

/* Finds the parent for a key row, making a placeholder when the header
 * it should sit under is missing: none seen yet, or numbering that goes
 * backwards (Actividad 02 after Actividad 04), the sign of a lost page. */
static IndItem *
parent_for (Builder         *b,
            const IndRawRow *row,
            IndKind          kind,
            guint            number,
            const char      *clave)
{
  IndItem *parent = kind == IND_KIND_ACTIVIDAD ? b->component : b->program;
  guint last = kind == IND_KIND_ACTIVIDAD ? b->last_activity : b->last_component;
  gboolean backwards = parent != NULL && last > 0 && number <= last;
  IndKind parent_kind = kind == IND_KIND_ACTIVIDAD ? IND_KIND_COMPONENTE : IND_KIND_PROGRAMA;
  g_autofree char *message = NULL;
  g_autofree char *previous = NULL;
  IndItem *placeholder;

  if (parent != NULL && !backwards)
    {
      flush_pending (b, NULL);
      return parent;
    }

  if (parent_kind == IND_KIND_COMPONENTE && b->program == NULL)
    add_placeholder (b, IND_KIND_PROGRAMA);

  if (backwards)
    previous = g_strdup (ind_item_get_path (ind_item_get_child (parent, ind_item_get_n_children (parent) - 1)));

  placeholder = add_placeholder (b, parent_kind);
  flush_pending (b, ind_item_get_path (placeholder));

  if (previous != NULL)
    message = g_strdup_printf (parent_kind == IND_KIND_COMPONENTE
                               ? _("A component header is missing (a lost page?): «%s» comes after %s, numbering backwards. It and the rows that follow are kept under %s, which has no figures of its own.")
                               : _("A program header is missing (a lost page?): «%s» comes after %s, numbering backwards. It and the rows that follow are kept under %s, which has no figures of its own."),
                               clave, previous, ind_item_get_path (placeholder));
  else
    message = g_strdup_printf (parent_kind == IND_KIND_COMPONENTE
                               ? _("«%s» comes before any component header: it and the rows that follow are kept under %s, which has no figures of its own.")
                               : _("«%s» comes before any program header: it and the rows that follow are kept under %s, which has no figures of its own."),
                               clave, ind_item_get_path (placeholder));
  add_diagnostic (b, IND_SEVERITY_ERROR, "missing-header", ind_item_get_path (placeholder),
                  row->line, row->page, message);
  return placeholder;
}

static void
report_unplaced (Builder         *b,
                 const IndRawRow *row)
{
  g_autofree char *text = row_text (row, " | ");
  g_autofree char *shown = shorten (text, 100);
  g_autofree char *message = g_strdup_printf (_("The row could not be placed in the hierarchy: «%s»."), shown);

  if (b->n_unplaced++ == 0)
    b->first_unplaced_line = row->line;
  add_diagnostic (b, IND_SEVERITY_ERROR, "unplaced-row", NULL, row->line, row->page, message);
}

static gboolean
find_program (Builder    *b,
              const char *path)
{
  for (guint i = 0; i < ind_report_get_n_programs (b->report); i++)
    if (g_str_equal (ind_item_get_path (ind_report_get_program (b->report, i)), path))
      return TRUE;
  return FALSE;
}

static void
add_key_row (Builder         *b,
             const IndRawRow *row,
             IndKind          kind,
             guint            number)
{
  const char *clave = cell (b, row, COL_CLAVE);
  g_autoptr(IndItem) item = NULL;
  g_autofree char *path = NULL;
  IndItem *parent = NULL;

  if (kind == IND_KIND_PROGRAMA)
    {
      flush_pending (b, NULL);
      path = key_path (NULL, kind, number, clave);
      if (find_program (b, path))
        {
          g_autofree char *message =
            g_strdup_printf (_("Program %s appears more than once; this one is kept as %s#%u."),
                             clave, clave, row->line);
          g_free (path);
          path = g_strdup_printf ("%s#%u", clave, row->line);
          add_diagnostic (b, IND_SEVERITY_WARNING, "duplicate-key", path, row->line, row->page, message);
        }
    }
  else
    {
      parent = parent_for (b, row, kind, number, clave);
      path = key_path (parent, kind, number, clave);
    }

  item = ind_item_new (kind, clave, path);
  ind_item_set_source (item, row->line, row->page);
  ind_item_set_nombre (item, cell (b, row, COL_NOMBRE));
  read_figures (b, row, item);

  switch (kind)
    {
    case IND_KIND_PROGRAMA:
      ind_report_append_program (b->report, item);
      b->program = item;
      b->component = NULL;
      b->last_component = 0;
      break;
    case IND_KIND_COMPONENTE:
      ind_item_append_child (parent, item);
      b->component = item;
      b->last_component = number;
      b->last_activity = 0;
      break;
    case IND_KIND_ACTIVIDAD:
    default:
      ind_item_append_child (parent, item);
      b->last_activity = number;
      break;
    }
  b->last = item;
  b->n_placed++;
}

/* Only Clave and Nombre may be filled: anything else makes it a row. */
static gboolean
is_continuation (Builder         *b,
                 const IndRawRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    if ((int)i != b->columns[COL_NOMBRE] && row->cells[i][0] != '\0')
      return FALSE;
  return cell (b, row, COL_NOMBRE)[0] != '\0';
}

/* "SUMAS" in the key or name cell (cheap test first: it runs on every
 * row). */
static gboolean
is_footer (Builder         *b,
           const IndRawRow *row)
{
  g_autofree char *clave = NULL;
  g_autofree char *nombre = NULL;

  if (strlen (cell (b, row, COL_CLAVE)) > 10 || strlen (cell (b, row, COL_NOMBRE)) > 10)
    return FALSE;
  clave = squash (cell (b, row, COL_CLAVE));
  nombre = squash (cell (b, row, COL_NOMBRE));

  return g_str_equal (clave, "SUMAS") || g_str_equal (nombre, "SUMAS") ||
         ((g_str_equal (clave, "TOTAL") || g_str_equal (clave, "TOTALES")) && *nombre == '\0');
}

/* The SUMAS footer: the totals stand on the same row in the money
 * columns (CSV, XLSX) or on a later row as three bare amounts (text). */
static void
read_footer (Builder *b,
             guint    footer_row)
{
  guint n = ind_raw_table_get_n_rows (b->table);

  for (guint i = footer_row; i < n; i++)
    {
      const IndRawRow *row = ind_raw_table_get_row (b->table, i);
      gint64 amounts[IND_N_MONEY];
      guint found = 0;

      if (i == footer_row)
        {
          for (guint m = 0; m < IND_N_MONEY; m++)
            if (ind_parse_money (cell (b, row, money_cells[m]), &amounts[m]))
              found++;
        }
      else
        {
          for (guint c = 0; c < row->n_cells && found < IND_N_MONEY; c++)
            if (ind_parse_money (row->cells[c], &amounts[found]))
              found++;
        }

      if (found == IND_N_MONEY)
        {
          for (guint m = 0; m < IND_N_MONEY; m++)
            ind_report_set_total (b->report, money_columns[m], amounts[m]);
          return;
        }
    }
}

static gboolean
is_repeated_title (Builder         *b,
                   const IndRawRow *row)
{
  g_autofree char *text = title_text (row);

  for (guint i = 0; i < b->header_row; i++)
    {
      g_autofree char *title = title_text (ind_raw_table_get_row (b->table, i));

      if (title[0] != '\0' && g_str_equal (text, title))
        return TRUE;
    }
  return FALSE;
}

/* A row that holds only a page number, a print date and the like. */
static gboolean
is_page_furniture (Builder         *b,
                   const IndRawRow *row)
{
  g_autofree char *text = NULL;
  gint64 amount;

  if (ind_parse_money (cell (b, row, COL_MODIFICADO), &amount))
    return FALSE;
  text = row_text (row, " ");
  return ind_text_is_page_furniture (text);
}

static void
read_body (Builder *b)
{
  guint n = ind_raw_table_get_n_rows (b->table);
  int columns[N_COLS];

  for (guint i = b->header_row + 1; i < n; i++)
    {
      const IndRawRow *row = ind_raw_table_get_row (b->table, i);
      const char *clave = cell (b, row, COL_CLAVE);
      IndKind kind;
      guint number;

      if (row_is_blank (row))
        {
          b->after_blank = TRUE;
          continue;
        }

      if (is_footer (b, row))
        {
          read_footer (b, i);
          break;
        }

      if (*clave != '\0' && parse_key (clave, &kind, &number))
        add_key_row (b, row, kind, number);
      else if (*clave == '\0' && is_continuation (b, row) && !is_page_furniture (b, row))
        {
          const char *text = cell (b, row, COL_NOMBRE);

          if (b->after_blank || b->pending->len > 0)
            {
              if (b->pending->len == 0)
                {
                  b->pending_line = row->line;
                  b->pending_page = row->page;
                }
              else
                g_string_append_c (b->pending, ' ');
              g_string_append (b->pending, text);
            }
          else if (b->last != NULL)
            append_name (b->last, text);
          else
            report_unplaced (b, row);
        }
      /* Page furniture, and the header and title a print repeats atop
       * a page, mark a page break as a blank line does. */
      else if (is_page_furniture (b, row) || match_header (row, columns) || is_repeated_title (b, row))
        {
          b->after_blank = TRUE;
          continue;
        }
      else
        report_unplaced (b, row);

      b->after_blank = FALSE;
    }

  flush_pending (b, NULL);
}

static void
copy_reader_notes (Builder *b)
{
  for (guint i = 0; i < ind_raw_table_get_n_notes (b->table); i++)
    {
      const IndRawNote *note = ind_raw_table_get_note (b->table, i);

      add_diagnostic (b, note->severity, note->code, NULL, note->line, note->page, note->message);
    }
}

/**
 * ind_report_build:
 *
 * Interprets a raw table as an "Indicadores de Resultados" report. A
 * report with doubtful rows is still built, with diagnostics; only a
 * table that is not such a report at all is refused.
 *
 * Returns: (transfer full): the report, not yet validated
 */
IndReport *
ind_report_build (const IndRawTable  *table,
                  GError            **error)
{
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);
  Builder b = { 0 };

  g_return_val_if_fail (table != NULL, NULL);

  report = ind_report_new (ind_raw_table_get_format (table));
  b.table = table;
  b.report = report;
  b.pending = pending;

  if (ind_raw_table_get_n_rows (table) == 0)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  if (!find_header (&b, error) || !read_title (&b, error))
    return NULL;

  copy_reader_notes (&b);
  read_body (&b);

  if (ind_report_get_n_programs (report) == 0 || b.n_placed == 0)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_NOT_A_REPORT,
                           _("It is not an «Indicadores de Resultados» report: below the column headers there is no program row (a key such as «101»)."));
      return NULL;
    }
  if (b.n_unplaced > b.n_placed)
    {
      g_set_error (error, IND_ERROR, IND_ERROR_NOT_A_REPORT,
                   _("It is not an «Indicadores de Resultados» report: %u of %u rows lack its keys (a program number, «Componente NN», «Actividad NN»), the first at line %u."),
                   b.n_unplaced, b.n_unplaced + b.n_placed, b.first_unplaced_line);
      return NULL;
    }

  return g_steal_pointer (&report);
}
