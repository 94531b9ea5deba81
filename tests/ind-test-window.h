/* ind-test-window.h: what the GUI tests of the window share
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-test-util.h"
#include "ind-window.h"

G_BEGIN_DECLS

/* How long a condition may take before the test calls it a hang. Nothing
 * a test waits for takes this long, but one frame of the window takes
 * seconds under the sanitizers on a busy computer: a tighter bound would
 * fail tests that are right. */
#define IND_TEST_WAIT_USEC (60 * G_USEC_PER_SEC)

/* Runs the main loop until @cond holds, evaluating it once a turn (it may
 * return something to keep), and fails if it still does not hold after
 * IND_TEST_WAIT_USEC. */
#define WAIT_FOR(cond)                                                      \
  G_STMT_START {                                                            \
    gint64 wait_deadline_ = g_get_monotonic_time () + IND_TEST_WAIT_USEC;  \
    gboolean wait_held_;                                                    \
    while (!(wait_held_ = !!(cond)) && ind_test_main_loop_turn (wait_deadline_)) \
      ;                                                                     \
    if (!wait_held_)                                                        \
      g_assertion_message_expr (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                                "WAIT_FOR (" #cond ")");                     \
  } G_STMT_END

gboolean          ind_test_main_loop_turn (gint64      deadline);

void              activate          (IndWindow  *window,
                                     const char *action);
IndWindow        *new_window        (void);
IndWindow        *open_sample       (void);
IndWindow        *open_path         (const char *path);
IndWindow        *open_sample_at    (int         width,
                                     int         height);
void              wait_frames       (GtkWidget  *widget,
                                     guint       n);
void              close_window      (IndWindow  *window);
const char       *selected_path     (IndWindow  *window);
gpointer          find_toplevel     (IndWindow  *window,
                                     GType       type);
AdwMessageDialog *find_error_dialog (IndWindow  *window);
gboolean          shows_text        (GtkWidget  *widget,
                                     const char *text);
gboolean          contains          (const char *data,
                                     gsize       length,
                                     const char *needle);

G_END_DECLS
