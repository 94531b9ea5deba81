/* ind-detail-pane.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-detail-pane-private.h"
#include "ind-format.h"
#include "ind-ui-util.h"

#define UNKNOWN "—"

struct _IndDetailPane
{
  AdwBin       parent_instance;

  GtkLabel    *key_label;
  GtkLabel    *name_label;
  GtkLabel    *source_label;
  GtkWidget   *missing_label;
  GtkLabel    *modificado_value;
  GtkLabel    *devengado_value;
  GtkLabel    *pagado_value;
  GtkLabel    *financiero_reported;
  GtkLabel    *financiero_computed;
  GtkLabel    *ponderado_reported;
  GtkLabel    *ponderado_computed;
  GtkLabel    *fisico_value;
  GtkLabel    *meta_value;
  GtkLabel    *alcanzado_value;
  GtkLabel    *unidad_value;
  GtkWidget   *diagnostics_box;
  GtkTextView *remark_view;

  IndReport   *report;
  IndItem     *item;
  gboolean     showing_note;  /* the buffer is being set from the note */
};

G_DEFINE_FINAL_TYPE (IndDetailPane, ind_detail_pane, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's one child; AdwBin owns it, so it is not bound. */
static GtkStack *
get_stack (IndDetailPane *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static void
set_money (GtkLabel *label,
           IndItem  *item,
           IndMoney  column)
{
  gint64 centavos;
  g_autofree char *text = NULL;

  if (ind_item_get_money (item, column, &centavos))
    text = ind_format_money (centavos);
  gtk_label_set_text (label, text != NULL ? text : UNKNOWN);
}

static void
set_integer (GtkLabel *label,
             gboolean  known,
             gint64    value)
{
  g_autofree char *text = known ? ind_format_integer (value) : NULL;

  gtk_label_set_text (label, text != NULL ? text : UNKNOWN);
}

/* Three decimals, as the report prints its percentages. */
static char *
format_percent (gboolean known,
                double   percent)
{
  return known ? ind_format_percent (percent, 3) : g_strdup (UNKNOWN);
}

/* The reported figure beside the one computed from the money; the
 * computed one stands out when the two do not print the same. */
static void
set_pair (GtkLabel *reported_label,
          gboolean  reported_known,
          double    reported,
          GtkLabel *computed_label,
          gboolean  computed_known,
          double    computed)
{
  g_autofree char *r = format_percent (reported_known, reported);
  g_autofree char *c = format_percent (computed_known, computed);
  gboolean differs = reported_known && computed_known && !g_str_equal (r, c);

  gtk_label_set_text (reported_label, r);
  gtk_label_set_text (computed_label, c);
  ind_ui_set_css_class (GTK_WIDGET (computed_label), "warning", differs);
  gtk_widget_set_tooltip_text (GTK_WIDGET (computed_label),
                               differs ? _("Differs from the figure the report prints") : NULL);
}

static char *
dup_source (IndItem *item)
{
  guint line = ind_item_get_line (item);
  guint page = ind_item_get_page (item);

  if (page > 0 && line > 0)
    return g_strdup_printf (_("page %u, line %u"), page, line);
  if (page > 0)
    return g_strdup_printf (_("page %u"), page);
  if (line > 0)
    return g_strdup_printf (_("line %u"), line);
  return g_strdup ("");
}

static GtkWidget *
new_diagnostic_row (IndDiagnostic *diagnostic)
{
  IndSeverity severity = ind_diagnostic_get_severity (diagnostic);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (ind_diagnostic_get_message (diagnostic));

  ind_ui_set_severity_icon (GTK_IMAGE (icon), severity);
  ind_ui_set_description (icon, ind_severity_label (severity));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
update_diagnostics (IndDetailPane *self)
{
  GtkWidget *heading = gtk_widget_get_first_child (self->diagnostics_box);
  g_autoptr(GPtrArray) diagnostics = ind_ui_item_diagnostics (self->report, self->item);
  GtkWidget *child;

  while ((child = gtk_widget_get_next_sibling (heading)) != NULL)
    gtk_box_remove (GTK_BOX (self->diagnostics_box), child);
  for (guint i = 0; i < diagnostics->len; i++)
    gtk_box_append (GTK_BOX (self->diagnostics_box), new_diagnostic_row (g_ptr_array_index (diagnostics, i)));
  gtk_widget_set_visible (self->diagnostics_box, diagnostics->len > 0);
}

static char *
dup_remark_text (IndDetailPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->remark_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The note changed elsewhere (undo, redo) or another item is shown. The
 * text is left alone when it already says the same, so that typing keeps
 * the cursor where it is. */
static void
show_note (IndDetailPane *self)
{
  const char *note = self->item != NULL ? ind_item_get_note (self->item) : NULL;
  g_autofree char *text = dup_remark_text (self);

  if (g_strcmp0 (text, note != NULL ? note : "") == 0)
    return;
  self->showing_note = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->remark_view), note != NULL ? note : "", -1);
  self->showing_note = FALSE;
}

/* Typing sets the item's note; the window's project records the change
 * for undo and autosave. */
static void
remark_edited (IndDetailPane *self)
{
  g_autofree char *text = NULL;

  if (self->showing_note || self->item == NULL)
    return;
  text = dup_remark_text (self);
  ind_item_set_note (self->item, text);
}

static void
update (IndDetailPane *self)
{
  IndItem *item = self->item;
  g_autofree char *key = NULL;
  g_autofree char *source = NULL;
  g_autofree char *fisico = NULL;
  double reported, computed;
  gboolean reported_known, computed_known;
  gint64 value;
  gboolean known;
  const char *unidad;

  gtk_stack_set_visible_child_name (get_stack (self), item != NULL && self->report != NULL ? "item" : "empty");
  if (item == NULL || self->report == NULL)
    return;

  key = g_strdup_printf ("%s · %s", ind_ui_kind_label (ind_item_get_kind (item)), ind_item_get_path (item));
  gtk_label_set_text (self->key_label, key);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->key_label), ind_item_get_clave (item));
  gtk_label_set_text (self->name_label, ind_ui_item_name (item));
  ind_ui_set_css_class (GTK_WIDGET (self->name_label), "missing", ind_item_get_missing (item));
  gtk_widget_set_visible (self->missing_label, ind_item_get_missing (item));
  source = dup_source (item);
  gtk_label_set_text (self->source_label, source);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), *source != '\0');

  set_money (self->modificado_value, item, IND_MONEY_MODIFICADO);
  set_money (self->devengado_value, item, IND_MONEY_DEVENGADO);
  set_money (self->pagado_value, item, IND_MONEY_PAGADO);

  reported_known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FINANCIERO, &reported);
  computed_known = ind_item_get_ejercido (item, &computed);
  set_pair (self->financiero_reported, reported_known, reported,
            self->financiero_computed, computed_known, computed);
  reported_known = ind_item_get_percent (item, IND_PERCENT_PONDERADO, &reported);
  computed_known = ind_item_get_computed_ponderado (item, &computed);
  set_pair (self->ponderado_reported, reported_known, reported,
            self->ponderado_computed, computed_known, computed);
  reported_known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &reported);
  fisico = format_percent (reported_known, reported);
  gtk_label_set_text (self->fisico_value, fisico);

  known = ind_item_get_meta (item, &value);
  set_integer (self->meta_value, known, value);
  known = ind_item_get_alcanzado (item, &value);
  set_integer (self->alcanzado_value, known, value);
  unidad = ind_item_get_unidad (item);
  gtk_label_set_text (self->unidad_value, unidad != NULL ? unidad : UNKNOWN);

  update_diagnostics (self);
}

IndReport *
ind_detail_pane_get_report (IndDetailPane *self)
{
  g_return_val_if_fail (IND_IS_DETAIL_PANE (self), NULL);
  return self->report;
}

void
ind_detail_pane_set_report (IndDetailPane *self,
                            IndReport     *report)
{
  g_return_if_fail (IND_IS_DETAIL_PANE (self));
  g_return_if_fail (report == NULL || IND_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

IndItem *
ind_detail_pane_get_item (IndDetailPane *self)
{
  g_return_val_if_fail (IND_IS_DETAIL_PANE (self), NULL);
  return self->item;
}

void
ind_detail_pane_set_item (IndDetailPane *self,
                          IndItem       *item)
{
  g_return_if_fail (IND_IS_DETAIL_PANE (self));
  g_return_if_fail (item == NULL || IND_IS_ITEM (item));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, show_note, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify::note", G_CALLBACK (show_note), self, G_CONNECT_SWAPPED);
  show_note (self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* FALSE while something reads the remarks in another thread (an export):
 * the remark stays readable, not editable. */
void
ind_detail_pane_set_remark_editable (IndDetailPane *self,
                                     gboolean       editable)
{
  g_return_if_fail (IND_IS_DETAIL_PANE (self));

  gtk_text_view_set_editable (self->remark_view, editable);
}

static void
ind_detail_pane_dispose (GObject *object)
{
  IndDetailPane *self = IND_DETAIL_PANE (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, show_note, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_DETAIL_PANE);
  g_clear_object (&self->item);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (ind_detail_pane_parent_class)->dispose (object);
}

static void
ind_detail_pane_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IndDetailPane *self = IND_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_detail_pane_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  IndDetailPane *self = IND_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      ind_detail_pane_set_report (self, g_value_get_object (value));
      break;
    case PROP_ITEM:
      ind_detail_pane_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_detail_pane_class_init (IndDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_detail_pane_dispose;
  object_class->get_property = ind_detail_pane_get_property;
  object_class->set_property = ind_detail_pane_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, IND_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-detail-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, key_label);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, name_label);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, source_label);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, missing_label);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, modificado_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, devengado_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, pagado_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, financiero_reported);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, financiero_computed);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, ponderado_reported);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, ponderado_computed);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, fisico_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, meta_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, alcanzado_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, unidad_value);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, diagnostics_box);
  gtk_widget_class_bind_template_child (widget_class, IndDetailPane, remark_view);
  gtk_widget_class_set_css_name (widget_class, "detailpane");
}

static void
ind_detail_pane_init (IndDetailPane *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* One history for every remark, the project's: Ctrl+Z in the text
   * then reaches the window's undo, and undoes across items. */
  buffer = gtk_text_view_get_buffer (self->remark_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (remark_edited), self, G_CONNECT_SWAPPED);
}

GtkTextView *
_ind_detail_pane_get_remark_view (IndDetailPane *self)
{
  return self->remark_view;
}
