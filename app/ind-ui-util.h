/* ind-ui-util.h: how the window's widgets show items and diagnostics
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

void        ind_ui_set_css_class       (GtkWidget   *widget,
                                        const char  *css_class,
                                        gboolean     set);
void        ind_ui_set_tooltip         (GtkWidget   *widget,
                                        const char  *text);
void        ind_ui_set_description     (GtkWidget   *widget,
                                        const char  *text);
void        ind_ui_set_severity_icon   (GtkImage    *icon,
                                        IndSeverity  severity);
const char *ind_ui_semaforo_css_class  (IndSemaforo  semaforo);
void        ind_ui_show_semaforo       (GtkWidget   *widget,
                                        GtkImage    *icon,
                                        int          semaforo);
const char *ind_ui_kind_label          (IndKind      kind);
const char *ind_ui_item_key            (IndItem     *item);
const char *ind_ui_item_name           (IndItem     *item);
GPtrArray  *ind_ui_item_diagnostics    (IndReport   *report,
                                        IndItem     *item);
char       *ind_ui_diagnostics_summary (GPtrArray   *diagnostics);

/* Markup describing what lies under the pointer at (x, y), or NULL. */
typedef char *(*IndUiDescribeFunc) (gpointer owner,
                                    double   x,
                                    double   y);

void        ind_ui_set_pointer_tooltip (GtkWidget         *area,
                                        IndUiDescribeFunc  describe,
                                        gpointer           owner);

G_END_DECLS
