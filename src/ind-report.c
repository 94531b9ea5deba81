/* ind-report.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-report.h"
#include "ind-item-private.h"
#include "ind-report-private.h"

struct _IndReport
{
  GObject      parent_instance;

  IndFormat    format;
  char        *entity;
  char        *title;
  char        *source_name;
  char        *source_checksum;
  char        *source_etag;
  GDate        period_end;
  GListStore  *programs;
  GListStore  *diagnostics;
  GHashTable  *by_path;     /* path → IndItem (borrowed), filled on demand */
  GHashTable  *diagnostics_by_path; /* path → GPtrArray of IndDiagnostic, on demand */
  GMutex       by_path_lock; /* exports look items up from worker threads */
  gint64       totals[IND_N_MONEY];
  guint        totals_known : IND_N_MONEY;
  guint        notes_held;  /* exports reading the report in their threads */
};

G_DEFINE_FINAL_TYPE (IndReport, ind_report, G_TYPE_OBJECT)

enum
{
  SIGNAL_NOTE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ind_report_finalize (GObject *object)
{
  IndReport *self = (IndReport *)object;
  guint n = ind_report_get_n_programs (self);

  /* a program someone still holds no longer points here */
  for (guint i = 0; i < n; i++)
    _ind_item_set_report (ind_report_get_program (self, i), NULL);
  g_free (self->entity);
  g_free (self->title);
  g_free (self->source_name);
  g_free (self->source_checksum);
  g_free (self->source_etag);
  g_clear_object (&self->programs);
  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->diagnostics_by_path, g_hash_table_unref);
  g_mutex_clear (&self->by_path_lock);

  G_OBJECT_CLASS (ind_report_parent_class)->finalize (object);
}

static void
ind_report_class_init (IndReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ind_report_finalize;

  /**
   * IndReport::note-changed:
   * @item: the item whose note (the staff's remark) changed
   *
   * One signal for the whole report, so that whoever keeps the remarks
   * (IndProject) need not connect to each of its items.
   */
  signals[SIGNAL_NOTE_CHANGED] =
    g_signal_new ("note-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, IND_TYPE_ITEM);
}

/* Called by ind_item_set_note() on an item of the report. */
void
_ind_report_note_changed (IndReport *self,
                          IndItem   *item)
{
  g_signal_emit (self, signals[SIGNAL_NOTE_CHANGED], 0, item);
}

static void
ind_report_init (IndReport *self)
{
  self->programs = g_list_store_new (IND_TYPE_ITEM);
  self->diagnostics = g_list_store_new (IND_TYPE_DIAGNOSTIC);
  g_mutex_init (&self->by_path_lock);
  g_date_clear (&self->period_end, 1);
}

IndReport *
ind_report_new (IndFormat format)
{
  IndReport *self = g_object_new (IND_TYPE_REPORT, NULL);

  self->format = format;
  return self;
}

IndFormat
ind_report_get_format (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), IND_FORMAT_TEXT);
  return self->format;
}

const char *
ind_report_get_entity (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return self->entity;
}

void
ind_report_set_entity (IndReport  *self,
                       const char *entity)
{
  g_return_if_fail (IND_IS_REPORT (self));

  g_free (self->entity);
  self->entity = g_strdup (entity);
}

const char *
ind_report_get_title (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return self->title;
}

void
ind_report_set_title (IndReport  *self,
                      const char *title)
{
  g_return_if_fail (IND_IS_REPORT (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

/* The file's display name, for messages and default export names. */
const char *
ind_report_get_source_name (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return self->source_name;
}

void
ind_report_set_source_name (IndReport  *self,
                            const char *name)
{
  g_return_if_fail (IND_IS_REPORT (self));

  g_free (self->source_name);
  self->source_name = g_strdup (name);
}

/* The SHA-256 of the source file's bytes, in lowercase hex: what ties a
 * remarks file to the report it was written for. NULL when the report
 * was not read from bytes. */
const char *
ind_report_get_source_checksum (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return self->source_checksum;
}

void
ind_report_set_source_checksum (IndReport  *self,
                                const char *checksum)
{
  g_return_if_fail (IND_IS_REPORT (self));

  g_free (self->source_checksum);
  self->source_checksum = g_strdup (checksum);
}

/* The file's entity tag (GIO's version of it: for a file on disk, its
 * modification time) from just before its bytes were read: the window
 * tells by it a change made while the report was being read. NULL when
 * the report was not read from a file. */
const char *
ind_report_get_source_etag (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return self->source_etag;
}

void
ind_report_set_source_etag (IndReport  *self,
                            const char *etag)
{
  g_return_if_fail (IND_IS_REPORT (self));

  g_free (self->source_etag);
  self->source_etag = g_strdup (etag);
}

/* Invalid (g_date_valid() is FALSE) when the title gave no date. */
const GDate *
ind_report_get_period_end (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return &self->period_end;
}

void
ind_report_set_period_end (IndReport   *self,
                           const GDate *date)
{
  g_return_if_fail (IND_IS_REPORT (self));

  if (date != NULL && g_date_valid (date))
    self->period_end = *date;
  else
    g_date_clear (&self->period_end, 1);
}

/* 1–4, or 0 when the period is unknown. */
guint
ind_report_get_quarter (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), 0);

  if (!g_date_valid (&self->period_end))
    return 0;
  return (g_date_get_month (&self->period_end) - 1) / 3 + 1;
}

/* The share of the year elapsed at the period end, counted in months so
 * that 31 March is exactly 25 % and 30 June exactly 50 %. */
gboolean
ind_report_get_expected_pace (IndReport *self,
                              double    *percent)
{
  GDateMonth month;
  GDateYear year;
  guint8 days;

  g_return_val_if_fail (IND_IS_REPORT (self), FALSE);

  if (!g_date_valid (&self->period_end))
    return FALSE;

  month = g_date_get_month (&self->period_end);
  year = g_date_get_year (&self->period_end);
  days = g_date_get_days_in_month (month, year);
  if (percent != NULL)
    *percent = 100.0 * ((month - 1) + (double)g_date_get_day (&self->period_end) / days) / 12.0;
  return TRUE;
}

GListModel *
ind_report_get_programs (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->programs);
}

guint
ind_report_get_n_programs (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->programs));
}

/* Borrowed. */
IndItem *
ind_report_get_program (IndReport *self,
                        guint      position)
{
  g_autoptr(IndItem) item = NULL;

  g_return_val_if_fail (IND_IS_REPORT (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->programs), position);
  return item; /* the store keeps its own reference */
}

void
ind_report_append_program (IndReport *self,
                           IndItem   *program)
{
  g_return_if_fail (IND_IS_REPORT (self));
  g_return_if_fail (IND_IS_ITEM (program));
  g_return_if_fail (self->notes_held == 0);

  g_list_store_append (self->programs, program);
  _ind_item_set_report (program, self);
  g_mutex_lock (&self->by_path_lock);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_mutex_unlock (&self->by_path_lock);
}

static void
walk (IndItem     *item,
      IndItemFunc  func,
      gpointer     user_data)
{
  func (item, user_data);
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    walk (ind_item_get_child (item, i), func, user_data);
}

/* Depth first, parents before their children, in report order. */
void
ind_report_foreach_item (IndReport   *self,
                         IndItemFunc  func,
                         gpointer     user_data)
{
  guint n;

  g_return_if_fail (IND_IS_REPORT (self));
  g_return_if_fail (func != NULL);

  n = ind_report_get_n_programs (self);
  for (guint i = 0; i < n; i++)
    walk (ind_report_get_program (self, i), func, user_data);
}

static void
index_item (IndItem  *item,
            gpointer  user_data)
{
  g_hash_table_insert (user_data, (gpointer)ind_item_get_path (item), item);
}

/* Borrowed; NULL when no item has that path. Safe from any thread once
 * the report is built. */
IndItem *
ind_report_find_item (IndReport  *self,
                      const char *path)
{
  IndItem *item;

  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* Items are only appended while the report is being built, so the index
   * is made once, when first asked for. */
  g_mutex_lock (&self->by_path_lock);
  if (self->by_path == NULL)
    {
      self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
      ind_report_foreach_item (self, index_item, self->by_path);
    }
  item = g_hash_table_lookup (self->by_path, path);
  g_mutex_unlock (&self->by_path_lock);
  return item;
}

typedef struct
{
  IndKind kind;
  guint   count;
} CountKind;

static void
count_kind (IndItem  *item,
            gpointer  user_data)
{
  CountKind *count = user_data;

  if (ind_item_get_kind (item) == count->kind)
    count->count++;
}

guint
ind_report_count_items (IndReport *self,
                        IndKind    kind)
{
  CountKind count = { kind, 0 };

  g_return_val_if_fail (IND_IS_REPORT (self), 0);

  ind_report_foreach_item (self, count_kind, &count);
  return count.count;
}

/**
 * ind_report_hold_notes:
 *
 * The rule for exports: a report does not change while a thread reads
 * it. Items are fixed once the report is built; the staff's notes are
 * the one thing that changes afterwards, so every export holds them from
 * its start to its end, and ind_item_set_note() refuses while they are
 * held. Holds nest; call on the main thread.
 */
void
ind_report_hold_notes (IndReport *self)
{
  g_return_if_fail (IND_IS_REPORT (self));

  self->notes_held++;
}

void
ind_report_release_notes (IndReport *self)
{
  g_return_if_fail (IND_IS_REPORT (self));
  g_return_if_fail (self->notes_held > 0);

  self->notes_held--;
}

/* TRUE while an export reads the report (ind_report_hold_notes()). */
gboolean
ind_report_get_notes_held (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), FALSE);
  return self->notes_held > 0;
}

/* The grand totals printed under SUMAS; FALSE when the report has none. */
gboolean
ind_report_get_total (IndReport *self,
                      IndMoney   column,
                      gint64    *centavos)
{
  g_return_val_if_fail (IND_IS_REPORT (self), FALSE);
  g_return_val_if_fail (column < IND_N_MONEY, FALSE);

  if (centavos != NULL)
    *centavos = self->totals[column];
  return (self->totals_known & (1u << column)) != 0;
}

void
ind_report_set_total (IndReport *self,
                      IndMoney   column,
                      gint64     centavos)
{
  g_return_if_fail (IND_IS_REPORT (self));
  g_return_if_fail (column < IND_N_MONEY);

  self->totals[column] = centavos;
  self->totals_known |= 1u << column;
}

/* The sum of the program rows; programs without the figure count as 0. */
gint64
ind_report_sum_programs (IndReport *self,
                         IndMoney   column)
{
  gint64 sum = 0;
  guint n;

  g_return_val_if_fail (IND_IS_REPORT (self), 0);

  n = ind_report_get_n_programs (self);
  for (guint i = 0; i < n; i++)
    {
      gint64 value;

      if (ind_item_get_money (ind_report_get_program (self, i), column, &value))
        sum += value;
    }
  return sum;
}

/**
 * ind_report_get_totals_difference:
 * @difference: (out): SUMAS minus the sum of the programs, in centavos
 *
 * The SUMAS check, the one place where validation and the findings learn
 * whether the programs add up to the printed totals.
 *
 * Returns: FALSE when the report prints no total for @column
 */
gboolean
ind_report_get_totals_difference (IndReport *self,
                                  IndMoney   column,
                                  gint64    *difference)
{
  gint64 total;

  g_return_val_if_fail (IND_IS_REPORT (self), FALSE);

  if (!ind_report_get_total (self, column, &total))
    return FALSE;
  *difference = total - ind_report_sum_programs (self, column);
  return TRUE;
}

GListModel *
ind_report_get_diagnostics (IndReport *self)
{
  g_return_val_if_fail (IND_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->diagnostics);
}

static void
forget_diagnostics_by_path (IndReport *self)
{
  g_mutex_lock (&self->by_path_lock);
  g_clear_pointer (&self->diagnostics_by_path, g_hash_table_unref);
  g_mutex_unlock (&self->by_path_lock);
}

void
ind_report_add_diagnostic (IndReport     *self,
                           IndDiagnostic *diagnostic)
{
  g_return_if_fail (IND_IS_REPORT (self));
  g_return_if_fail (IND_IS_DIAGNOSTIC (diagnostic));

  g_list_store_append (self->diagnostics, diagnostic);
  forget_diagnostics_by_path (self);
}

guint
ind_report_count_diagnostics (IndReport   *self,
                              IndSeverity  severity)
{
  guint n, count = 0;

  g_return_val_if_fail (IND_IS_REPORT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndDiagnostic) diagnostic = g_list_model_get_item (G_LIST_MODEL (self->diagnostics), i);

      if (ind_diagnostic_get_severity (diagnostic) == severity)
        count++;
    }
  return count;
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  IndDiagnostic *da = *(IndDiagnostic **)a, *db = *(IndDiagnostic **)b;
  guint pa = ind_diagnostic_get_page (da), pb = ind_diagnostic_get_page (db);
  guint la = ind_diagnostic_get_line (da), lb = ind_diagnostic_get_line (db);

  /* Report order; diagnostics without a place go last. */
  if ((la == 0 && pa == 0) != (lb == 0 && pb == 0))
    return (la == 0 && pa == 0) ? 1 : -1;
  if (pa != pb)
    return pa < pb ? -1 : 1;
  if (la != lb)
    return la < lb ? -1 : 1;
  return (int)ind_diagnostic_get_severity (da) - (int)ind_diagnostic_get_severity (db);
}

/* Puts the diagnostics in report order (page, line, severity), keeping
 * the order they were found in among equals. */
void
ind_report_sort_diagnostics (IndReport *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GListModel *model;
  guint n;

  g_return_if_fail (IND_IS_REPORT (self));

  model = G_LIST_MODEL (self->diagnostics);
  n = g_list_model_get_n_items (model);
  sorted = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  /* g_ptr_array_sort() is a stable merge sort. */
  g_ptr_array_sort (sorted, compare_diagnostics);
  g_list_store_splice (self->diagnostics, 0, n, sorted->pdata, sorted->len);
  forget_diagnostics_by_path (self);
}

/**
 * ind_report_get_item_diagnostics:
 *
 * The diagnostics about the item at @path, in the report's order: what a
 * row of the table shows, looked up in an index rather than by scanning
 * every diagnostic for every row.
 *
 * Returns: (transfer container) (element-type IndDiagnostic): a new array
 */
GPtrArray *
ind_report_get_item_diagnostics (IndReport  *self,
                                 const char *path)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *indexed;

  g_return_val_if_fail (IND_IS_REPORT (self), found);
  g_return_val_if_fail (path != NULL, found);

  g_mutex_lock (&self->by_path_lock);
  if (self->diagnostics_by_path == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));

      self->diagnostics_by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify)g_ptr_array_unref);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(IndDiagnostic) diagnostic = g_list_model_get_item (G_LIST_MODEL (self->diagnostics), i);
          const char *item_path = ind_diagnostic_get_path (diagnostic);
          GPtrArray *list;

          if (item_path == NULL)
            continue;
          list = g_hash_table_lookup (self->diagnostics_by_path, item_path);
          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (self->diagnostics_by_path, g_strdup (item_path), list);
            }
          g_ptr_array_add (list, g_steal_pointer (&diagnostic));
        }
    }
  indexed = g_hash_table_lookup (self->diagnostics_by_path, path);
  for (guint i = 0; indexed != NULL && i < indexed->len; i++)
    g_ptr_array_add (found, g_object_ref (g_ptr_array_index (indexed, i)));
  g_mutex_unlock (&self->by_path_lock);
  return found;
}
