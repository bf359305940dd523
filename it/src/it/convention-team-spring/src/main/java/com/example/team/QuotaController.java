package com.example.team;

import com.example.team.errors.ServiceUnavailableException;
import com.example.team.errors.TeamError;
import com.example.team.errors.TooManyRequestsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that uses the generated exceptions of a team's convention. */
@RestController
@RequestMapping("/quota")
public class QuotaController {

    @GetMapping("/busy")
    public String busy() {
        throw new TooManyRequestsException(new TeamError("TOO_MANY_REQUESTS", "Slow down.", 30));
    }

    @GetMapping("/down")
    public String down() {
        throw new ServiceUnavailableException("Maintenance until noon.");
    }

    @GetMapping("/boom")
    public String boom() {
        throw new IllegalStateException("password hunter2");
    }
}
