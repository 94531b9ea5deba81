/* ind-format.h: reading and writing numbers the way the report and its
 * readers in Mexico write them, independent of the process locale
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  ind_parse_money         (const char  *text,
                                   gint64      *centavos);
gboolean  ind_parse_percent       (const char  *text,
                                   double      *percent);
gboolean  ind_parse_integer       (const char  *text,
                                   gint64      *value);

char     *ind_format_amount       (gint64       centavos);
char     *ind_format_money        (gint64       centavos);
char     *ind_format_money_short  (gint64       centavos);
char     *ind_format_money_spoken (gint64       centavos);
char     *ind_format_percent      (double       percent,
                                   int          decimals);
char     *ind_format_integer      (gint64       value);
char     *ind_format_date         (const GDate *date);
char     *ind_format_period       (const GDate *date);
char     *ind_format_period_short (const GDate *date);

G_END_DECLS
