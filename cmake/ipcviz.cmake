# ipcviz_target_defaults(TARGET): warnings for all builds; -Werror and
# sanitizers with IPCVIZ_DEVELOPER=ON.
function(ipcviz_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(IPCVIZ_DEVELOPER)
        target_compile_options(${target} PRIVATE -Werror -Wconversion -Wno-sign-conversion
                               -fsanitize=address,undefined -fno-omit-frame-pointer
                               -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
