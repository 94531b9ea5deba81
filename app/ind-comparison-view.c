/* ind-comparison-view.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-chart.h"
#include "ind-comparison-view-private.h"
#include "ind-format.h"
#include "ind-ui-util.h"

#define UNKNOWN "—"

typedef enum
{
  CELL_MODIFICADO,
  CELL_EJERCIDO,
} CellKind;

struct _IndComparisonView
{
  AdwBin            parent_instance;

  GtkLabel         *periods_label;
  GtkColumnView    *programs_view;
  GtkDrawingArea   *chart;
  GtkLabel         *added_label;
  GtkListBox       *added_list;
  GtkLabel         *vanished_label;
  GtkListBox       *vanished_list;
  GtkLabel         *renamed_label;
  GtkListBox       *renamed_list;

  IndComparison    *comparison;
  IndSemaforoBands  bands;
};

G_DEFINE_FINAL_TYPE (IndComparisonView, ind_comparison_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "T1 2024", as the chart labels its bars: short enough for a column title. */
static char *
period_label (IndComparison *comparison,
              guint          period)
{
  return ind_format_period_short (ind_report_get_period_end (ind_comparison_get_report (comparison, period)));
}

static void
get_options (IndComparisonView *self,
             IndChartOptions   *options)
{
  ind_chart_options_init (options);
  options->bands = self->bands;
  options->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
}

/* The chart ---------------------------------------------------------------- */

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  IndComparisonView *self = user_data;
  IndChartOptions options;

  if (self->comparison == NULL)
    return;
  get_options (self, &options);
  ind_chart_draw_comparison (cr, self->comparison, width, height, &options);
}

/**
 * ind_comparison_view_describe_at:
 * @x: @y: in the coordinates of the chart
 *
 * Returns: (nullable): markup with the figures of the program, and of
 *   the period, under @x, @y, as the tooltip shows them
 */
char *
ind_comparison_view_describe_at (IndComparisonView *self,
                                 double             x,
                                 double             y)
{
  IndChartOptions options;
  IndComparisonRow *row;
  GString *markup;
  guint period;

  g_return_val_if_fail (IND_IS_COMPARISON_VIEW (self), NULL);

  if (self->comparison == NULL)
    return NULL;
  get_options (self, &options);
  row = ind_chart_comparison_item_at (self->comparison,
                                      gtk_widget_get_width (GTK_WIDGET (self->chart)),
                                      gtk_widget_get_height (GTK_WIDGET (self->chart)),
                                      &options, x, y, &period);
  if (row == NULL)
    return NULL;

  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", ind_comparison_row_get_path (row));
  if (ind_comparison_row_get_nombre (row) != NULL)
    {
      g_autofree char *nombre = g_markup_escape_text (ind_comparison_row_get_nombre (row), -1);

      g_string_append_printf (markup, " %s", nombre);
    }
  for (guint p = 0; p < ind_comparison_get_n_periods (self->comparison); p++)
    {
      g_autofree char *label = period_label (self->comparison, p);
      g_autofree char *modificado = NULL;
      g_autofree char *ejercido = NULL;
      gint64 centavos;
      double percent;

      if (period != G_MAXUINT && p != period)
        continue;
      if (ind_comparison_row_get_money (row, p, IND_MONEY_MODIFICADO, &centavos))
        modificado = ind_format_money (centavos);
      if (ind_comparison_row_get_ejercido (row, p, &percent))
        ejercido = ind_format_percent (percent, 1);
      g_string_append_printf (markup, "\n%s: Modificado %s · ", label, modificado != NULL ? modificado : UNKNOWN);
      g_string_append_printf (markup, _("Spent: %s"), ejercido != NULL ? ejercido : UNKNOWN);
    }
  return g_string_free (markup, FALSE);
}

/* The programs, period by period ------------------------------------------- */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_program_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  IndComparisonRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *nombre = ind_comparison_row_get_nombre (row);
  g_autofree char *text = g_strdup_printf ("%s  %s", ind_comparison_row_get_path (row),
                                           nombre != NULL ? nombre : "");

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, nombre);
}

/* The period and the figure of a column, packed in its factory's data. */
#define CELL_DATA(period, kind) GUINT_TO_POINTER ((period) * 2 + (kind))

static void
bind_figure_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  IndComparisonRow *row = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  guint period = GPOINTER_TO_UINT (user_data) / 2;
  CellKind kind = GPOINTER_TO_UINT (user_data) % 2;
  g_autofree char *text = NULL;
  gint64 centavos;
  double percent;

  if (kind == CELL_MODIFICADO && ind_comparison_row_get_money (row, period, IND_MONEY_MODIFICADO, &centavos))
    text = ind_format_money (centavos);
  else if (kind == CELL_EJERCIDO && ind_comparison_row_get_ejercido (row, period, &percent))
    text = ind_format_percent (percent, 1);
  gtk_label_set_text (label, text != NULL ? text : UNKNOWN);
}

static void
append_column (IndComparisonView *self,
               const char        *title,
               gboolean           numeric,
               GCallback          bind,
               gpointer           data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", bind, data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, !numeric);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->programs_view, column);
}

/* A column for the program, then Modificado and % ejercido for each
 * period, oldest first. */
static void
build_columns (IndComparisonView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->programs_view);
  g_autoptr(GtkNoSelection) selection = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->programs_view, column);
    }
  if (self->comparison == NULL)
    {
      gtk_column_view_set_model (self->programs_view, NULL);
      return;
    }

  append_column (self, "Programa", FALSE, G_CALLBACK (bind_program_cell), NULL);
  for (guint p = 0; p < ind_comparison_get_n_periods (self->comparison); p++)
    {
      g_autofree char *label = period_label (self->comparison, p);
      g_autofree char *modificado = g_strdup_printf ("Modificado %s", label);
      /* Translators: the column of "% ejercido" for a period, "% Ejercido T1 2024" */
      g_autofree char *ejercido = g_strdup_printf (_("%% Spent %s"), label);

      append_column (self, modificado, TRUE, G_CALLBACK (bind_figure_cell), CELL_DATA (p, CELL_MODIFICADO));
      append_column (self, ejercido, TRUE, G_CALLBACK (bind_figure_cell), CELL_DATA (p, CELL_EJERCIDO));
    }
  selection = gtk_no_selection_new (g_object_ref (ind_comparison_get_programs (self->comparison)));
  gtk_column_view_set_model (self->programs_view, GTK_SELECTION_MODEL (selection));
}

/* What changed between the periods ----------------------------------------- */

/* The name in the first period that has the item. */
static const char *
first_nombre (IndComparisonRow *row)
{
  for (guint p = 0; p < ind_comparison_row_get_n_periods (row); p++)
    {
      IndItem *item = ind_comparison_row_get_item (row, p);

      if (item != NULL && ind_item_get_nombre (item) != NULL)
        return ind_item_get_nombre (item);
    }
  return NULL;
}

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  IndComparisonRow *row = item;
  IndChange change = GPOINTER_TO_UINT (user_data);
  const char *nombre = ind_comparison_row_get_nombre (row);
  g_autofree char *subtitle = NULL;
  GtkWidget *widget = adw_action_row_new ();

  if (change == IND_CHANGE_RENAMED)
    /* Translators: under the new name of a renamed item: its path and old name */
    subtitle = g_strdup_printf (_("%s · formerly %s"), ind_comparison_row_get_path (row), first_nombre (row));
  else
    subtitle = g_strdup_printf ("%s · %s", ind_comparison_row_get_path (row),
                                ind_ui_kind_label (ind_comparison_row_get_kind (row)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), nombre != NULL ? nombre : UNKNOWN);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (widget), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
  return widget;
}

static GtkWidget *
new_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("None"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  return label;
}

static void
show_changes (GtkLabel   *heading,
              const char *title,
              GtkListBox *list,
              GListModel *changes,
              IndChange   change)
{
  g_autofree char *text = NULL;

  gtk_list_box_bind_model (list, changes, create_change_row, GUINT_TO_POINTER (change), NULL);
  /* "New Items (1)" */
  if (changes != NULL)
    text = g_strdup_printf ("%s (%u)", title, g_list_model_get_n_items (changes));
  gtk_label_set_text (heading, text != NULL ? text : title);
}

static void
update (IndComparisonView *self)
{
  IndComparison *comparison = self->comparison;
  g_autoptr(GString) periods = g_string_new (NULL);

  build_columns (self);
  show_changes (self->added_label, _("New Items"), self->added_list,
                comparison != NULL ? ind_comparison_get_added (comparison) : NULL, IND_CHANGE_ADDED);
  show_changes (self->vanished_label, _("Vanished Items"), self->vanished_list,
                comparison != NULL ? ind_comparison_get_vanished (comparison) : NULL, IND_CHANGE_VANISHED);
  show_changes (self->renamed_label, _("Renamed Items"), self->renamed_list,
                comparison != NULL ? ind_comparison_get_renamed (comparison) : NULL, IND_CHANGE_RENAMED);

  for (guint p = 0; comparison != NULL && p < ind_comparison_get_n_periods (comparison); p++)
    {
      IndReport *report = ind_comparison_get_report (comparison, p);
      g_autofree char *label = period_label (comparison, p);
      g_autofree char *period = ind_format_period (ind_report_get_period_end (report));

      g_string_append_printf (periods, "%s%s: %s — %s", p > 0 ? "\n" : "", label, period,
                              ind_report_get_source_name (report));
    }
  gtk_label_set_text (self->periods_label, periods->str);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

/* Properties --------------------------------------------------------------- */

IndComparison *
ind_comparison_view_get_comparison (IndComparisonView *self)
{
  g_return_val_if_fail (IND_IS_COMPARISON_VIEW (self), NULL);
  return self->comparison;
}

void
ind_comparison_view_set_comparison (IndComparisonView *self,
                                    IndComparison     *comparison)
{
  g_return_if_fail (IND_IS_COMPARISON_VIEW (self));
  g_return_if_fail (comparison == NULL || IND_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/* The semáforo's bands, from the user's settings, for the chart. */
void
ind_comparison_view_set_bands (IndComparisonView      *self,
                               const IndSemaforoBands *bands)
{
  g_return_if_fail (IND_IS_COMPARISON_VIEW (self));
  g_return_if_fail (bands != NULL);

  self->bands = *bands;
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

GtkColumnView *
_ind_comparison_view_get_programs_view (IndComparisonView *self)
{
  return self->programs_view;
}

GtkListBox *
_ind_comparison_view_get_changes (IndComparisonView *self,
                                  IndChange          change)
{
  switch (change)
    {
    case IND_CHANGE_ADDED:
      return self->added_list;
    case IND_CHANGE_VANISHED:
      return self->vanished_list;
    case IND_CHANGE_RENAMED:
      return self->renamed_list;
    case IND_CHANGE_NONE:
    default:
      return NULL;
    }
}

static void
ind_comparison_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  IndComparisonView *self = IND_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_comparison_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  IndComparisonView *self = IND_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      ind_comparison_view_set_comparison (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_comparison_view_dispose (GObject *object)
{
  IndComparisonView *self = IND_COMPARISON_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_COMPARISON_VIEW);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (ind_comparison_view_parent_class)->dispose (object);
}

static void
ind_comparison_view_class_init (IndComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_comparison_view_dispose;
  object_class->get_property = ind_comparison_view_get_property;
  object_class->set_property = ind_comparison_view_set_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, IND_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, periods_label);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, programs_view);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, chart);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, added_label);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, added_list);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, vanished_label);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, vanished_list);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, renamed_label);
  gtk_widget_class_bind_template_child (widget_class, IndComparisonView, renamed_list);
}

static void
ind_comparison_view_init (IndComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ind_semaforo_bands_init (&self->bands);

  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  ind_ui_set_pointer_tooltip (GTK_WIDGET (self->chart), (IndUiDescribeFunc)ind_comparison_view_describe_at, self);
  gtk_list_box_set_placeholder (self->added_list, new_placeholder ());
  gtk_list_box_set_placeholder (self->vanished_list, new_placeholder ());
  gtk_list_box_set_placeholder (self->renamed_list, new_placeholder ());
  /* the chart follows the light or dark style */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart, G_CONNECT_SWAPPED);
  update (self);
}
