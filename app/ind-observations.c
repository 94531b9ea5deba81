/* ind-observations.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-advice.h"
#include "ind-observations-private.h"
#include "ind-project.h"
#include "ind-ui-util.h"

struct _IndObservations
{
  AdwBin      parent_instance;

  GtkListBox *list_box;
  GtkWidget  *list_heading;
  GtkWidget  *orphans_box;
  GtkListBox *orphan_list;

  IndReport  *report;
  GListModel *listed;   /* the diagnostics the list box has rows for */
  GListModel *orphans;  /* IndRemark */
};

G_DEFINE_FINAL_TYPE (IndObservations, ind_observations, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's one child; AdwBin owns it, so it is not bound. */
static GtkStack *
get_stack (IndObservations *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static void
append_advice (GtkBox     *box,
               const char *heading,
               const char *text)
{
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 48);
  gtk_widget_set_margin_bottom (body, 6);
  gtk_box_append (box, title);
  gtk_box_append (box, body);
}

/* What the kind of problem means, the money at stake and what to do, in a
 * popover beside the problem, with its section of the guide (whose id is
 * the code); NULL for a code without advice. */
static GtkWidget *
new_advice_button (const char *code)
{
  g_autofree char *section = g_strconcat ("revision#", code, NULL);
  GtkWidget *box, *guide, *popover, *button;

  if (ind_advice_get_meaning (code) == NULL)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  append_advice (GTK_BOX (box), _("What It Means"), ind_advice_get_meaning (code));
  append_advice (GTK_BOX (box), _("Money at Stake"), ind_advice_get_stake (code));
  append_advice (GTK_BOX (box), _("What to Do"), ind_advice_get_action (code));

  guide = gtk_button_new_with_mnemonic (_("_More in the Guide"));
  gtk_widget_set_halign (guide, GTK_ALIGN_END);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (guide), "win.help");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (guide), "s", section);
  gtk_box_append (GTK_BOX (box), guide);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (guide, "clicked", G_CALLBACK (gtk_popover_popdown), popover);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("What to Do"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Activating a row runs win.reveal on the diagnostic's item. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  IndObservations *self = user_data;
  IndDiagnostic *diagnostic = item;
  IndSeverity severity = ind_diagnostic_get_severity (diagnostic);
  const char *path = ind_diagnostic_get_path (diagnostic);
  g_autofree char *location = ind_diagnostic_dup_location (diagnostic);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *advice;

  if (path != NULL && *location != '\0')
    subtitle = g_strdup_printf ("%s · %s", location, path);
  else
    subtitle = g_strdup (path != NULL ? path : location);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ind_diagnostic_get_message (diagnostic));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  ind_ui_set_severity_icon (GTK_IMAGE (icon), severity);
  ind_ui_set_description (icon, ind_severity_label (severity));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if ((advice = new_advice_button (ind_diagnostic_get_code (diagnostic))) != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), advice);

  if (path != NULL && ind_report_find_item (self->report, path) != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.reveal");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static void
update_stack (IndObservations *self)
{
  guint n_diagnostics = self->report != NULL
                        ? g_list_model_get_n_items (ind_report_get_diagnostics (self->report)) : 0;
  guint n_orphans = self->orphans != NULL ? g_list_model_get_n_items (self->orphans) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n_diagnostics > 0);
  gtk_widget_set_visible (self->orphans_box, n_orphans > 0);
  /* a heading of their own only beside the remarks */
  gtk_widget_set_visible (self->list_heading, n_diagnostics > 0 && n_orphans > 0);
  gtk_stack_set_visible_child_name (get_stack (self), n_diagnostics + n_orphans > 0 ? "list" : "none");
}

static void
copy_clicked (GtkButton *button,
              IndRemark *remark)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), ind_remark_get_text (remark));
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *description)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  ind_ui_set_description (button, description);
  return button;
}

/* The text, then where it was: the path and the item's name back then. */
static GtkWidget *
create_orphan_row (gpointer item,
                   gpointer user_data)
{
  IndRemark *remark = item;
  const char *nombre = ind_remark_get_nombre (remark);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *copy = new_icon_button ("edit-copy-symbolic", _("Copy the Remark"));
  GtkWidget *delete = new_icon_button ("user-trash-symbolic", _("Delete the Remark"));

  if (nombre != NULL)
    subtitle = g_strdup_printf ("%s · %s", ind_remark_get_path (remark), nombre);
  else
    subtitle = g_strdup (ind_remark_get_path (remark));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ind_remark_get_text (remark));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));

  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_clicked), remark, 0);
  /* undoable, as every change of a remark */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete-remark");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", ind_remark_get_path (remark));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

/**
 * ind_observations_set_orphans:
 * @orphans: (nullable): the IndRemark list of ind_project_get_orphans()
 *
 * Shows the remarks whose item the report no longer has above the
 * observations, as long as there are any.
 */
void
ind_observations_set_orphans (IndObservations *self,
                              GListModel      *orphans)
{
  g_return_if_fail (IND_IS_OBSERVATIONS (self));
  g_return_if_fail (orphans == NULL || G_IS_LIST_MODEL (orphans));

  if (self->orphans != NULL)
    g_signal_handlers_disconnect_by_func (self->orphans, update_stack, self);
  if (!g_set_object (&self->orphans, orphans))
    return;
  gtk_list_box_bind_model (self->orphan_list, orphans, create_orphan_row, NULL, NULL);
  if (orphans != NULL)
    g_signal_connect_object (orphans, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

IndReport *
ind_observations_get_report (IndObservations *self)
{
  g_return_val_if_fail (IND_IS_OBSERVATIONS (self), NULL);
  return self->report;
}

/* A report's thousand review items would be a thousand rows made on the
 * main thread as it opens: the rows are made when the page is shown. */
static void
list_diagnostics (IndObservations *self)
{
  GListModel *diagnostics;

  if (self->report == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  diagnostics = ind_report_get_diagnostics (self->report);
  if (diagnostics == self->listed)
    return;
  gtk_list_box_bind_model (self->list_box, diagnostics, create_row, self, NULL);
  self->listed = diagnostics;
}

void
ind_observations_set_report (IndObservations *self,
                             IndReport       *report)
{
  g_return_if_fail (IND_IS_OBSERVATIONS (self));
  g_return_if_fail (report == NULL || IND_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  /* the last report's rows go, the new one's come when shown */
  if (self->listed != NULL)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      self->listed = NULL;
    }
  list_diagnostics (self);
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

GtkListBox *
_ind_observations_get_list_box (IndObservations *self)
{
  return self->list_box;
}

GtkListBox *
_ind_observations_get_orphan_list (IndObservations *self)
{
  return self->orphan_list;
}

static void
ind_observations_dispose (GObject *object)
{
  IndObservations *self = IND_OBSERVATIONS (object);

  if (self->orphans != NULL)
    g_signal_handlers_disconnect_by_func (self->orphans, update_stack, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_OBSERVATIONS);
  g_clear_object (&self->report);
  g_clear_object (&self->orphans);

  G_OBJECT_CLASS (ind_observations_parent_class)->dispose (object);
}

static void
ind_observations_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IndObservations *self = IND_OBSERVATIONS (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_observations_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IndObservations *self = IND_OBSERVATIONS (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      ind_observations_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_observations_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ind_observations_parent_class)->map (widget);
  list_diagnostics (IND_OBSERVATIONS (widget));
}

static void
ind_observations_class_init (IndObservationsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_observations_dispose;
  object_class->get_property = ind_observations_get_property;
  object_class->set_property = ind_observations_set_property;
  widget_class->map = ind_observations_map;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-observations.ui");
  gtk_widget_class_bind_template_child (widget_class, IndObservations, list_box);
  gtk_widget_class_bind_template_child (widget_class, IndObservations, list_heading);
  gtk_widget_class_bind_template_child (widget_class, IndObservations, orphans_box);
  gtk_widget_class_bind_template_child (widget_class, IndObservations, orphan_list);
}

static void
ind_observations_init (IndObservations *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
