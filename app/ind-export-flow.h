/* ind-export-flow.h: ask where to save, export in a thread, say how it went
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-export.h"

G_BEGIN_DECLS

/* One kind of file the window exports: an Excel workbook, a PDF summary,
 * slides… A static const table entry; the strings are marked N_(). */
typedef struct
{
  const char           *title;        /* of the save dialog: "Export to Excel" */
  const char           *filter_name;  /* "Excel Workbook" */
  const char           *suffix;       /* "xlsx", without the dot */
  char               *(*suggest_name) (IndReport *report);
  IndExportFunc         write;        /* run by ind_export_async() */
} IndExportFormat;

#define IND_TYPE_EXPORT_FLOW (ind_export_flow_get_type ())
G_DECLARE_FINAL_TYPE (IndExportFlow, ind_export_flow, IND, EXPORT_FLOW, GtkWidget)

GtkWidget       *ind_export_flow_new               (void);
void             ind_export_flow_set_settings      (IndExportFlow         *self,
                                                    GSettings             *settings);
void             ind_export_flow_set_toast_overlay (IndExportFlow         *self,
                                                    AdwToastOverlay       *toast_overlay);
gboolean         ind_export_flow_get_busy          (IndExportFlow         *self);
void             ind_export_flow_choose            (IndExportFlow          *self,
                                                    const IndExportFormat  *format,
                                                    IndReport              *report,
                                                    GFile                  *source,
                                                    const IndExportOptions *options);
void             ind_export_flow_export_to         (IndExportFlow          *self,
                                                    const IndExportFormat  *format,
                                                    IndReport              *report,
                                                    GFile                  *file,
                                                    const IndExportOptions *options);
void             ind_export_flow_cancel            (IndExportFlow         *self);

GFile           *ind_export_default_folder         (GSettings             *settings,
                                                    GFile                 *source);

G_END_DECLS
