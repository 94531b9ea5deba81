/* ind-report-table.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ind-format.h"
#include "ind-report-table-private.h"
#include "ind-ui-util.h"

typedef enum
{
  COLUMN_KEY,
  COLUMN_NOMBRE,
  COLUMN_MODIFICADO,
  COLUMN_DEVENGADO,
  COLUMN_PAGADO,
  COLUMN_EJERCIDO,
  COLUMN_AVANCE_FINANCIERO,
  COLUMN_AVANCE_FISICO,
  COLUMN_PONDERADO,
  COLUMN_META,
  COLUMN_ALCANZADO,
  COLUMN_UNIDAD,
  N_COLUMNS
} Column;

typedef enum
{
  VALUE_TEXT,
  VALUE_MONEY,
  VALUE_PERCENT,
  VALUE_INTEGER,
} ValueType;

typedef struct
{
  const char *id;
  const char *title;     /* domain words stay as the report prints them */
  ValueType   type;
  const char *widest;    /* the widest text the column shows */
} ColumnInfo;

static const ColumnInfo column_info[N_COLUMNS] = {
  [COLUMN_KEY] = { "clave", N_("Key"), VALUE_TEXT, "C00" },
  [COLUMN_NOMBRE] = { "nombre", N_("Name"), VALUE_TEXT, NULL },
  [COLUMN_MODIFICADO] = { "modificado", "Modificado", VALUE_MONEY, "$000,000,000.00" },
  [COLUMN_DEVENGADO] = { "devengado", "Devengado", VALUE_MONEY, "$000,000,000.00" },
  [COLUMN_PAGADO] = { "pagado", "Pagado", VALUE_MONEY, "$000,000,000.00" },
  /* Translators: devengado ÷ modificado; Spanish "% ejercido"
   * xgettext:no-c-format */
  [COLUMN_EJERCIDO] = { "ejercido", N_("% Spent"), VALUE_PERCENT, "100.0%" },
  /* Translators: the report's %AV.FIN column, financial progress as
   * reported; Spanish "% av. financiero"
   * xgettext:no-c-format */
  [COLUMN_AVANCE_FINANCIERO] = { "avance-financiero", N_("% Financial"), VALUE_PERCENT, "100.000%" },
  /* Translators: the report's %AV.FIS column, physical progress as
   * reported; Spanish "% av. físico"
   * xgettext:no-c-format */
  [COLUMN_AVANCE_FISICO] = { "avance-fisico", N_("% Physical"), VALUE_PERCENT, "100.000%" },
  [COLUMN_PONDERADO] = { "ponderado", "Ponderado", VALUE_PERCENT, "100.000%" },
  [COLUMN_META] = { "meta", "Meta", VALUE_INTEGER, "00,000" },
  [COLUMN_ALCANZADO] = { "alcanzado", "Alcanzado", VALUE_INTEGER, "00,000" },
  [COLUMN_UNIDAD] = { "unidad", "Unidad", VALUE_TEXT, "CAPACITACION" },
};

#define BAR_WIDTH    28
#define MARK_WIDTH   16   /* the semáforo's shape */
#define BAR_SPACING  4
#define CELL_PADDING 14   /* a cell's padding (12), and some air */
#define SORT_ARROW   20   /* beside a sorted column's title */
#define NAME_MIN     160  /* two lines of this show about 30 characters */
#define FIRST_ROWS   40   /* more than a full-height window shows */
#define GROW_ROWS    16   /* more rows a frame, each a widget to make and bind */
#define ROWS_WITH_WIDGETS 256 /* GTK 4.8's list view makes widgets for 200 rows */

typedef struct
{
  gboolean    known;
  gint64      integer;
  double      real;
  const char *text;
} CellValue;

/* What a column's factory needs to bind a cell. */
typedef struct
{
  IndReportTable *table;
  Column          column;
} CellData;

struct _IndReportTable
{
  AdwBin               parent_instance;

  GtkColumnView       *column_view;
  GtkWidget           *list_view;  /* the column view's own, which scrolls */

  IndReport           *report;
  GtkTreeListModel    *tree;
  guint                n_children_made;  /* since the report was set */
  GtkSortListModel    *sort_model;
  GtkSliceListModel   *shown;       /* the rows the view has, growing after a report is set */
  guint                grow_id;
  gboolean             grown_once;  /* the first frame drew FIRST_ROWS rows */
  GtkSorter           *row_sorter;  /* in the sort model while a column is sorted */
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *columns[N_COLUMNS];
  CellData             cells[N_COLUMNS];
  int                  widths[N_COLUMNS];  /* of the numeric and short columns */
  GSettings           *settings;   /* the columns shown */
  char                *query;      /* folded search text, or NULL */
  guint                n_matches;
  IndSemaforoBands     bands;
};

G_DEFINE_FINAL_TYPE (IndReportTable, ind_report_table, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_SELECTED_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CellValue
column_value (IndItem *item,
              Column   column)
{
  CellValue v = { FALSE, 0, 0.0, NULL };

  switch (column)
    {
    case COLUMN_KEY:
      v.text = ind_ui_item_key (item);
      break;
    case COLUMN_NOMBRE:
      v.text = ind_item_get_nombre (item);
      break;
    case COLUMN_UNIDAD:
      v.text = ind_item_get_unidad (item);
      break;
    case COLUMN_MODIFICADO:
      v.known = ind_item_get_money (item, IND_MONEY_MODIFICADO, &v.integer);
      break;
    case COLUMN_DEVENGADO:
      v.known = ind_item_get_money (item, IND_MONEY_DEVENGADO, &v.integer);
      break;
    case COLUMN_PAGADO:
      v.known = ind_item_get_money (item, IND_MONEY_PAGADO, &v.integer);
      break;
    case COLUMN_EJERCIDO:
      v.known = ind_item_get_ejercido (item, &v.real);
      break;
    case COLUMN_AVANCE_FINANCIERO:
      v.known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FINANCIERO, &v.real);
      break;
    case COLUMN_AVANCE_FISICO:
      v.known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &v.real);
      break;
    case COLUMN_PONDERADO:
      v.known = ind_item_get_percent (item, IND_PERCENT_PONDERADO, &v.real);
      break;
    case COLUMN_META:
      v.known = ind_item_get_meta (item, &v.integer);
      break;
    case COLUMN_ALCANZADO:
      v.known = ind_item_get_alcanzado (item, &v.integer);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  if (column_info[column].type == VALUE_TEXT)
    v.known = v.text != NULL;
  return v;
}

/* NULL when the report gives no value: the cell stays blank. */
static char *
format_cell_value (const CellValue *v,
                   Column           column)
{
  if (!v->known)
    return NULL;
  switch (column_info[column].type)
    {
    case VALUE_MONEY:
      return ind_format_money (v->integer);
    case VALUE_INTEGER:
      return ind_format_integer (v->integer);
    case VALUE_PERCENT:
      return ind_format_percent (v->real, column == COLUMN_EJERCIDO ? 1 : 3);
    case VALUE_TEXT:
    default:
      return g_strdup (v->text);
    }
}

/* Rows without a value sort before every value; money compares as
 * integers, never through double. */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  CellValue va = column_value ((IndItem *)a, column);
  CellValue vb = column_value ((IndItem *)b, column);

  if (va.known != vb.known)
    return va.known ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
  if (!va.known)
    return GTK_ORDERING_EQUAL;

  switch (column_info[column].type)
    {
    case VALUE_TEXT:
      return gtk_ordering_from_cmpfunc (g_utf8_collate (va.text, vb.text));
    case VALUE_MONEY:
    case VALUE_INTEGER:
      return (va.integer > vb.integer) - (va.integer < vb.integer);
    case VALUE_PERCENT:
    default:
      return (va.real > vb.real) - (va.real < vb.real);
    }
}

static IndItem *
row_get_item (GtkTreeListRow *row)
{
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  /* the report owns its items */
  return IND_ITEM (item);
}

/* Cells. The name wraps to two lines before it ellipsizes, and every row
 * is two lines high, so all rows are the same height (GTK 4.8's column
 * view scrolls badly over rows of uneven height). */

static GtkWidget *
new_cell_label (gboolean numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
setup_name_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = new_cell_label (FALSE);
  GtkWidget *remark = gtk_image_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *icon = gtk_image_new ();

  gtk_label_set_single_line_mode (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_widget_add_css_class (box, "name-cell");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (remark, "remark-icon");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remark);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

/* % ejercido: the semáforo's shape, a bar in its colour, the figure. */
static void
setup_bar_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, BAR_SPACING);
  GtkWidget *mark = gtk_image_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
  GtkWidget *label = new_cell_label (TRUE);

  /* the bar's colour is the semáforo's, not the level bar's own */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, BAR_WIDTH, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(column_info[COLUMN_EJERCIDO].title),
                                  -1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (box, "ejercido-cell");
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

/* The semáforo of the row's % ejercido against the period's pace, in the
 * bands of the preferences, as the charts show it. */
static void
show_cell_semaforo (IndReportTable *self,
                    GtkWidget      *box,
                    IndItem        *item)
{
  GtkWidget *mark = gtk_widget_get_first_child (box);
  double ejercido, pace;
  int semaforo = -1;

  if (item != NULL && self->report != NULL && ind_item_get_ejercido (item, &ejercido) &&
      ind_report_get_expected_pace (self->report, &pace))
    semaforo = ind_semaforo_classify (&self->bands, ejercido, pace);
  ind_ui_show_semaforo (box, GTK_IMAGE (mark), semaforo);
  g_object_set_data_full (G_OBJECT (box), "ind-item", item != NULL ? g_object_ref (item) : NULL,
                          g_object_unref);
}

/* After the bands change: the cells shown, each with the item it shows. */
static void
restyle_cells (IndReportTable *self,
               GtkWidget      *widget)
{
  if (gtk_widget_has_css_class (widget, "ejercido-cell"))
    {
      show_cell_semaforo (self, widget, g_object_get_data (G_OBJECT (widget), "ind-item"));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    restyle_cells (self, child);
}

/**
 * ind_report_table_set_bands:
 *
 * The semáforo's bands, from the preferences.
 */
void
ind_report_table_set_bands (IndReportTable         *self,
                            const IndSemaforoBands *bands)
{
  g_return_if_fail (IND_IS_REPORT_TABLE (self));
  g_return_if_fail (bands != NULL);

  self->bands = *bands;
  restyle_cells (self, GTK_WIDGET (self->column_view));
}

static void
setup_text_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CellData                 *cell)
{
  gtk_list_item_set_child (list_item, new_cell_label (column_info[cell->column].type != VALUE_TEXT));
}

/* The mark of a row with a remark for the council; it follows the note
 * while the row is bound. */
static void
show_remark_mark (IndItem    *item,
                  GParamSpec *pspec,
                  GtkWidget  *mark)
{
  const char *note = ind_item_get_note (item);
  g_autofree char *description = NULL;

  gtk_widget_set_visible (mark, note != NULL);
  if (note == NULL)
    return;
  description = g_strdup_printf (_("Remark for the council: %s"), note);
  ind_ui_set_description (mark, description);
}

/* The mark follows one item's note at a time. The item is kept on the
 * mark, as GTK 4.8 may have moved the list item on to another item by
 * the time it emits "unbind". */
static void
follow_note (GtkWidget *mark,
             IndItem   *item)
{
  IndItem *followed = g_object_get_data (G_OBJECT (mark), "ind-item");

  if (followed != NULL)
    g_signal_handlers_disconnect_by_func (followed, show_remark_mark, mark);
  if (item != NULL)
    g_signal_connect_object (item, "notify::note", G_CALLBACK (show_remark_mark), mark, 0);
  g_object_set_data_full (G_OBJECT (mark), "ind-item", item != NULL ? g_object_ref (item) : NULL,
                          g_object_unref);
}

static GtkWidget *
get_remark_mark (GtkTreeExpander *expander)
{
  GtkWidget *box = gtk_tree_expander_get_child (expander);

  return gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));
}

static void highlight_match (IndReportTable *self,
                             GtkLabel       *label);

static void
bind_name_cell (IndReportTable  *self,
                GtkTreeExpander *expander,
                GtkTreeListRow  *row)
{
  IndReport *report = self->report;
  IndItem *item = row_get_item (row);
  GtkWidget *box = gtk_tree_expander_get_child (expander);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *mark = get_remark_mark (expander);
  GtkWidget *icon = gtk_widget_get_last_child (box);
  g_autoptr(GPtrArray) diagnostics = ind_ui_item_diagnostics (report, item);
  g_autofree char *summary = NULL;
  IndSeverity worst = IND_SEVERITY_INFO;

  gtk_tree_expander_set_list_row (expander, row);
  gtk_label_set_text (GTK_LABEL (label), ind_ui_item_name (item));
  highlight_match (self, GTK_LABEL (label));
  ind_ui_set_tooltip (label, ind_item_get_nombre (item));
  ind_ui_set_css_class (label, "missing", ind_item_get_missing (item));
  show_remark_mark (item, NULL, mark);
  follow_note (mark, item);

  gtk_widget_set_visible (icon, diagnostics->len > 0);
  if (diagnostics->len == 0)
    return;
  for (guint i = 0; i < diagnostics->len; i++)
    worst = MIN (worst, ind_diagnostic_get_severity (g_ptr_array_index (diagnostics, i)));
  summary = ind_ui_diagnostics_summary (diagnostics);
  ind_ui_set_severity_icon (GTK_IMAGE (icon), worst);
  ind_ui_set_description (icon, summary);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           CellData                 *cell)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  IndItem *item = row_get_item (row);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *label = child;
  g_autofree char *text = NULL;

  if (cell->column == COLUMN_NOMBRE)
    {
      bind_name_cell (cell->table, GTK_TREE_EXPANDER (child), row);
      label = gtk_widget_get_first_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child)));
    }
  else if (cell->column == COLUMN_EJERCIDO)
    {
      GtkWidget *bar = gtk_widget_get_next_sibling (gtk_widget_get_first_child (child));
      CellValue v = column_value (item, COLUMN_EJERCIDO);

      label = gtk_widget_get_last_child (child);
      gtk_widget_set_visible (bar, v.known);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (v.real, 0.0, 100.0));
      show_cell_semaforo (cell->table, child, item);
    }
  else if (cell->column == COLUMN_KEY)
    {
      ind_ui_set_tooltip (label, ind_item_get_clave (item));
    }

  if (cell->column != COLUMN_NOMBRE)
    {
      CellValue v = column_value (item, cell->column);

      text = format_cell_value (&v, cell->column);
      gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
    }
  ind_ui_set_css_class (label, "program", ind_item_get_kind (item) == IND_KIND_PROGRAMA);
}

static void
unbind_name_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));

  follow_note (get_remark_mark (expander), NULL);
  gtk_tree_expander_set_list_row (expander, NULL);
}

/* A hidden column is given no width: GTK 4.8 counts the width of hidden
 * columns in the table's, which would leave the name none to take. */
static void
apply_width (GtkColumnViewColumn *column,
             GParamSpec          *pspec,
             IndReportTable      *self)
{
  int total = NAME_MIN;

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      gboolean visible = gtk_column_view_column_get_visible (self->columns[c]);

      if (self->columns[c] == column && c != COLUMN_NOMBRE)
        gtk_column_view_column_set_fixed_width (column, visible ? self->widths[c] : 0);
      if (visible && c != COLUMN_NOMBRE)
        total += self->widths[c];
    }
  /* the window keeps room for the name beside the figures; on a narrow
   * window the detail pane folds away first */
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self))), total);
}

static void
add_columns (IndReportTable *self)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = NULL;
      g_autoptr(GtkColumnViewColumn) column = NULL;

      self->cells[c].table = self;
      self->cells[c].column = c;
      if (c == COLUMN_NOMBRE)
        {
          g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cell), NULL);
          g_signal_connect (factory, "unbind", G_CALLBACK (unbind_name_cell), NULL);
        }
      else if (c == COLUMN_EJERCIDO)
        g_signal_connect (factory, "setup", G_CALLBACK (setup_bar_cell), NULL);
      else
        g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cell), &self->cells[c]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), &self->cells[c]);

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, GINT_TO_POINTER (c), NULL));
      column = gtk_column_view_column_new (_(column_info[c].title), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, c == COLUMN_NOMBRE);
      gtk_column_view_append_column (self->column_view, column);
      g_signal_connect (column, "notify::visible", G_CALLBACK (apply_width), self);
      self->columns[c] = column;
    }
}

/* Settings: whether column @id is among the columns shown. */
static gboolean
get_column_shown (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  CellData *cell = user_data;
  g_autofree const char **shown = g_variant_get_strv (variant, NULL);

  g_value_set_boolean (value, g_strv_contains (shown, column_info[cell->column].id));
  return TRUE;
}

/* Settings: the columns shown, in the table's order. */
static GVariant *
set_column_shown (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  CellData *cell = user_data;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) shown = NULL;

  for (Column c = 0; c < N_COLUMNS; c++)
    if (c != COLUMN_NOMBRE && gtk_column_view_column_get_visible (cell->table->columns[c]))
      g_strv_builder_add (builder, column_info[c].id);
  shown = g_strv_builder_end (builder);
  return g_variant_new_strv ((const char * const *)shown, -1);
}

/* The columns' header menu shows or hides any column but the name, as
 * the settings remember. */
static void
add_column_menu (IndReportTable *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GPropertyAction) action = NULL;
      g_autofree char *detailed = NULL;

      if (c == COLUMN_NOMBRE)
        continue;
      action = g_property_action_new (column_info[c].id, self->columns[c], "visible");
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      detailed = g_strdup_printf ("columns.%s", column_info[c].id);
      g_menu_append (section, _(column_info[c].title), detailed);
      g_settings_bind_with_mapping (self->settings, "table-columns", self->columns[c], "visible",
                                    G_SETTINGS_BIND_DEFAULT, get_column_shown, set_column_shown,
                                    &self->cells[c], NULL);
    }
  g_menu_append_section (menu, _("Columns"), G_MENU_MODEL (section));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns", G_ACTION_GROUP (group));
  for (Column c = 0; c < N_COLUMNS; c++)
    gtk_column_view_column_set_header_menu (self->columns[c], G_MENU_MODEL (menu));
}

static int
text_width (GtkWidget  *widget,
            const char *text,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The widest of @text and @widest, each figure drawn as 0 (figures are
 * tabular): the value with the most digits is the widest. */
static char *
wider_template (char       *text,
                const char *widest)
{
  g_autofree char *owned = text;

  if (owned == NULL || g_utf8_strlen (owned, -1) <= g_utf8_strlen (widest, -1))
    return g_strdup (widest);
  for (char *c = owned; *c != '\0'; c++)
    if (g_ascii_isdigit (*c))
      *c = '0';
  return g_steal_pointer (&owned);
}

/* The smallest and the largest value of each numeric column. */
typedef struct
{
  CellValue low[N_COLUMNS];
  CellValue high[N_COLUMNS];
} Extremes;

static gboolean
value_less (const CellValue *a,
            const CellValue *b)
{
  return a->integer < b->integer || a->real < b->real;
}

static void
collect_extremes (IndItem  *item,
                  gpointer  user_data)
{
  Extremes *e = user_data;

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      CellValue v;

      if (column_info[c].type == VALUE_TEXT)
        continue;
      v = column_value (item, c);
      if (!v.known)
        continue;
      if (!e->low[c].known || value_less (&v, &e->low[c]))
        e->low[c] = v;
      if (!e->high[c].known || value_less (&e->high[c], &v))
        e->high[c] = v;
    }
}

static GQuark
extremes_quark (void)
{
  return g_quark_from_static_string ("ind-report-table-extremes");
}

/**
 * ind_report_table_prepare:
 * @report: a report no other thread uses yet
 *
 * Finds the largest figures of @report, which size the columns, so that
 * the thread that reads a report walks its 100,000 rows rather than the
 * window's. A table shown a report not prepared walks it itself.
 */
void
ind_report_table_prepare (IndReport *report)
{
  Extremes *extremes = g_new0 (Extremes, 1);

  g_return_if_fail (IND_IS_REPORT (report));

  ind_report_foreach_item (report, collect_extremes, extremes);
  g_object_set_qdata_full (G_OBJECT (report), extremes_quark (), extremes, g_free);
}

/* Fixed widths keep the columns from jumping while rows scroll in and out;
 * they come from the font in use and from the report's largest figures,
 * so that no figure is ever cut. The name takes the width left. */
static void
size_columns (IndReportTable *self)
{
  GtkWidget *widget = GTK_WIDGET (self->column_view);
  const Extremes *extremes;
  Extremes none = { 0 };

  if (self->report != NULL && g_object_get_qdata (G_OBJECT (self->report), extremes_quark ()) == NULL)
    ind_report_table_prepare (self->report);
  extremes = self->report != NULL ? g_object_get_qdata (G_OBJECT (self->report), extremes_quark ()) : &none;
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *low = NULL;
      g_autofree char *widest = NULL;
      int title, content;

      if (c == COLUMN_NOMBRE)
        continue;
      low = wider_template (format_cell_value (&extremes->low[c], c), column_info[c].widest);
      widest = wider_template (format_cell_value (&extremes->high[c], c), low);
      title = text_width (widget, _(column_info[c].title), FALSE) + SORT_ARROW;
      /* program rows are bold */
      content = text_width (widget, widest, TRUE);
      if (c == COLUMN_EJERCIDO)
        content += MARK_WIDTH + BAR_WIDTH + 2 * BAR_SPACING;
      self->widths[c] = MAX (title, content) + CELL_PADDING;
      apply_width (self->columns[c], NULL, self);
    }
}

/* Called when a row is expanded, and when a bound row's expander asks
 * whether it has children (GTK 4.8): never for every row. */
static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  IndReportTable *self = user_data;

  if (ind_item_get_n_children (item) == 0)
    return NULL;
  self->n_children_made++;
  /* An IndItem is the list model of its own children. */
  return g_object_ref (item);
}

static GtkTreeListRow *
get_row (IndReportTable *self,
         guint           position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

static guint
get_n_rows (IndReportTable *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

/* Whatever looks for a row among them all, or changes them all, shows
 * them all first. */
static void
show_all_rows (IndReportTable *self)
{
  if (self->grow_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_id);
  self->grow_id = 0;
  gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
grow_rows (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  IndReportTable *self = IND_REPORT_TABLE (widget);
  guint size = gtk_slice_list_model_get_size (self->shown);

  /* the tick comes before the frame's layout: the first frame is left
   * with the first rows */
  if (!self->grown_once)
    {
      self->grown_once = TRUE;
      return G_SOURCE_CONTINUE;
    }
  if (size >= g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)))
    {
      self->grow_id = 0;
      gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }
  /* past the rows GTK makes widgets for, the rest cost no widgets */
  gtk_slice_list_model_set_size (self->shown, size < ROWS_WITH_WIDGETS ? size + GROW_ROWS : G_MAXUINT);
  return G_SOURCE_CONTINUE;
}

/* GTK 4.8's list view makes, binds and measures widgets for 200 rows as
 * soon as its model has them: a main-loop iteration of 0.2 s, and a first
 * frame as long again. It is given a screen of rows first, then a few
 * more each frame until it has made its widgets, then all the rest. */
static void
show_first_rows (IndReportTable *self)
{
  show_all_rows (self);
  gtk_slice_list_model_set_size (self->shown, FIRST_ROWS);
  self->grown_once = FALSE;
  self->grow_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_rows, NULL, NULL);
}

/* Expands every row whose item is in @items, in one pass over the tree:
 * a row's children come right after it, so expanding an ancestor brings
 * its descendants into the pass. */
static void
expand_items (IndReportTable *self,
              GHashTable     *items)
{
  if (self->tree == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (g_hash_table_contains (items, row_get_item (row)))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
add_ancestors (GHashTable *items,
               IndItem    *item)
{
  for (IndItem *parent = ind_item_get_parent (item); parent != NULL; parent = ind_item_get_parent (parent))
    g_hash_table_add (items, parent);
}

static guint
find_position (IndReportTable *self,
               IndItem        *item)
{
  for (guint i = 0; i < get_n_rows (self); i++)
    {
      g_autoptr(GtkTreeListRow) row = get_row (self, i);

      if (row_get_item (row) == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_position (IndReportTable *self,
                 guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its list view's action
   * scrolls, and moves the keyboard focus tracker to the row. */
  if (self->list_view != NULL)
    gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
}

/* Expands the ancestors of @item, then selects it and scrolls to it. */
gboolean
ind_report_table_reveal (IndReportTable *self,
                         IndItem        *item)
{
  g_autoptr(GHashTable) ancestors = NULL;
  guint position;

  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), FALSE);
  g_return_val_if_fail (IND_IS_ITEM (item), FALSE);

  show_all_rows (self);
  ancestors = g_hash_table_new (NULL, NULL);
  add_ancestors (ancestors, item);
  expand_items (self, ancestors);

  position = find_position (self, item);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  select_position (self, position);
  return TRUE;
}

static void
expand_programs (IndReportTable *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (gtk_tree_list_row_get_depth (row) == 0)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

void
ind_report_table_expand_all (IndReportTable *self)
{
  g_return_if_fail (IND_IS_REPORT_TABLE (self));

  if (self->tree == NULL)
    return;
  show_all_rows (self);
  /* children are inserted after their parent, so the loop reaches them */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

void
ind_report_table_collapse_all (IndReportTable *self)
{
  g_return_if_fail (IND_IS_REPORT_TABLE (self));

  if (self->tree == NULL)
    return;
  show_all_rows (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      gtk_tree_list_row_set_expanded (row, FALSE);
    }
}

/* Case- and accent-insensitive: "digitalizacion" finds "DIGITALIZACIÓN". */
static char *
fold (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");

  return g_ascii_strdown (ascii, -1);
}

/* Where the folded @query is in @text, in bytes of @text: folding turns
 * "Ó" into "o", so each folded byte keeps the offset it came from. */
static gboolean
find_folded (const char *text,
             const char *query,
             guint      *start,
             guint      *end)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GArray) origin = g_array_new (FALSE, FALSE, sizeof (guint));
  guint length = strlen (text);
  const char *hit;
  gsize first, last;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char buffer[8] = { 0 };
      g_autofree char *one = NULL;
      guint offset = p - text;

      g_unichar_to_utf8 (g_utf8_get_char (p), buffer);
      one = fold (buffer);
      for (const char *c = one; *c != '\0'; c++)
        {
          g_string_append_c (folded, *c);
          g_array_append_val (origin, offset);
        }
    }
  g_array_append_val (origin, length);

  hit = strstr (folded->str, query);
  if (hit == NULL)
    return FALSE;
  first = hit - folded->str;
  last = first + strlen (query);
  *start = g_array_index (origin, guint, first);
  *end = g_array_index (origin, guint, last);
  return TRUE;
}

/* The match of the search in a name, marked as text editors mark it. */
static void
highlight_match (IndReportTable *self,
                 GtkLabel       *label)
{
  PangoAttrList *attrs = NULL;
  guint start, end;

  if (self->query != NULL && find_folded (gtk_label_get_text (label), self->query, &start, &end))
    {
      PangoAttribute *background = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
      PangoAttribute *foreground = pango_attr_foreground_new (0, 0, 0);

      attrs = pango_attr_list_new ();
      background->start_index = foreground->start_index = start;
      background->end_index = foreground->end_index = end;
      pango_attr_list_insert (attrs, background);
      pango_attr_list_insert (attrs, foreground);
    }
  gtk_label_set_attributes (label, attrs);
  g_clear_pointer (&attrs, pango_attr_list_unref);
}

/* After the search changes: the names shown. */
static void
highlight_names (IndReportTable *self,
                 GtkWidget      *widget)
{
  if (GTK_IS_TREE_EXPANDER (widget))
    {
      GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (widget));

      highlight_match (self, GTK_LABEL (gtk_widget_get_first_child (box)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    highlight_names (self, child);
}

/* On the name or the key: "digital", "Actividad 01", "C04/A01". */
static gboolean
item_matches (IndItem    *item,
              const char *query)
{
  g_autofree char *nombre = fold (ind_item_get_nombre (item));
  g_autofree char *clave = fold (ind_item_get_clave (item));
  g_autofree char *path = fold (ind_item_get_path (item));

  return strstr (nombre, query) != NULL || strstr (clave, query) != NULL ||
         g_str_has_suffix (path, query);
}

/* Selects the next matching row after @start (before it, @backwards),
 * wrapping around; the rows are taken in the order shown. */
static gboolean
select_match (IndReportTable *self,
              guint           start,
              gboolean        backwards)
{
  guint n = get_n_rows (self);

  for (guint k = 1; k <= n; k++)
    {
      guint position = backwards ? (start + n - k) % n : (start + k) % n;
      g_autoptr(GtkTreeListRow) row = get_row (self, position);

      if (item_matches (row_get_item (row), self->query))
        {
          select_position (self, position);
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  const char *query;
  GHashTable *ancestors;
  guint       n_matches;
} SearchData;

static void
collect_match (IndItem  *item,
               gpointer  user_data)
{
  SearchData *data = user_data;

  if (!item_matches (item, data->query))
    return;
  data->n_matches++;
  add_ancestors (data->ancestors, item);
}

/* A filter above a tree list model would hide the matches inside
 * collapsed parents; the search expands their ancestors instead, then
 * selects the first match. Returns the number of matches. */
guint
ind_report_table_search (IndReportTable *self,
                         const char     *text)
{
  g_autoptr(GHashTable) ancestors = NULL;
  g_autofree char *stripped = NULL;
  SearchData data = { NULL, NULL, 0 };

  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), 0);

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_clear_pointer (&self->query, g_free);
  self->n_matches = 0;
  if (*stripped != '\0' && self->report != NULL)
    self->query = fold (stripped);
  highlight_names (self, GTK_WIDGET (self->column_view));
  if (self->query == NULL)
    return 0;

  show_all_rows (self);
  ancestors = g_hash_table_new (NULL, NULL);
  data.query = self->query;
  data.ancestors = ancestors;
  ind_report_foreach_item (self->report, collect_match, &data);
  expand_items (self, ancestors);
  self->n_matches = data.n_matches;
  if (data.n_matches > 0)
    select_match (self, get_n_rows (self) - 1, FALSE);
  return data.n_matches;
}

/**
 * ind_report_table_get_match:
 * @n_matches: (out): how many items match the search
 *
 * Returns: which match the selected row is, from 1 in the order shown,
 *   or 0 when it is not one
 */
guint
ind_report_table_get_match (IndReportTable *self,
                            guint          *n_matches)
{
  guint selected, index = 0;

  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), 0);

  *n_matches = self->n_matches;
  /* the rows up to the selected one are shown */
  selected = gtk_single_selection_get_selected (self->selection);
  if (self->query == NULL || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  for (guint i = 0; i <= selected; i++)
    {
      g_autoptr(GtkTreeListRow) row = get_row (self, i);
      gboolean matches = item_matches (row_get_item (row), self->query);

      index += matches;
      if (i == selected && !matches)
        return 0;
    }
  return index;
}

/* The next (or previous) match from the selected row. */
gboolean
ind_report_table_find (IndReportTable *self,
                       gboolean        backwards)
{
  guint start;

  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), FALSE);

  show_all_rows (self);
  if (self->query == NULL || get_n_rows (self) == 0)
    return FALSE;
  start = gtk_single_selection_get_selected (self->selection);
  if (start == GTK_INVALID_LIST_POSITION)
    start = backwards ? 0 : get_n_rows (self) - 1;
  return select_match (self, start, backwards);
}

static GtkTreeListRow *
get_selected_row (IndReportTable *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

IndItem *
ind_report_table_get_selected_item (IndReportTable *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), NULL);

  row = get_selected_row (self);
  return row != NULL ? row_get_item (row) : NULL;
}

static void
expand_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkTreeListRow *row = get_selected_row (IND_REPORT_TABLE (widget));

  if (row != NULL)
    gtk_tree_list_row_set_expanded (row, TRUE);
}

/* Collapses the selected row, or from a collapsed row goes to its parent,
 * as in a file manager's tree. */
static void
collapse_row_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  IndReportTable *self = IND_REPORT_TABLE (widget);
  GtkTreeListRow *row = get_selected_row (self);
  IndItem *parent;

  if (row == NULL)
    return;
  if (gtk_tree_list_row_get_expanded (row))
    {
      gtk_tree_list_row_set_expanded (row, FALSE);
      return;
    }
  parent = ind_item_get_parent (row_get_item (row));
  if (parent != NULL)
    ind_report_table_reveal (self, parent);
}

static void
row_activated (IndReportTable *self,
               guint           position)
{
  g_autoptr(GtkTreeListRow) row = get_row (self, position);

  if (gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static void
selection_changed (IndReportTable *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

IndReport *
ind_report_table_get_report (IndReportTable *self)
{
  g_return_val_if_fail (IND_IS_REPORT_TABLE (self), NULL);
  return self->report;
}

void
ind_report_table_set_report (IndReportTable *self,
                             IndReport      *report)
{
  g_return_if_fail (IND_IS_REPORT_TABLE (self));
  g_return_if_fail (report == NULL || IND_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->tree);
  if (report != NULL)
    {
      self->n_children_made = 0;
      self->tree = gtk_tree_list_model_new (g_object_ref (ind_report_get_programs (report)),
                                            FALSE, FALSE, create_child_model, self, NULL);
      /* before the view sees the model: each expansion shown would
       * rebind the rows on screen, a thousand times for 1,000 programs */
      expand_programs (self);
    }
  show_first_rows (self);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->tree));
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    size_columns (self);
  if (get_n_rows (self) > 0)
    select_position (self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

GtkColumnViewColumn *
_ind_report_table_get_column (IndReportTable *self,
                              const char     *id)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    if (g_str_equal (column_info[c].id, id))
      return self->columns[c];
  return NULL;
}

GListModel *
_ind_report_table_get_rows (IndReportTable *self)
{
  return G_LIST_MODEL (self->selection);
}

/* How many times the children of a row were made since the report was
 * set. */
guint
_ind_report_table_get_n_children_made (IndReportTable *self)
{
  return self->n_children_made;
}

static void
ind_report_table_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ind_report_table_parent_class)->realize (widget);
  size_columns (IND_REPORT_TABLE (widget));
}

static gboolean
ind_report_table_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (IND_REPORT_TABLE (widget)->column_view));
}

static void
ind_report_table_dispose (GObject *object)
{
  IndReportTable *self = IND_REPORT_TABLE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_REPORT_TABLE);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->row_sorter);
  g_clear_object (&self->tree);
  g_clear_object (&self->report);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (ind_report_table_parent_class)->dispose (object);
}

static void
ind_report_table_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IndReportTable *self = IND_REPORT_TABLE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, ind_report_table_get_selected_item (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_report_table_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IndReportTable *self = IND_REPORT_TABLE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      ind_report_table_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_report_table_class_init (IndReportTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_report_table_dispose;
  object_class->get_property = ind_report_table_get_property;
  object_class->set_property = ind_report_table_set_property;
  widget_class->realize = ind_report_table_realize;
  widget_class->grab_focus = ind_report_table_grab_focus;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, IND_TYPE_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-report-table.ui");
  gtk_widget_class_bind_template_child (widget_class, IndReportTable, column_view);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  /* The tree expander's own keys only work when it has the focus, which
   * the row keeps in GTK 4.8. */
  gtk_widget_class_install_action (widget_class, "table.expand-row", NULL, expand_row_action);
  gtk_widget_class_install_action (widget_class, "table.collapse-row", NULL, collapse_row_action);
}

static void
add_row_shortcuts (IndReportTable *self)
{
  static const struct {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, "table.expand-row" },
    { GDK_KEY_plus, "table.expand-row" },
    { GDK_KEY_KP_Add, "table.expand-row" },
    { GDK_KEY_Left, "table.collapse-row" },
    { GDK_KEY_minus, "table.collapse-row" },
    { GDK_KEY_KP_Subtract, "table.collapse-row" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);
}

/* The tree list row sorter is a total order, so a sort model with it
 * fetches and sorts every row even when no column is sorted; in the
 * report's own order the rows pass through, fetched as they are shown. */
static void
sorting_changed (IndReportTable *self,
                 GtkSorterChange change,
                 GtkSorter      *sorter)
{
  gboolean sorted = gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE;

  gtk_sort_list_model_set_sorter (self->sort_model, sorted ? self->row_sorter : NULL);
}

static void
ind_report_table_init (IndReportTable *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));
  ind_semaforo_bands_init (&self->bands);

  /* Sorting compares siblings only, so children stay under their parent. */
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->row_sorter = GTK_SORTER (gtk_tree_list_row_sorter_new (g_object_ref (sorter)));
  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  g_signal_connect_object (sorter, "changed", G_CALLBACK (sorting_changed), self, G_CONNECT_SWAPPED);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);
  self->settings = g_settings_new (APP_ID);
  add_column_menu (self);
  add_row_shortcuts (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      self->list_view = child;
}
