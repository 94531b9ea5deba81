/* ind-chart-view.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-chart-view.h"
#include "ind-ui-util.h"
#include "ind-format.h"

struct _IndChartView
{
  GtkWidget             parent_instance;

  GtkLabel             *scope_label;
  GtkToggleButton      *ejecucion_button;
  GtkToggleButton      *avance_button;
  GtkToggleButton      *composicion_button;
  AdwToastOverlay      *toast_overlay;
  GtkDrawingArea       *area;
  GtkFileChooserNative *save_dialog;

  IndReport            *report;
  IndChartKind          kind;
  char                 *scope_path;
  gboolean              dark;
  IndSemaforoBands      bands;
};

G_DEFINE_FINAL_TYPE (IndChartView, ind_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_KIND,
  PROP_SCOPE_PATH,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sizes offered when saving; the first is the default. */
static const struct
{
  const char *id;
  const char *label;
  int         width, height;
} sizes[] = {
  { "1920x1080", N_("1920 × 1080 (slides)"), 1920, 1080 },
  { "1280x720", N_("1280 × 720"), 1280, 720 },
  { "3840x2160", N_("3840 × 2160 (print)"), 3840, 2160 },
};

static void
get_options (IndChartView    *self,
             IndChartOptions *options)
{
  ind_chart_options_init (options);
  options->scope_path = self->scope_path;
  options->bands = self->bands;
  options->dark = self->dark;
}

/* Files and the clipboard get the light style at slide size: they end up
 * on white slides and paper. */
static void
get_file_options (IndChartView    *self,
                  int              width,
                  int              height,
                  IndChartOptions *options)
{
  get_options (self, options);
  options->dark = FALSE;
  options->text_scale = ind_chart_text_scale_for_size (width, height);
}

static IndItem *
item_at (IndChartView *self,
         double        x,
         double        y)
{
  IndChartOptions options;

  if (self->report == NULL)
    return NULL;
  get_options (self, &options);
  return ind_chart_item_at (self->report, self->kind,
                            gtk_widget_get_width (GTK_WIDGET (self->area)),
                            gtk_widget_get_height (GTK_WIDGET (self->area)),
                            &options, x, y);
}

static void
toast (IndChartView *self,
       const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Drawing and pointing ---------------------------------------------------- */

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  IndChartView *self = user_data;
  IndChartOptions options;

  if (self->report == NULL)
    return;
  get_options (self, &options);
  ind_chart_draw (cr, self->report, self->kind, width, height, &options);
}

/* The share of @item in the Modificado of its siblings with a budget, as
 * the composition chart shows it. */
static gboolean
share_of_siblings (IndChartView *self,
                   IndItem      *item,
                   double       *share)
{
  IndItem *parent = ind_item_get_parent (item);
  guint n = parent ? ind_item_get_n_children (parent) : ind_report_get_n_programs (self->report);
  gint64 own, total = 0;

  if (!ind_item_get_money (item, IND_MONEY_MODIFICADO, &own) || own <= 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      IndItem *sibling = parent ? ind_item_get_child (parent, i) : ind_report_get_program (self->report, i);
      gint64 modificado;

      if (!ind_item_get_missing (sibling) &&
          ind_item_get_money (sibling, IND_MONEY_MODIFICADO, &modificado) && modificado > 0)
        total += modificado;
    }
  *share = 100.0 * own / total;
  return TRUE;
}

/**
 * ind_chart_view_describe_at:
 * @x: @y: in the coordinates of the chart
 *
 * Returns: (nullable): markup with the exact figures of the item under
 * @x, @y, as the tooltip shows them
 */
char *
ind_chart_view_describe_at (IndChartView *self,
                            double        x,
                            double        y)
{
  IndItem *item;
  GString *markup;
  const char *nombre;
  double percent;

  g_return_val_if_fail (IND_IS_CHART_VIEW (self), NULL);

  item = item_at (self, x, y);
  if (item == NULL)
    return NULL;

  nombre = ind_item_get_nombre (item);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", ind_item_get_path (item));
  if (nombre != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (nombre, -1);
      g_string_append_printf (markup, " %s", escaped);
    }

  if (ind_item_get_missing (item))
    g_string_append_printf (markup, "\n%s", _("Its header was lost from the report: it has no figures of its own."));
  for (IndMoney column = 0; column < IND_N_MONEY && !ind_item_get_missing (item); column++)
    {
      g_autofree char *amount = NULL;
      gint64 centavos;

      if (!ind_item_get_money (item, column, &centavos))
        continue;
      amount = ind_format_money (centavos);
      g_string_append_printf (markup, "\n%s: %s", ind_money_label (column), amount);
    }
  if (!ind_item_get_missing (item) && ind_item_get_ejercido (item, &percent))
    {
      g_autofree char *spent = ind_format_percent (percent, 1);
      double pace;

      g_string_append_c (markup, '\n');
      g_string_append_printf (markup, _("Spent: %s"), spent);
      if (self->kind == IND_CHART_AVANCE && ind_report_get_expected_pace (self->report, &pace))
        g_string_append_printf (markup, " (%s)",
                                ind_semaforo_label (ind_semaforo_classify (&self->bands, percent, pace)));
    }
  if (self->kind == IND_CHART_COMPOSICION && !ind_item_get_missing (item) &&
      share_of_siblings (self, item, &percent))
    {
      g_autofree char *share = ind_format_percent (percent, 1);

      g_string_append_c (markup, '\n');
      g_string_append_printf (markup, _("Share of the Modificado: %s"), share);
    }
  if (ind_item_get_n_children (item) > 0)
    g_string_append_printf (markup, "\n<i>%s</i>",
                            ind_item_get_kind (item) == IND_KIND_PROGRAMA
                              ? _("Click to see its components")
                              : _("Click to see its activities"));
  return g_string_free (markup, FALSE);
}

static gboolean
can_drill (IndItem *item)
{
  return item != NULL && ind_item_get_n_children (item) > 0;
}

static void
pointer_moved (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               gpointer                  user_data)
{
  IndChartView *self = user_data;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->area),
                                   can_drill (item_at (self, x, y)) ? "pointer" : NULL);
}

static void
clicked (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         gpointer         user_data)
{
  IndChartView *self = user_data;
  IndItem *item = item_at (self, x, y);

  if (can_drill (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "chart.drill-down", "s", ind_item_get_path (item));
}

/* State ------------------------------------------------------------------- */

static void
update (IndChartView *self)
{
  GtkToggleButton *buttons[] = { self->ejecucion_button, self->avance_button, self->composicion_button };
  IndItem *scope = NULL;
  g_autofree char *label = NULL;

  if (self->report != NULL && self->scope_path != NULL)
    scope = ind_report_find_item (self->report, self->scope_path);
  if (scope == NULL)
    label = g_markup_escape_text (_("All programs"), -1);
  else if (ind_item_get_nombre (scope) != NULL)
    label = g_markup_printf_escaped ("<b>%s</b> %s", ind_item_get_path (scope), ind_item_get_nombre (scope));
  else
    label = g_markup_printf_escaped ("<b>%s</b>", ind_item_get_path (scope));
  gtk_label_set_markup (self->scope_label, label);
  gtk_widget_set_tooltip_markup (GTK_WIDGET (self->scope_label), label);

  gtk_toggle_button_set_active (buttons[self->kind], TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.back", self->scope_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", self->report != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", self->report != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

/* Actions ----------------------------------------------------------------- */

static void
kind_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IndChartKind kind;

  if (ind_chart_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    ind_chart_view_set_kind (IND_CHART_VIEW (widget), kind);
}

static void
drill_down_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  IndChartView *self = IND_CHART_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);

  if (self->report != NULL && can_drill (ind_report_find_item (self->report, path)))
    ind_chart_view_set_scope_path (self, path);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IndChartView *self = IND_CHART_VIEW (widget);
  IndItem *scope = NULL, *parent = NULL;

  if (self->report != NULL && self->scope_path != NULL)
    scope = ind_report_find_item (self->report, self->scope_path);
  if (scope != NULL)
    parent = ind_item_get_parent (scope);
  ind_chart_view_set_scope_path (self, parent ? ind_item_get_path (parent) : NULL);
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IndChartView *self = IND_CHART_VIEW (widget);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  IndChartOptions options;
  cairo_surface_t *surface;
  int width = IND_CHART_PRESENTATION_WIDTH, height = IND_CHART_PRESENTATION_HEIGHT;
  int stride;

  if (self->report == NULL)
    return;
  get_file_options (self, width, height, &options);
  surface = ind_chart_render_image (self->report, self->kind, width, height, &options);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      toast (self, _("The chart could not be copied"));
      return;
    }
  /* Cairo's ARGB32 is GDK's default memory format. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize)stride * height);
  cairo_surface_destroy (surface);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  toast (self, _("Chart copied"));
}

/* The extension of the file type chosen in the dialog. */
static const char *
filter_extension (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  const char *extension = filter ? g_object_get_data (G_OBJECT (filter), "extension") : NULL;

  return extension ? extension : ".png";
}

static gboolean
has_chart_extension (const char *path)
{
  g_autofree char *folded = g_ascii_strdown (path, -1);

  return g_str_has_suffix (folded, ".png") || g_str_has_suffix (folded, ".svg") ||
         g_str_has_suffix (folded, ".pdf");
}

static void
show_error (IndChartView *self,
            const char   *heading,
            const char   *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response (GtkNativeDialog *dialog,
               int              response,
               gpointer         user_data)
{
  IndChartView *self = user_data;
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  const char *size_id;
  int width = sizes[0].width, height = sizes[0].height;
  IndChartOptions options;

  if (response != GTK_RESPONSE_ACCEPT || self->report == NULL)
    goto out;
  file = gtk_file_chooser_get_file (chooser);
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      show_error (self, _("The image could not be saved"), _("Choose a folder on this computer."));
      goto out;
    }
  if (!has_chart_extension (path))
    {
      char *with_extension = g_strconcat (path, filter_extension (chooser), NULL);

      g_free (path);
      path = with_extension;
    }
  size_id = gtk_file_chooser_get_choice (chooser, "size");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_strcmp0 (size_id, sizes[i].id) == 0)
      {
        width = sizes[i].width;
        height = sizes[i].height;
      }

  get_file_options (self, width, height, &options);
  if (!ind_chart_save (self->report, self->kind, width, height, &options, path, &error))
    {
      show_error (self, _("The image could not be saved"), error->message);
      goto out;
    }
  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Saved «%s»"), name);
  toast (self, message);

out:
  g_clear_object (&self->save_dialog);
}

/* @extension: ".png", a static string */
static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, extension + 1);
  g_object_set_data (G_OBJECT (filter), "extension", (gpointer)extension);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* "grafica-avance-103-C01.png" */
static char *
suggested_name (IndChartView *self)
{
  GString *name = g_string_new (_("chart"));

  g_string_append_printf (name, "-%s", ind_chart_kind_to_string (self->kind));
  if (self->scope_path != NULL)
    {
      g_autofree char *scope = g_strdup (self->scope_path);

      g_strdelimit (scope, "/?", '-');
      g_string_append_printf (name, "-%s", scope);
    }
  g_string_append (name, ".png");
  return g_string_free (name, FALSE);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IndChartView *self = IND_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;
  const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };
  GtkFileChooser *chooser;

  if (self->report == NULL || self->save_dialog != NULL)
    return;

  self->save_dialog = gtk_file_chooser_native_new (_("Save Chart Image"),
                                                   GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_dialog), TRUE);
  chooser = GTK_FILE_CHOOSER (self->save_dialog);
  add_filter (chooser, _("PNG image"), ".png");
  add_filter (chooser, _("SVG image"), ".svg");
  add_filter (chooser, _("PDF document"), ".pdf");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ids[i] = sizes[i].id;
      labels[i] = _(sizes[i].label);
    }
  gtk_file_chooser_add_choice (chooser, "size", _("Size"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "size", sizes[0].id);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect (self->save_dialog, "response", G_CALLBACK (save_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_dialog));
}

/* Properties -------------------------------------------------------------- */

IndReport *
ind_chart_view_get_report (IndChartView *self)
{
  g_return_val_if_fail (IND_IS_CHART_VIEW (self), NULL);
  return self->report;
}

/* A new report starts again from its programs. */
void
ind_chart_view_set_report (IndChartView *self,
                           IndReport    *report)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));
  g_return_if_fail (report == NULL || IND_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  ind_chart_view_set_scope_path (self, NULL);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

IndChartKind
ind_chart_view_get_kind (IndChartView *self)
{
  g_return_val_if_fail (IND_IS_CHART_VIEW (self), IND_CHART_EJECUCION);
  return self->kind;
}

void
ind_chart_view_set_kind (IndChartView *self,
                         IndChartKind  kind)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));
  g_return_if_fail (kind <= IND_CHART_COMPOSICION);

  if (self->kind == kind)
    return;
  self->kind = kind;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ind_chart_view_get_scope_path (IndChartView *self)
{
  g_return_val_if_fail (IND_IS_CHART_VIEW (self), NULL);
  return self->scope_path;
}

/* NULL: the programs; a program's path: its components; a component's
 * path: its activities. */
void
ind_chart_view_set_scope_path (IndChartView *self,
                               const char   *scope_path)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->scope_path, scope_path) == 0)
    return;
  g_free (self->scope_path);
  self->scope_path = g_strdup (scope_path);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_PATH]);
}

gboolean
ind_chart_view_get_dark (IndChartView *self)
{
  g_return_val_if_fail (IND_IS_CHART_VIEW (self), FALSE);
  return self->dark;
}

/* Follows AdwStyleManager:dark unless set otherwise. */
void
ind_chart_view_set_dark (IndChartView *self,
                         gboolean      dark)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

void
ind_chart_view_get_bands (IndChartView     *self,
                          IndSemaforoBands *bands)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));
  g_return_if_fail (bands != NULL);

  *bands = self->bands;
}

/* The semáforo's bands, from the user's settings. */
void
ind_chart_view_set_bands (IndChartView           *self,
                          const IndSemaforoBands *bands)
{
  g_return_if_fail (IND_IS_CHART_VIEW (self));
  g_return_if_fail (bands != NULL);

  self->bands = *bands;
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
ind_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  IndChartView *self = IND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SCOPE_PATH:
      g_value_set_string (value, self->scope_path);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  IndChartView *self = IND_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      ind_chart_view_set_report (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      ind_chart_view_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_SCOPE_PATH:
      ind_chart_view_set_scope_path (self, g_value_get_string (value));
      break;
    case PROP_DARK:
      ind_chart_view_set_dark (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_chart_view_dispose (GObject *object)
{
  IndChartView *self = IND_CHART_VIEW (object);
  GtkWidget *child;

  if (self->save_dialog != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_dialog));
  g_clear_object (&self->save_dialog);
  g_clear_object (&self->report);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_CHART_VIEW);
  /* GTK 4.8 leaves the template's unnamed children to their parent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ind_chart_view_parent_class)->dispose (object);
}

static void
ind_chart_view_finalize (GObject *object)
{
  IndChartView *self = IND_CHART_VIEW (object);

  g_free (self->scope_path);

  G_OBJECT_CLASS (ind_chart_view_parent_class)->finalize (object);
}

static void
ind_chart_view_class_init (IndChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ind_chart_view_get_property;
  object_class->set_property = ind_chart_view_set_property;
  object_class->dispose = ind_chart_view_dispose;
  object_class->finalize = ind_chart_view_finalize;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, IND_TYPE_CHART_KIND, IND_CHART_EJECUCION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCOPE_PATH] =
    g_param_spec_string ("scope-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, IndChartView, scope_label);
  gtk_widget_class_bind_template_child (widget_class, IndChartView, ejecucion_button);
  gtk_widget_class_bind_template_child (widget_class, IndChartView, avance_button);
  gtk_widget_class_bind_template_child (widget_class, IndChartView, composicion_button);
  gtk_widget_class_bind_template_child (widget_class, IndChartView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IndChartView, area);

  gtk_widget_class_install_action (widget_class, "chart.kind", "s", kind_activated);
  gtk_widget_class_install_action (widget_class, "chart.drill-down", "s", drill_down_activated);
  gtk_widget_class_install_action (widget_class, "chart.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "chart.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "chart.back", NULL);
}

static void
ind_chart_view_init (IndChartView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  ind_semaforo_bands_init (&self->bands);

  gtk_drawing_area_set_draw_func (self->area, draw_chart, self, NULL);
  ind_ui_set_pointer_tooltip (GTK_WIDGET (self->area), (IndUiDescribeFunc)ind_chart_view_describe_at, self);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_moved), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), motion);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (clicked), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), GTK_EVENT_CONTROLLER (click));

  g_object_bind_property (adw_style_manager_get_default (), "dark", self, "dark",
                          G_BINDING_SYNC_CREATE);
  update (self);
}

GtkWidget *
ind_chart_view_new (void)
{
  return g_object_new (IND_TYPE_CHART_VIEW, NULL);
}
