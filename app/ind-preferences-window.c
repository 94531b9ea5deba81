/* ind-preferences-window.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-preferences-window.h"

/* The smallest difference a band shown with one decimal can have. */
#define BAND_GAP 0.1

struct _IndPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *folder_chooser;

  GtkSpinButton        *green_spin;
  GtkSpinButton        *yellow_spin;
  AdwComboRow          *page_size_row;
  AdwActionRow         *export_folder_row;
  GtkWidget            *reset_folder_button;
};

G_DEFINE_FINAL_TYPE (IndPreferencesWindow, ind_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the combo row's model. */
static const char * const page_size_nicks[] = { "letter", "a4" };

/* Green must stay below yellow: each spin button's range stops short of
 * the other's value, so no pair the user can enter breaks the rule. */
static void
constrain_bands (IndPreferencesWindow *self)
{
  gtk_spin_button_set_range (self->green_spin, 0.0,
                             gtk_spin_button_get_value (self->yellow_spin) - BAND_GAP);
  gtk_spin_button_set_range (self->yellow_spin,
                             gtk_spin_button_get_value (self->green_spin) + BAND_GAP, 100.0);
}

static gboolean
page_size_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (page_size_nicks); i++)
    if (g_str_equal (nick, page_size_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
page_size_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (page_size_nicks))
    return NULL;
  return g_variant_new_string (page_size_nicks[selected]);
}

static void
update_export_folder_row (IndPreferencesWindow *self)
{
  g_autofree char *uri = g_settings_get_string (self->settings, "export-folder");
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (uri[0] == '\0')
    {
      adw_action_row_set_subtitle (self->export_folder_row, _("The folder of the opened report"));
      gtk_widget_set_visible (self->reset_folder_button, FALSE);
      return;
    }

  folder = g_file_new_for_uri (uri);
  name = g_file_get_parse_name (folder);
  adw_action_row_set_subtitle (self->export_folder_row, name);
  gtk_widget_set_visible (self->reset_folder_button, TRUE);
}

static void
folder_chooser_response (IndPreferencesWindow *self,
                         int                   response,
                         GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *uri = g_file_get_uri (folder);

      g_settings_set_string (self->settings, "export-folder", uri);
    }
  g_clear_object (&self->folder_chooser);
}

static void
choose_folder_clicked (IndPreferencesWindow *self)
{
  g_autofree char *uri = g_settings_get_string (self->settings, "export-folder");

  if (self->folder_chooser != NULL)
    return;

  self->folder_chooser = gtk_file_chooser_native_new (_("Default Export Folder"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                      _("_Select"),
                                                      _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->folder_chooser), TRUE);
  if (uri[0] != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (uri);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->folder_chooser), folder, NULL);
    }
  g_signal_connect_object (self->folder_chooser, "response",
                           G_CALLBACK (folder_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->folder_chooser));
}

static void
reset_folder_clicked (IndPreferencesWindow *self)
{
  g_settings_reset (self->settings, "export-folder");
}

static void
ind_preferences_window_constructed (GObject *object)
{
  IndPreferencesWindow *self = IND_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (ind_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "semaforo-green", self->green_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "semaforo-yellow", self->yellow_spin, "value", G_SETTINGS_BIND_DEFAULT);
  constrain_bands (self);
  g_signal_connect_object (self->green_spin, "value-changed",
                           G_CALLBACK (constrain_bands), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->yellow_spin, "value-changed",
                           G_CALLBACK (constrain_bands), self, G_CONNECT_SWAPPED);

  g_settings_bind_with_mapping (self->settings, "pdf-page-size", self->page_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                page_size_get_mapping, page_size_set_mapping, NULL, NULL);

  g_signal_connect_object (self->settings, "changed::export-folder",
                           G_CALLBACK (update_export_folder_row), self, G_CONNECT_SWAPPED);
  update_export_folder_row (self);
}

static void
ind_preferences_window_dispose (GObject *object)
{
  IndPreferencesWindow *self = IND_PREFERENCES_WINDOW (object);

  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->folder_chooser));
  g_clear_object (&self->folder_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ind_preferences_window_parent_class)->dispose (object);
}

static void
ind_preferences_window_finalize (GObject *object)
{
  IndPreferencesWindow *self = IND_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ind_preferences_window_parent_class)->finalize (object);
}

static void
ind_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  IndPreferencesWindow *self = IND_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_preferences_window_class_init (IndPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ind_preferences_window_constructed;
  object_class->dispose = ind_preferences_window_dispose;
  object_class->finalize = ind_preferences_window_finalize;
  object_class->set_property = ind_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IndPreferencesWindow, green_spin);
  gtk_widget_class_bind_template_child (widget_class, IndPreferencesWindow, yellow_spin);
  gtk_widget_class_bind_template_child (widget_class, IndPreferencesWindow, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, IndPreferencesWindow, export_folder_row);
  gtk_widget_class_bind_template_child (widget_class, IndPreferencesWindow, reset_folder_button);
  gtk_widget_class_bind_template_callback (widget_class, choose_folder_clicked);
  gtk_widget_class_bind_template_callback (widget_class, reset_folder_clicked);
}

static void
ind_preferences_window_init (IndPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Every change is written to @settings at once, as GNOME preferences are. */
IndPreferencesWindow *
ind_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (IND_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "transient-for", parent,
                       NULL);
}

/* The semáforo's bands as the user set them ("semaforo-green" and
 * "semaforo-yellow"), for the charts and the exports. */
void
ind_preferences_get_bands (GSettings        *settings,
                           IndSemaforoBands *bands)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (bands != NULL);

  bands->green = g_settings_get_double (settings, "semaforo-green");
  bands->yellow = g_settings_get_double (settings, "semaforo-yellow");
}
