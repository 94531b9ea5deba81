/* ind-export-flow.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-export-flow.h"

/* The steps every export of the window takes: a save dialog proposing a
 * name in the export folder; the export in a thread while this widget, in
 * the header bar, shows a spinner and a Cancel button; then a toast with
 * "Open", or a dialog naming the file and the reason. A cancelled export
 * says nothing. One export at a time. */
struct _IndExportFlow
{
  GtkWidget              parent_instance;

  GtkSpinner            *spinner;
  GtkWidget             *cancel_button;

  GSettings             *settings;
  AdwToastOverlay       *toast_overlay;

  /* while the save dialog is open */
  GtkFileChooserNative  *chooser;
  const IndExportFormat *chooser_format;
  IndReport             *chooser_report;
  IndExportOptions       chooser_options;  /* holds references */

  GCancellable          *cancellable;  /* the export running, or NULL */
};

G_DEFINE_FINAL_TYPE (IndExportFlow, ind_export_flow, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_TOAST_OVERLAY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  IndExportFlow         *flow;
  const IndExportFormat *format;
  GFile                 *file;
  GCancellable          *cancellable;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->flow);
  g_object_unref (export->file);
  g_object_unref (export->cancellable);
  g_free (export);
}

/**
 * ind_export_default_folder:
 * @source: (nullable): the file the report was read from
 *
 * Returns: (transfer full): the folder a save dialog starts in: the
 *   "export-folder" setting, else the report's own folder, else (for the
 *   bundled example, which lives in the resources) the user's Documents.
 */
GFile *
ind_export_default_folder (GSettings *settings,
                           GFile     *source)
{
  g_autofree char *uri = NULL;
  const char *documents;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), NULL);

  uri = g_settings_get_string (settings, "export-folder");
  if (uri[0] != '\0')
    return g_file_new_for_uri (uri);
  if (source != NULL && g_file_is_native (source))
    {
      GFile *parent = g_file_get_parent (source);

      if (parent != NULL)
        return parent;
    }
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

static void
set_busy (IndExportFlow *self,
          const char    *display_name)
{
  gboolean busy = display_name != NULL;

  if (busy)
    {
      /* Translators: the tooltip of the spinner while exporting */
      g_autofree char *tooltip = g_strdup_printf (_("Exporting «%s»…"), display_name);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
      gtk_widget_set_sensitive (self->cancel_button, TRUE);
    }
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self), busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static GtkWindow *
get_window (IndExportFlow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (IndExportFlow *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening the exported file ------------------------------------------------ */

static void
launch_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(IndExportFlow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    show_error (self, _("Could Not Open the File"), error->message);
}

static void
open_clicked (IndExportFlow *self,
              AdwToast      *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (display);

  /* through the OpenURI portal when sandboxed */
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launch_done, g_object_ref (self));
}

static void
toast_exported (IndExportFlow *self,
                GFile         *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display_name = g_filename_display_name (name);
  /* the title of a toast is markup */
  g_autofree char *title = g_markup_printf_escaped (_("Exported «%s»"), display_name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_clicked), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Exporting ---------------------------------------------------------------- */

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;
  IndExportFlow *self = export->flow;
  g_autoptr(GError) error = NULL;
  gboolean ok = ind_export_finish (IND_REPORT (source), result, &error);

  /* the window was closed meanwhile */
  if (export->cancellable != self->cancellable)
    {
      export_free (export);
      return;
    }
  g_clear_object (&self->cancellable);
  set_busy (self, NULL);

  if (ok)
    toast_exported (self, export->file);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Could Not Export the Report"), error->message);
  export_free (export);
}

/**
 * ind_export_flow_export_to:
 * @options: (nullable): the export's options; %NULL for the defaults
 *
 * Exports @report to @file as @format, with the progress, toast and
 * error dialog of ind_export_flow_choose() but without the dialog. Does
 * nothing while another export runs.
 */
void
ind_export_flow_export_to (IndExportFlow          *self,
                           const IndExportFormat  *format,
                           IndReport              *report,
                           GFile                  *file,
                           const IndExportOptions *options)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  Export *export;

  g_return_if_fail (IND_IS_EXPORT_FLOW (self));
  g_return_if_fail (format != NULL);
  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->settings != NULL && self->toast_overlay != NULL);

  if (self->cancellable != NULL)
    return;

  display_name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s could not be written: %s"), display_name,
                                                  _("Choose a folder on this computer."));

      show_error (self, _("Could Not Export the Report"), message);
      return;
    }
  g_clear_pointer (&display_name, g_free);
  display_name = g_filename_display_basename (path);

  export = g_new0 (Export, 1);
  export->flow = g_object_ref (self);
  export->format = format;
  export->file = g_object_ref (file);
  export->cancellable = g_cancellable_new ();
  self->cancellable = g_object_ref (export->cancellable);
  set_busy (self, display_name);

  ind_export_async (report, format->write, path, options, export->cancellable, export_done, export);
}

/* Stops the export running, if any; it then leaves nothing behind. The
 * last step of writing a file may take a moment to end: meanwhile the
 * spinner goes on, and Cancel shows it was heard. */
void
ind_export_flow_cancel (IndExportFlow *self)
{
  g_return_if_fail (IND_IS_EXPORT_FLOW (self));

  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
}

gboolean
ind_export_flow_get_busy (IndExportFlow *self)
{
  g_return_val_if_fail (IND_IS_EXPORT_FLOW (self), FALSE);
  return self->cancellable != NULL;
}

/* The save dialog ---------------------------------------------------------- */

/* @chooser is self->chooser, taken here: closed, it is dropped. */
static void
chooser_response (IndExportFlow        *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) closed = g_steal_pointer (&self->chooser);
  g_autoptr(IndReport) report = g_steal_pointer (&self->chooser_report);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (closed));

      ind_export_flow_export_to (self, self->chooser_format, report, file, &self->chooser_options);
    }
  self->chooser_format = NULL;
  ind_export_options_clear (&self->chooser_options);
}

/**
 * ind_export_flow_choose:
 * @source: (nullable): the file @report was read from
 * @options: (nullable): the export's options, as they are now; %NULL for
 *   the defaults
 *
 * Asks where to save @report as @format, proposing its suggested name in
 * ind_export_default_folder(), then exports it there. Does nothing while
 * the dialog is open or an export runs.
 */
void
ind_export_flow_choose (IndExportFlow          *self,
                        const IndExportFormat  *format,
                        IndReport              *report,
                        GFile                  *source,
                        const IndExportOptions *options)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  g_return_if_fail (IND_IS_EXPORT_FLOW (self));
  g_return_if_fail (format != NULL);
  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (source == NULL || G_IS_FILE (source));
  g_return_if_fail (self->settings != NULL);

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_(format->title), get_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  self->chooser_format = format;
  self->chooser_report = g_object_ref (report);
  ind_export_options_copy (&self->chooser_options, options);
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _(format->filter_name));
  gtk_file_filter_add_suffix (filter, format->suffix);
  gtk_file_chooser_add_filter (chooser, filter);
  folder = ind_export_default_folder (self->settings, source);
  /* a folder that is gone leaves the dialog where it would start anyway */
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  name = format->suggest_name (report);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Properties --------------------------------------------------------------- */

/* Where the save dialog starts. */
void
ind_export_flow_set_settings (IndExportFlow *self,
                              GSettings     *settings)
{
  g_return_if_fail (IND_IS_EXPORT_FLOW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (g_set_object (&self->settings, settings))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

/* Where the toast of a finished export shows. */
void
ind_export_flow_set_toast_overlay (IndExportFlow   *self,
                                   AdwToastOverlay *toast_overlay)
{
  g_return_if_fail (IND_IS_EXPORT_FLOW (self));
  g_return_if_fail (toast_overlay == NULL || ADW_IS_TOAST_OVERLAY (toast_overlay));

  if (g_set_object (&self->toast_overlay, toast_overlay))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOAST_OVERLAY]);
}

static void
ind_export_flow_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  IndExportFlow *self = IND_EXPORT_FLOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_TOAST_OVERLAY:
      g_value_set_object (value, self->toast_overlay);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, ind_export_flow_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_export_flow_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  IndExportFlow *self = IND_EXPORT_FLOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      ind_export_flow_set_settings (self, g_value_get_object (value));
      break;
    case PROP_TOAST_OVERLAY:
      ind_export_flow_set_toast_overlay (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_export_flow_dispose (GObject *object)
{
  IndExportFlow *self = IND_EXPORT_FLOW (object);
  GtkWidget *child;

  /* an export still running finds the flow gone in export_done() */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->chooser_report);
  ind_export_options_clear (&self->chooser_options);
  g_clear_object (&self->settings);
  g_clear_object (&self->toast_overlay);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_EXPORT_FLOW);
  /* GTK 4.8 leaves the template's unnamed children to their parent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ind_export_flow_parent_class)->dispose (object);
}

static void
ind_export_flow_class_init (IndExportFlowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ind_export_flow_get_property;
  object_class->set_property = ind_export_flow_set_property;
  object_class->dispose = ind_export_flow_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOAST_OVERLAY] =
    g_param_spec_object ("toast-overlay", NULL, NULL, ADW_TYPE_TOAST_OVERLAY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-export-flow.ui");
  gtk_widget_class_bind_template_child (widget_class, IndExportFlow, spinner);
  gtk_widget_class_bind_template_child (widget_class, IndExportFlow, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, ind_export_flow_cancel);
}

static void
ind_export_flow_init (IndExportFlow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ind_export_flow_new (void)
{
  return g_object_new (IND_TYPE_EXPORT_FLOW, NULL);
}
