package com.example.one;

/** Written by hand into the generated sources' folder: the plugin must never remove it. */
public class Handwritten {
}
