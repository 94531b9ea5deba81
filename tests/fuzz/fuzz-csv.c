/* fuzz-csv.c: CSV bodies under a fixed header, so every input takes the
 * CSV path (quotes, delimiters, records over several lines)
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

#define CSV_HEADER "Clave,Nombre,Modificado,Devengado,Pagado,%AV.FIN,%AV.FIS,Ponderado %,Meta:,Unidades,Unidad de Medida\n"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  gsize header = strlen (CSV_HEADER);
  guint8 *text = g_malloc (header + size);
  g_autoptr(GBytes) bytes = NULL;

  memcpy (text, CSV_HEADER, header);
  memcpy (text + header, data, size);
  bytes = g_bytes_new_take (text, header + size);
  fuzz_use_report (ind_report_load_bytes (bytes, "fuzz.csv", NULL, NULL));
  return 0;
}
