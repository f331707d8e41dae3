# One INTERFACE target carries the settings every target of the project shares.
add_library(rb_settings INTERFACE)
add_library(ReviewBench::settings ALIAS rb_settings)
target_compile_features(rb_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(rb_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  RB_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(rb_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough)
  if(RB_WERROR)
    target_compile_options(rb_settings INTERFACE -Werror)
  endif()
  if(RB_SANITIZE)
    target_compile_options(rb_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(rb_settings INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(rb_settings INTERFACE /W4 /utf-8 /permissive-)
  if(RB_WERROR)
    target_compile_options(rb_settings INTERFACE /WX)
  endif()
endif()
