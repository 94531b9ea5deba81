/* ind-comparison.c: reports of one entity for several periods, side by side
 *
 * Items are matched by path, the identity the report itself gives them
 * (keys restart under each parent). The rows keep the latest report's
 * order, with items that exist only in earlier periods placed after
 * their predecessor there.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ind-comparison.h"
#include "ind-error.h"
#include "ind-format.h"

/* IndComparisonRow */

struct _IndComparisonRow
{
  GObject    parent_instance;

  char      *path;
  IndKind    kind;
  guint      missing : 1;
  IndChange  changes;
  guint      n_periods;
  IndItem  **items;      /* one per period, NULL where absent */
};

G_DEFINE_FINAL_TYPE (IndComparisonRow, ind_comparison_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_PATH,
  ROW_PROP_KIND,
  ROW_PROP_NOMBRE,
  ROW_PROP_MISSING,
  ROW_PROP_CHANGES,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
ind_comparison_row_finalize (GObject *object)
{
  IndComparisonRow *self = (IndComparisonRow *)object;

  for (guint i = 0; i < self->n_periods; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  g_free (self->path);

  G_OBJECT_CLASS (ind_comparison_row_parent_class)->finalize (object);
}

static void
ind_comparison_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  IndComparisonRow *self = IND_COMPARISON_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case ROW_PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case ROW_PROP_NOMBRE:
      g_value_set_string (value, ind_comparison_row_get_nombre (self));
      break;
    case ROW_PROP_MISSING:
      g_value_set_boolean (value, self->missing);
      break;
    case ROW_PROP_CHANGES:
      g_value_set_uint (value, self->changes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_comparison_row_class_init (IndComparisonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ind_comparison_row_finalize;
  object_class->get_property = ind_comparison_row_get_property;

  /* Read-only and fixed once built: no notifications. */
  row_properties[ROW_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  row_properties[ROW_PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      IND_KIND_PROGRAMA, IND_KIND_ACTIVIDAD, IND_KIND_PROGRAMA,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  row_properties[ROW_PROP_NOMBRE] =
    g_param_spec_string ("nombre", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  row_properties[ROW_PROP_MISSING] =
    g_param_spec_boolean ("missing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  row_properties[ROW_PROP_CHANGES] =
    g_param_spec_uint ("changes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
ind_comparison_row_init (IndComparisonRow *self)
{
}

static IndComparisonRow *
row_new (IndItem *item,
         guint    n_periods)
{
  IndComparisonRow *self = g_object_new (IND_TYPE_COMPARISON_ROW, NULL);

  self->path = g_strdup (ind_item_get_path (item));
  self->kind = ind_item_get_kind (item);
  self->n_periods = n_periods;
  self->items = g_new0 (IndItem *, n_periods);
  return self;
}

const char *
ind_comparison_row_get_path (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), NULL);
  return self->path;
}

IndKind
ind_comparison_row_get_kind (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), IND_KIND_PROGRAMA);
  return self->kind;
}

/* The name in the latest period that has one; NULL for a placeholder. */
const char *
ind_comparison_row_get_nombre (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), NULL);

  for (guint i = self->n_periods; i > 0; i--)
    if (self->items[i - 1] != NULL && ind_item_get_nombre (self->items[i - 1]) != NULL)
      return ind_item_get_nombre (self->items[i - 1]);
  return NULL;
}

/* TRUE when the item is a placeholder for a lost header in some period:
 * its figures there are not the report's. */
gboolean
ind_comparison_row_get_missing (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), FALSE);
  return self->missing;
}

IndChange
ind_comparison_row_get_changes (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), IND_CHANGE_NONE);
  return self->changes;
}

guint
ind_comparison_row_get_n_periods (IndComparisonRow *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), 0);
  return self->n_periods;
}

/* Borrowed; NULL when the period's report has no item at this path.
 * Periods count from 0, oldest first. */
IndItem *
ind_comparison_row_get_item (IndComparisonRow *self,
                             guint             period)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), NULL);
  g_return_val_if_fail (period < self->n_periods, NULL);
  return self->items[period];
}

gboolean
ind_comparison_row_get_money (IndComparisonRow *self,
                              guint             period,
                              IndMoney          column,
                              gint64           *centavos)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), FALSE);
  g_return_val_if_fail (period < self->n_periods, FALSE);

  return self->items[period] != NULL &&
         ind_item_get_money (self->items[period], column, centavos);
}

/* "% ejercido" (devengado ÷ modificado) in the period. */
gboolean
ind_comparison_row_get_ejercido (IndComparisonRow *self,
                                 guint             period,
                                 double           *percent)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), FALSE);
  g_return_val_if_fail (period < self->n_periods, FALSE);

  return self->items[period] != NULL &&
         ind_item_get_ejercido (self->items[period], percent);
}

/**
 * ind_comparison_row_find_change:
 * @change: %IND_CHANGE_ADDED or %IND_CHANGE_VANISHED
 * @period: (out): for %IND_CHANGE_ADDED, the first period that has the
 *   item after one without it; for %IND_CHANGE_VANISHED, the first that
 *   has it before one without it
 *
 * Returns: FALSE when the row did not change so
 */
gboolean
ind_comparison_row_find_change (IndComparisonRow *self,
                                IndChange         change,
                                guint            *period)
{
  g_return_val_if_fail (IND_IS_COMPARISON_ROW (self), FALSE);
  g_return_val_if_fail (change == IND_CHANGE_ADDED || change == IND_CHANGE_VANISHED, FALSE);

  for (guint p = 1; p < self->n_periods; p++)
    {
      gboolean before = self->items[p - 1] != NULL, after = self->items[p] != NULL;

      if ((change == IND_CHANGE_ADDED && !before && after) ||
          (change == IND_CHANGE_VANISHED && before && !after))
        {
          if (period != NULL)
            *period = change == IND_CHANGE_ADDED ? p : p - 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* Fills changes and missing once every period's item is known. */
static void
row_finish (IndComparisonRow *self)
{
  gboolean seen = FALSE, gone = FALSE;
  const char *last_nombre = NULL;

  for (guint i = 0; i < self->n_periods; i++)
    {
      IndItem *item = self->items[i];

      if (item == NULL)
        {
          gone = gone || seen;
          continue;
        }
      if (i > 0 && !seen)
        self->changes |= IND_CHANGE_ADDED;
      if (gone)
        self->changes |= IND_CHANGE_ADDED;
      seen = TRUE;
      if (ind_item_get_missing (item))
        self->missing = TRUE;
      if (ind_item_get_nombre (item) != NULL)
        {
          if (last_nombre != NULL && strcmp (last_nombre, ind_item_get_nombre (item)) != 0)
            self->changes |= IND_CHANGE_RENAMED;
          last_nombre = ind_item_get_nombre (item);
        }
    }
  if (gone)
    self->changes |= IND_CHANGE_VANISHED;
}

/* IndComparison */

struct _IndComparison
{
  GObject     parent_instance;

  GPtrArray  *reports;   /* IndReport, by period end */
  GHashTable *by_path;   /* path → IndComparisonRow (borrowed from rows) */
  GListStore *rows;
  GListStore *programs;
  GListStore *added;
  GListStore *vanished;
  GListStore *renamed;
};

G_DEFINE_FINAL_TYPE (IndComparison, ind_comparison, G_TYPE_OBJECT)

static void
ind_comparison_finalize (GObject *object)
{
  IndComparison *self = (IndComparison *)object;

  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->programs);
  g_clear_object (&self->added);
  g_clear_object (&self->vanished);
  g_clear_object (&self->renamed);

  G_OBJECT_CLASS (ind_comparison_parent_class)->finalize (object);
}

static void
ind_comparison_class_init (IndComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ind_comparison_finalize;
}

static void
ind_comparison_init (IndComparison *self)
{
  self->reports = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
  self->rows = g_list_store_new (IND_TYPE_COMPARISON_ROW);
  self->programs = g_list_store_new (IND_TYPE_COMPARISON_ROW);
  self->added = g_list_store_new (IND_TYPE_COMPARISON_ROW);
  self->vanished = g_list_store_new (IND_TYPE_COMPARISON_ROW);
  self->renamed = g_list_store_new (IND_TYPE_COMPARISON_ROW);
}

/* The entity as printed, up to case and spacing, which differ between
 * the text and the PDF of the same report. */
static char *
entity_key (IndReport *report)
{
  const char *entity = ind_report_get_entity (report);
  g_autofree char *folded = g_utf8_casefold (entity != NULL ? entity : "", -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (key, "%s%s", key->len > 0 ? " " : "", words[i]);
  return g_utf8_normalize (key->str, -1, G_NORMALIZE_DEFAULT_COMPOSE);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  IndReport *ra = *(IndReport **)a, *rb = *(IndReport **)b;

  return g_date_compare (ind_report_get_period_end (ra), ind_report_get_period_end (rb));
}

static gboolean
check_reports (GPtrArray  *reports,
               GError    **error)
{
  g_autofree char *entity = entity_key (g_ptr_array_index (reports, 0));

  for (guint i = 0; i < reports->len; i++)
    {
      IndReport *report = g_ptr_array_index (reports, i);
      g_autofree char *other = entity_key (report);

      if (!g_date_valid (ind_report_get_period_end (report)))
        {
          g_set_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE,
                       _("%s: The report does not say which period it covers, so it cannot be compared."),
                       ind_report_get_source_name (report));
          return FALSE;
        }
      if (strcmp (entity, other) != 0)
        {
          g_set_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE,
                       _("%s and %s are reports of different entities: only reports of the same entity can be compared."),
                       ind_report_get_source_name (g_ptr_array_index (reports, 0)),
                       ind_report_get_source_name (report));
          return FALSE;
        }
    }

  g_ptr_array_sort (reports, compare_periods);
  for (guint i = 1; i < reports->len; i++)
    {
      IndReport *before = g_ptr_array_index (reports, i - 1);
      IndReport *report = g_ptr_array_index (reports, i);

      if (g_date_compare (ind_report_get_period_end (before), ind_report_get_period_end (report)) == 0)
        {
          g_autofree char *date = ind_format_date (ind_report_get_period_end (report));

          g_set_error (error, IND_ERROR, IND_ERROR_INCOMPATIBLE,
                       _("%s and %s are both for the period ending %s: compare reports of different periods."),
                       ind_report_get_source_name (before), ind_report_get_source_name (report), date);
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  IndComparison    *self;
  GPtrArray        *order;     /* IndComparisonRow, borrowed */
  guint             period;
  IndComparisonRow *previous;  /* the row of the item before, in this report */
} Merge;

static guint
row_depth (IndComparisonRow *row)
{
  return row->kind;
}

/* After @previous and after whatever the later reports placed below it
 * at a deeper level than @row: a vanished component goes after the
 * activities of the component before it, not among them. */
static guint
insert_position (GPtrArray        *order,
                 IndComparisonRow *previous,
                 IndComparisonRow *row)
{
  const char *slash = strrchr (row->path, '/');
  gsize parent_len = slash != NULL ? (gsize)(slash - row->path) + 1 : 0;
  guint position = 0;

  if (previous == NULL || !g_ptr_array_find (order, previous, &position))
    return 0;
  for (position++; position < order->len; position++)
    {
      IndComparisonRow *next = g_ptr_array_index (order, position);

      if (row_depth (next) <= row_depth (row) ||
          strncmp (next->path, row->path, parent_len) != 0)
        break;
    }
  return position;
}

static void
merge_item (IndItem  *item,
            gpointer  user_data)
{
  Merge *merge = user_data;
  IndComparison *self = merge->self;
  IndComparisonRow *row = g_hash_table_lookup (self->by_path, ind_item_get_path (item));

  if (row == NULL)
    {
      row = row_new (item, self->reports->len);
      g_ptr_array_insert (merge->order, insert_position (merge->order, merge->previous, row), row);
      g_hash_table_insert (self->by_path, row->path, row);
    }
  if (row->items[merge->period] == NULL)
    row->items[merge->period] = g_object_ref (item);
  merge->previous = row;
}

/**
 * ind_comparison_new:
 * @reports: (array length=n_reports): two or more reports, any order
 *
 * Fails with %IND_ERROR_INCOMPATIBLE, naming the files, when the reports
 * are of different entities, when one has no period, or when two cover
 * the same period.
 */
IndComparison *
ind_comparison_new (IndReport **reports,
                    guint       n_reports,
                    GError    **error)
{
  g_autoptr(IndComparison) self = NULL;
  g_autoptr(GPtrArray) order = NULL;
  Merge merge;

  g_return_val_if_fail (reports != NULL, NULL);
  g_return_val_if_fail (n_reports >= 2, NULL);

  self = g_object_new (IND_TYPE_COMPARISON, NULL);
  for (guint i = 0; i < n_reports; i++)
    {
      g_return_val_if_fail (IND_IS_REPORT (reports[i]), NULL);
      g_ptr_array_add (self->reports, g_object_ref (reports[i]));
    }
  if (!check_reports (self->reports, error))
    return NULL;

  /* The latest report sets the order; earlier ones fill in what it lacks. */
  order = g_ptr_array_new_with_free_func (g_object_unref);
  merge.self = self;
  merge.order = order;
  for (guint i = self->reports->len; i > 0; i--)
    {
      merge.period = i - 1;
      merge.previous = NULL;
      ind_report_foreach_item (g_ptr_array_index (self->reports, i - 1), merge_item, &merge);
    }

  for (guint i = 0; i < order->len; i++)
    {
      IndComparisonRow *row = g_ptr_array_index (order, i);

      row_finish (row);
      g_list_store_append (self->rows, row);
      if (row->kind == IND_KIND_PROGRAMA)
        g_list_store_append (self->programs, row);
      if (row->changes & IND_CHANGE_ADDED)
        g_list_store_append (self->added, row);
      if (row->changes & IND_CHANGE_VANISHED)
        g_list_store_append (self->vanished, row);
      if (row->changes & IND_CHANGE_RENAMED)
        g_list_store_append (self->renamed, row);
    }
  return g_steal_pointer (&self);
}

guint
ind_comparison_get_n_periods (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), 0);
  return self->reports->len;
}

/* Borrowed; periods count from 0, oldest first. */
IndReport *
ind_comparison_get_report (IndComparison *self,
                           guint          period)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (period < self->reports->len, NULL);
  return g_ptr_array_index (self->reports, period);
}

/* Every path of every period, all levels, in report order. */
GListModel *
ind_comparison_get_rows (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/* The program rows only: the data of "% ejercido by quarter". */
GListModel *
ind_comparison_get_programs (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->programs);
}

GListModel *
ind_comparison_get_added (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->added);
}

GListModel *
ind_comparison_get_vanished (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->vanished);
}

GListModel *
ind_comparison_get_renamed (IndComparison *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->renamed);
}

/* Borrowed; NULL when no period has that path. */
IndComparisonRow *
ind_comparison_find_row (IndComparison *self,
                         const char    *path)
{
  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  return g_hash_table_lookup (self->by_path, path);
}

/* Summary */

static void
append_rows (GString    *out,
             GListModel *rows,
             const char *heading)
{
  guint n = g_list_model_get_n_items (rows);

  if (n == 0)
    return;
  g_string_append_printf (out, "\n%s (%u):\n", heading, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (rows, i);
      const char *nombre = ind_comparison_row_get_nombre (row);

      g_string_append_printf (out, "- %s %s\n", row->path, nombre != NULL ? nombre : "");
    }
}

static void
append_renamed (GString       *out,
                IndComparison *self)
{
  GListModel *rows = G_LIST_MODEL (self->renamed);
  guint n = g_list_model_get_n_items (rows);

  if (n == 0)
    return;
  g_string_append_printf (out, "\n%s (%u):\n", _("Renamed items"), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (rows, i);
      const char *before = NULL;

      g_string_append_printf (out, "- %s", row->path);
      for (guint p = 0; p < row->n_periods; p++)
        {
          const char *nombre = row->items[p] != NULL ? ind_item_get_nombre (row->items[p]) : NULL;

          if (nombre == NULL || g_strcmp0 (before, nombre) == 0)
            continue;
          g_string_append_printf (out, "%s«%s»", before != NULL ? " → " : " ", nombre);
          before = nombre;
        }
      g_string_append_c (out, '\n');
    }
}

/**
 * ind_comparison_to_summary:
 *
 * Plain text: per program, Modificado and % ejercido in each period;
 * then the added, vanished and renamed items.
 */
char *
ind_comparison_to_summary (IndComparison *self)
{
  GListModel *programs;
  GString *out;

  g_return_val_if_fail (IND_IS_COMPARISON (self), NULL);

  out = g_string_new (ind_report_get_entity (ind_comparison_get_report (self, 0)));
  g_string_append_c (out, '\n');
  for (guint p = 0; p < self->reports->len; p++)
    {
      IndReport *report = g_ptr_array_index (self->reports, p);
      g_autofree char *period = ind_format_period (ind_report_get_period_end (report));

      g_string_append_printf (out, "%u. %s (%s)\n", p + 1, period, ind_report_get_source_name (report));
    }

  programs = G_LIST_MODEL (self->programs);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (programs, i);
      const char *nombre = ind_comparison_row_get_nombre (row);

      g_string_append_printf (out, "\n%s %s\n", row->path, nombre != NULL ? nombre : "");
      for (guint p = 0; p < row->n_periods; p++)
        {
          g_autofree char *modificado = NULL;
          g_autofree char *ejercido = NULL;
          gint64 centavos;
          double percent;

          modificado = ind_comparison_row_get_money (row, p, IND_MONEY_MODIFICADO, &centavos)
                       ? ind_format_money (centavos) : g_strdup ("—");
          ejercido = ind_comparison_row_get_ejercido (row, p, &percent)
                     ? ind_format_percent (percent, 1) : g_strdup ("—");
          /* Translators: period number, Modificado, % ejercido */
          g_string_append_printf (out, _("  %u. Modificado %s · %s spent\n"), p + 1, modificado, ejercido);
        }
    }

  append_rows (out, G_LIST_MODEL (self->added), _("New items"));
  append_rows (out, G_LIST_MODEL (self->vanished), _("Vanished items"));
  append_renamed (out, self);
  return g_string_free (out, FALSE);
}
