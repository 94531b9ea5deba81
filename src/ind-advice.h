/* ind-advice.h: what each kind of problem found in a report means and
 * what to do about it, and where the user guide explains it
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char              **ind_advice_dup_codes    (void);
const char         *ind_advice_get_meaning  (const char *code);
const char         *ind_advice_get_stake    (const char *code);
const char         *ind_advice_get_action   (const char *code);
char               *ind_help_dup_uri        (const char *page,
                                             const char *section);

G_END_DECLS
