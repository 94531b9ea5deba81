/* ind-ui-util.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ind-ui-util.h"

void
ind_ui_set_css_class (GtkWidget  *widget,
                      const char *css_class,
                      gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* GTK 4.8 asks the display server where the pointer is each time the
 * tooltip of a visible widget is set: a round trip to the X server, three
 * a row for the 200 rows the table binds when it shows a report. Hidden
 * meanwhile, the widget is not asked about; an unchanged tooltip is left. */
void
ind_ui_set_tooltip (GtkWidget  *widget,
                    const char *text)
{
  gboolean visible = gtk_widget_get_visible (widget);

  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return;
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
}

/* For a widget that shows no text, such as an icon: the tooltip for the
 * eye, the accessible label for the screen reader. */
void
ind_ui_set_description (GtkWidget  *widget,
                        const char *text)
{
  ind_ui_set_tooltip (widget, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

void
ind_ui_set_severity_icon (GtkImage    *icon,
                          IndSeverity  severity)
{
  static const char *icon_names[] = {
    [IND_SEVERITY_ERROR] = "dialog-error-symbolic",
    [IND_SEVERITY_WARNING] = "dialog-warning-symbolic",
    [IND_SEVERITY_INFO] = "dialog-information-symbolic",
  };

  g_return_if_fail (severity <= IND_SEVERITY_INFO);

  gtk_image_set_from_icon_name (icon, icon_names[severity]);
  ind_ui_set_css_class (GTK_WIDGET (icon), "error", severity == IND_SEVERITY_ERROR);
  ind_ui_set_css_class (GTK_WIDGET (icon), "warning", severity == IND_SEVERITY_WARNING);
}

/* The CSS class of a semáforo state: semaforo-green, -yellow or -red. */
const char *
ind_ui_semaforo_css_class (IndSemaforo semaforo)
{
  static const char *classes[] = {
    [IND_SEMAFORO_GREEN] = "semaforo-green",
    [IND_SEMAFORO_YELLOW] = "semaforo-yellow",
    [IND_SEMAFORO_RED] = "semaforo-red",
  };

  g_return_val_if_fail (semaforo <= IND_SEMAFORO_RED, NULL);
  return classes[semaforo];
}

/**
 * ind_ui_show_semaforo:
 * @widget: takes the state's CSS class, for the colour of what it holds
 * @icon: shows the state's shape (circle, triangle, square, as in the
 *   charts), for those who do not tell the colours apart and for grey
 *   prints
 * @semaforo: the state, or -1 for none
 */
void
ind_ui_show_semaforo (GtkWidget *widget,
                      GtkImage  *icon,
                      int        semaforo)
{
  static const char *icon_names[] = {
    [IND_SEMAFORO_GREEN] = "indicadores-semaforo-green-symbolic",
    [IND_SEMAFORO_YELLOW] = "indicadores-semaforo-yellow-symbolic",
    [IND_SEMAFORO_RED] = "indicadores-semaforo-red-symbolic",
  };

  for (IndSemaforo s = IND_SEMAFORO_GREEN; s <= IND_SEMAFORO_RED; s++)
    ind_ui_set_css_class (widget, ind_ui_semaforo_css_class (s), (int)s == semaforo);
  gtk_widget_set_visible (GTK_WIDGET (icon), semaforo >= 0);
  if (semaforo < 0)
    return;
  gtk_image_set_from_icon_name (icon, icon_names[semaforo]);
  ind_ui_set_description (GTK_WIDGET (icon), ind_semaforo_label (semaforo));
}

/* The report's own word for the level, the same in every language. */
const char *
ind_ui_kind_label (IndKind kind)
{
  static const char *labels[] = { "Programa", "Componente", "Actividad" };

  g_return_val_if_fail (kind <= IND_KIND_ACTIVIDAD, NULL);
  return labels[kind];
}

/* The last step of the path ("101", "C04", "A01", "C?1"): short enough
 * for a narrow column, and the placeholder of a lost header has one too. */
const char *
ind_ui_item_key (IndItem *item)
{
  const char *path = ind_item_get_path (item);
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

const char *
ind_ui_item_name (IndItem *item)
{
  const char *nombre = ind_item_get_nombre (item);

  if (ind_item_get_missing (item))
    return _("Lost header");
  return nombre != NULL ? nombre : "";
}

/* The diagnostics about @item, in report order; empty when it has none.
 * A linear scan: reports hold tens of diagnostics, and only visible rows
 * and the selected one ask. */
GPtrArray *
ind_ui_item_diagnostics (IndReport *report,
                         IndItem   *item)
{
  return ind_report_get_item_diagnostics (report, ind_item_get_path (item));
}

/* "Warning: …" one a line, for a tooltip or an accessible label. */
char *
ind_ui_diagnostics_summary (GPtrArray *diagnostics)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      IndDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a diagnostic's severity and message, e.g. "Warning: The components…" */
      g_string_append_printf (text, _("%s: %s"),
                              ind_severity_label (ind_diagnostic_get_severity (d)),
                              ind_diagnostic_get_message (d));
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  IndUiDescribeFunc describe;
  gpointer          owner;
} PointerTooltip;

static gboolean
pointer_tooltip_query (GtkWidget  *area,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  PointerTooltip *data = user_data;
  g_autofree char *markup = NULL;

  /* Drawn charts have no focusable parts to describe from the keyboard. */
  if (keyboard)
    return FALSE;
  markup = data->describe (data->owner, x, y);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* A tooltip on a drawn chart that describes the bar under the pointer;
 * @owner outlives @area (it is its parent widget). */
void
ind_ui_set_pointer_tooltip (GtkWidget         *area,
                            IndUiDescribeFunc  describe,
                            gpointer           owner)
{
  PointerTooltip *data = g_new (PointerTooltip, 1);

  data->describe = describe;
  data->owner = owner;
  gtk_widget_set_has_tooltip (area, TRUE);
  g_signal_connect_data (area, "query-tooltip", G_CALLBACK (pointer_tooltip_query),
                         data, (GClosureNotify)(void (*) (void))g_free, 0);
}
