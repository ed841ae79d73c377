#!/usr/bin/env bash
# start_xserver WxH: Xvfb on a free display with openbox on it; exports DISPLAY and
# stops both when the calling shell exits. Sourced by test.sh.
start_xserver() {
  local fifo display
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp -noreset 3>"$fifo" >/dev/null 2>&1 &
  _xvfb_pid=$!
  read -r display <"$fifo"
  rm -f "$fifo"
  export DISPLAY=":$display"
  openbox --sm-disable >/dev/null 2>&1 &
  _wm_pid=$!
  trap 'kill $_wm_pid $_xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do  # openbox is ready when it manages the root window
    xdotool get_desktop >/dev/null 2>&1 && break
    sleep 0.1
  done
}
