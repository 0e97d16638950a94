// A short thread's three posts (a question, an answer, a thanks), for tests of what forum
// software prints around posts: each test wraps them in its own markup.
export const threadPosts: readonly string[] = [
  "My kettle trips the breaker every time it boils, but only on the kitchen circuit, never in the living room. It started last winter, after the electrician moved two sockets and added a spur for the new oven.",
  "That sounds like a failing element leaking to earth: the kitchen circuit has a residual current device and the other one may not. Try the kettle on another circuit with such a device, or have the element tested with an insulation meter.",
  "Thanks, I swapped the kettle for a new one and the breaker has held for a week now, so the element it was. The old kettle also smelled of hot plastic, which I should have taken as a warning much earlier.",
];
